/** What an account may do beyond its own workspace: an admin invites and sees team figures. */
export const roles = ['admin', 'member'] as const;
export type Role = (typeof roles)[number];

/** Passwords shorter than this are refused (the sign-in library hashes them with scrypt). */
export const MIN_PASSWORD_LENGTH = 12;
