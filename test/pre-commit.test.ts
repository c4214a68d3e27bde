import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit) console.warn('pre-commit is not installed: the hook test is skipped (apt-get install pre-commit)');

/** A repository of articles that uses this checkout (at HEAD) as its pre-commit hook. */
function articlesRepo(): { dir: string; git: (...args: string[]) => ReturnType<typeof spawnSync> } {
  const dir = mkdtempSync(join(tmpdir(), 'entlint-articles-'));
  const env = { ...process.env, PRE_COMMIT_HOME: join(dir, '.cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  git('init', '-q');
  writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: entlint\n        files: \\.txt$\n`);
  const install = spawnSync('pre-commit', ['install'], { cwd: dir, env, encoding: 'utf8' });
  expect(install.status, install.stderr).toBe(0);
  return { dir, git };
}

describe.skipIf(!hasPreCommit)('pre-commit hook (real pre-commit, this repository as the hook)', () => {
  it('blocks a commit that adds "Deash" and lets a clean one through', () => {
    const { dir, git } = articlesRepo();
    writeFileSync(join(dir, 'bad.txt'), 'The coalition fought Deash in Syria.\n');
    git('add', '.');
    const blocked = git('commit', '-qm', 'bad article');
    expect(blocked.status).not.toBe(0);
    expect(`${blocked.stdout}${blocked.stderr}`).toContain('Daesh');

    writeFileSync(join(dir, 'bad.txt'), 'The coalition fought Daesh in Syria.\n');
    git('add', '.');
    const passed = git('commit', '-qm', 'clean article');
    expect(passed.status, `${passed.stdout}${passed.stderr}`).toBe(0);
  }, 600_000);
});
