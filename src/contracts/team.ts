import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, roles } from '../core/accounts/schemas.js';

/** The shortest password the server accepts: the forms say so before sending. */
export const minPasswordLength = MIN_PASSWORD_LENGTH;

/** The signed-in account as the web app shows it (team mode only). */
export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  createdAt: z.string(),
});

/** Accepting an invitation: the link's token and the new account's details. */
export const acceptInvitationBody = z.object({
  token: z.string().min(1).max(200),
  email: z.string().min(3).max(254),
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(256),
});

/** What an admin asks for when inviting: optionally the one email the link is for, and the role. */
export const invitationBody = z.object({
  email: z.string().min(3).max(254).nullable().optional(),
  role: z.enum(roles).default('member'),
  days: z.number().int().min(1).max(30).default(7),
});

/** A new invitation: the link to hand over (shown once) and when it expires. */
export const invitationSchema = z.object({
  id: z.string(),
  url: z.string(),
  email: z.string().nullable(),
  role: z.enum(roles),
  expiresAt: z.string(),
});

/** Deleting one's own account: the account's email, typed again, confirms it. */
export const deleteAccountBody = z.object({ confirmEmail: z.string().min(1).max(254) });
