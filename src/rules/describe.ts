import type { Entity } from '../types.js';

/** "the organisation Islamic State", "İbrahim Kalın, Director of …": how messages name an entry. */
export function describe(e: Entity): string {
  const what = e.type === 'organisation' ? 'the organisation' : e.type === 'place' ? 'the place' : '';
  return `${what ? what + ' ' : ''}${e.name}${e.role ? `, ${e.role}` : e.kind && e.type === 'place' ? `, ${e.kind}` : ''}`;
}
