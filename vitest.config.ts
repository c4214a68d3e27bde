import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    globalSetup: ['test/setup/temp-root.ts'],
  },
});
