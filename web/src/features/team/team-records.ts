import type { z } from 'zod';
import type { accountSchema, invitationBody, invitationSchema } from '../../../../src/contracts/team.js';
import type { teamFiguresSchema } from '../../../../src/contracts/team-library.js';

/** The records of team mode, as the API sends them. */

/** A team account: who is signed in, or one member of the team list. */
export type Account = z.infer<typeof accountSchema>;

/** What an account may do beyond its own workspace: `admin` or `member`. */
export type Role = Account['role'];

/** A new invitation: its link (shown once) and when it expires. */
export type Invitation = z.infer<typeof invitationSchema>;

/** What an admin sends to invite someone. */
export type InvitationRequest = z.input<typeof invitationBody>;

/** The team's figures for the current month (admins): counts only, never anyone's notes. */
export type TeamFigures = z.infer<typeof teamFiguresSchema>;

/** What `GET /api/health` answers: `team` says whether the server serves a team (sign-in needed). */
export interface Health {
  ok: boolean;
  version: string;
  database: string;
  today: string;
  team: boolean;
}

/** The roles as options of a select. */
export const roleOptions: Array<{ value: Role; label: string }> = [
  { value: 'member', label: 'Member' },
  { value: 'admin', label: 'Admin (invites people, sees the member list)' },
];

/** The invitation token in a join link's hash (`#/join?token=…`), or null when it has none. */
export function joinToken(hash: string): string | null {
  const query = hash.split('?')[1] ?? '';
  const token = new URLSearchParams(query).get('token');
  return token && token.trim() !== '' ? token : null;
}

/** Whether the address's hash is a join link (`#/join…`). */
export function isJoinLink(hash: string): boolean {
  return hash === '#/join' || hash.startsWith('#/join?');
}
