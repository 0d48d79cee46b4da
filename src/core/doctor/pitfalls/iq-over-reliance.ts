import type { User } from '../../users/schemas.js';
import type { WorkspacePitfall } from '../pitfall.js';

/** Levels at which EQ gaps matter most (senior and above). */
const seniorLevels: ReadonlySet<string> = new Set(['senior', 'lead', 'executive']);

/** Role words that mean senior or lead, read only when no level is set. */
const seniorRole = /\b(senior|sr\.?|lead|principal|staff|head|director|vp|vice president|chief)\b/i;

/** Why the user counts as senior or lead, or null. */
export function seniority(user: Pick<User, 'role' | 'level'> | null): string | null {
  if (!user) return null;
  if (user.level) return seniorLevels.has(user.level) ? `${user.level} level` : null;
  return user.role && seniorRole.test(user.role) ? `role “${user.role}”` : null;
}

/**
 * `iq-over-reliance`: the user is senior or lead (by level, or by role when no level is set)
 * and every active skill gap is IQ; at that level what holds people back is mostly EQ.
 */
export const iqOverReliance: WorkspacePitfall = {
  id: 'iq-over-reliance',
  scope: 'workspace',
  description: 'A senior or lead PM whose every active skill gap is IQ.',
  tables: ['gaps'],
  find(s) {
    const senior = seniority(s.user);
    const active = s.gaps.filter((g) => g.status === 'active');
    if (!senior || active.length === 0 || active.some((g) => g.category === 'eq')) return [];
    const skills = [...new Set(active.map((g) => g.skill))].join(', ');
    return [
      {
        pitfall: 'iq-over-reliance',
        message: `At your ${senior}, all ${active.length} active skill gap${active.length === 1 ? ' is' : 's are'} IQ (${skills}).`,
        fix: 'Name an EQ gap (communication, leadership or management) and practise it with the Mirror method: ask a trusted peer for specific, subjective feedback after a real meeting.',
        records: active.map((g) => ({ entity: 'gaps' as const, id: g.id })),
      },
    ];
  },
};
