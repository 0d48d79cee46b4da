/** What an account may do beyond its own workspace: an admin invites and sees team figures. */
export const roles = ['admin', 'member'] as const;
export type Role = (typeof roles)[number];
