import type { Role } from './schemas.js';

/** A team member's account as the operator and admins see it (never a password or a session). */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

/** Who a request's session belongs to. */
export interface SignedIn {
  userId: string;
  role: Role;
  /**
   * `Set-Cookie` values to send with the answer when this request refreshed the session (once a
   * day): the browser's cookie then lives as long as the session, not its first sign-in.
   */
  setCookies?: string[];
}

/** A new account: the operator's `user add`, or an accepted invitation. */
export interface NewAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** An invitation link's secret part, shown once to the admin who made it. */
export interface Invitation {
  id: string;
  token: string;
  email: string | null;
  role: Role;
  expiresAt: string;
}

/**
 * Team mode's accounts and sessions. Sessions and sign-in attempts are kept in the database,
 * so every process of a team server shares them; passwords are hashed by the sign-in library.
 */
export interface Accounts {
  /** Answers the sign-in library's own endpoints (`/api/auth/*`: sign-in, sign-out, session…). */
  handle(request: Request): Promise<Response>;
  /** The account whose live session the request's cookie names, or null. */
  signedIn(headers: Headers): Promise<SignedIn | null>;
  add(account: NewAccount): Promise<Account>;
  list(): Promise<Account[]>;
  /** The account with this email or id. */
  find(emailOrId: string): Promise<Account | undefined>;
  /** Deletes the account, its sessions and every record of its workspace. */
  remove(userId: string): Promise<boolean>;
  /** Sets the account's password (the operator's `user password`) and ends its sessions. */
  setPassword(userId: string, password: string): Promise<void>;
  /** Ends every session of the account, on every process. */
  signOutEverywhere(userId: string): Promise<void>;
  /** Makes an invitation link's token (kept only as a hash), valid for `days`. */
  invite(by: string, options: { email: string | null; role: Role; days: number }): Promise<Invitation>;
  /**
   * Turns an invitation into an account and signs it in: the answer carries the session
   * cookie. A used, expired or unknown token, or an email the invitation was not for, is
   * refused with the same message.
   */
  acceptInvitation(token: string, account: Omit<NewAccount, 'role'>, headers: Headers): Promise<Response>;
}

/** What team mode needs to know to serve sign-in. */
export interface AccountsOptions {
  /** The address users open (`--public-url`): cookies are Secure when it is https. */
  publicUrl: string;
  /**
   * Hands a password-reset link to its owner (mail, once configured). The answer to a reset
   * request is the same whether or not the email has an account, so it never tells who does.
   */
  deliverResetLink?: ((email: string, url: string) => Promise<void>) | undefined;
}

/**
 * The request header that carries the client's address to the sign-in library's rate limits.
 * The server sets it on every request it hands over (the socket's address, or the proxy's
 * view of it), replacing whatever the client sent.
 */
export const CLIENT_ADDRESS_HEADER = 'x-understudy-client-address';
