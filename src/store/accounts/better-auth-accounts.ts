import { createHash, randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import type { Kysely } from 'kysely';
import {
  type Account,
  type Accounts,
  type AccountsOptions,
  CLIENT_ADDRESS_HEADER,
  type NewAccount,
  type SignedIn,
} from '../../core/accounts/ports.js';
import { MIN_PASSWORD_LENGTH, type Role } from '../../core/accounts/schemas.js';
import type { Clock } from '../../core/clock.js';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { AnyDB } from '../schema.js';
import { serverSecret } from './server-secret.js';
import { signedSessionToken } from './session-cookie.js';

/** Sign-in attempts allowed per client address and window (seconds), on every process together. */
export const SIGN_IN_LIMIT = { window: 60, max: 10 } as const;

/** How long a session lasts without use, in seconds: two weeks. */
const SESSION_EXPIRES_IN = 60 * 60 * 24 * 14;

/** How often a session's expiry moves forward, in seconds: once a day of use. */
const SESSION_UPDATE_AGE = 60 * 60 * 24;

const INVALID_INVITATION = 'This invitation link is not valid: it was used, it expired, or it was for another email';

/** What the accounts need from the store that opened them. */
export interface AccountsStore {
  /** The store's handle (camel-case names): the library's tables are ours, made by our migrations. */
  db: Kysely<AnyDB>;
  dialect: 'sqlite' | 'postgres';
  clock: Clock;
}

/**
 * Team mode's accounts on better-auth, through its Kysely adapter on our own database: email
 * and password, sessions in the database (no cookie cache, so a sign-out anywhere ends the
 * session everywhere at once), rate limits in the database, and no self-service sign-up: an
 * account is made by the operator (`user add`) or by an admin's invitation.
 */
export async function betterAuthAccounts(store: AccountsStore, options: AccountsOptions): Promise<Accounts> {
  const { db, clock } = store;
  const secure = new URL(options.publicUrl).protocol === 'https:';
  const auth = betterAuth({
    appName: 'Understudy',
    baseURL: options.publicUrl,
    basePath: '/api/auth',
    secret: await serverSecret(db),
    database: { db, type: store.dialect },
    telemetry: { enabled: false },
    trustedOrigins: [new URL(options.publicUrl).origin],
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        await options.deliverResetLink?.(user.email, url);
      },
    },
    user: {
      modelName: 'auth_users',
      additionalFields: { role: { type: 'string', required: true, defaultValue: 'member', input: false } },
    },
    session: { modelName: 'auth_sessions', expiresIn: SESSION_EXPIRES_IN, updateAge: SESSION_UPDATE_AGE },
    account: { modelName: 'auth_accounts' },
    verification: { modelName: 'auth_verifications' },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'auth_rate_limits',
      window: 60,
      max: 300,
      customRules: { '/sign-in/*': SIGN_IN_LIMIT, '/request-password-reset': { window: 60, max: 3 } },
    },
    advanced: {
      cookiePrefix: 'understudy',
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      database: { generateId: () => newId() },
    },
    logger: { disabled: true },
  });
  const context = await auth.$context;
  const sessionCookie = context.authCookies.sessionToken.name;

  const toAccount = (row: { id: string; email: string; name: string; role: string; createdAt: unknown }): Account => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role === 'admin' ? 'admin' : 'member',
    createdAt: new Date(row.createdAt as string | Date).toISOString(),
  });
  const authUsers = () => db.selectFrom('authUsers').select(['id', 'email', 'name', 'role', 'createdAt']);
  const find = async (emailOrId: string) => {
    const key = emailOrId.trim();
    const column = key.includes('@') ? 'email' : 'id';
    const row = await authUsers()
      .where(column, '=', column === 'email' ? key.toLowerCase() : key)
      .executeTakeFirst();
    return row ? toAccount(row as never) : undefined;
  };

  const checkPassword = (password: string) => {
    if (password.length < MIN_PASSWORD_LENGTH || password.length > 256)
      throw new AppError('invalid_input', `A password of ${MIN_PASSWORD_LENGTH} to 256 characters is needed`);
  };

  const add = async (input: NewAccount): Promise<Account> => {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (name === '' || name.length > 200) throw new AppError('invalid_input', 'A name of 1 to 200 characters is needed');
    checkPassword(input.password);
    if (await find(email)) throw new AppError('conflict', `An account with the email ${email} already exists`);
    const id = newId();
    const now = clock.now();
    const password = await context.password.hash(input.password);
    // The workspace row first: an account never exists without the workspace it signs in to.
    await db.insertInto('users').values({ id, name, role: null, level: null, createdAt: now, updatedAt: now }).execute();
    try {
      await context.internalAdapter.createUser({ id, email, name, emailVerified: false, role: input.role }, { method: 'admin' });
      await context.internalAdapter.linkAccount({ userId: id, providerId: 'credential', accountId: id, password });
    } catch (error) {
      await db.deleteFrom('authUsers').where('id', '=', id).execute();
      await db.deleteFrom('users').where('id', '=', id).execute();
      if (await find(email)) throw new AppError('conflict', `An account with the email ${email} already exists`);
      throw error;
    }
    const added = await find(id);
    if (!added) throw new AppError('internal', 'The account was not saved; nothing was changed');
    return added;
  };

  return {
    handle: (request) => auth.handler(request),
    async signedIn(headers) {
      // Every request asks this: the cookie's signature is checked here and the session read
      // with one indexed query. The library's own path runs only when the session is due for
      // its daily refresh, which moves its expiry.
      const token = signedSessionToken(headers.get('cookie'), sessionCookie, context.secret);
      if (!token) return null;
      const row = await db
        .selectFrom('authSessions as s')
        .innerJoin('authUsers as u', 'u.id', 's.userId')
        .select(['s.userId', 'u.role', 's.expiresAt'])
        .where('s.token', '=', token)
        .executeTakeFirst();
      if (!row) return null;
      const now = Date.now();
      const expiresAt = new Date(row.expiresAt as string | Date).getTime();
      if (expiresAt <= now) return null;
      // The library's rule: refresh once the session is `updateAge` past its last (re)start.
      const signedIn: SignedIn = { userId: row.userId as string, role: row.role === 'admin' ? 'admin' : 'member' };
      if (expiresAt - SESSION_EXPIRES_IN * 1000 + SESSION_UPDATE_AGE * 1000 <= now) {
        // The refresh sets the cookie again with the new lifetime: it goes back with the answer.
        const found = await auth.api.getSession({ headers, query: { disableCookieCache: true }, returnHeaders: true });
        if (!found.response) return null;
        const setCookies = found.headers.getSetCookie();
        if (setCookies.length > 0) signedIn.setCookies = setCookies;
      }
      return signedIn;
    },
    add,
    async list() {
      return (await authUsers().orderBy('email').execute()).map((row) => toAccount(row as never));
    },
    find,
    async remove(userId) {
      if (!(await find(userId))) return false;
      await context.internalAdapter.deleteUser(userId);
      await db.transaction().execute(async (trx) => {
        // Every record of the workspace goes with its user row (foreign keys, on delete cascade).
        await trx.deleteFrom('users').where('id', '=', userId).execute();
        // The loop's kept plan is keyed by user without a foreign key, and the cascade's triggers
        // mark the deleted mentors stale in it: it goes last, by hand.
        for (const table of ['loopPlan', 'loopStale', 'loopPlanVersion'] as const) {
          await trx.deleteFrom(table).where('userId', '=', userId).execute();
        }
      });
      return true;
    },
    async setPassword(userId, password) {
      checkPassword(password);
      if (!(await find(userId))) throw new AppError('not_found', `No account ${userId}`);
      await context.internalAdapter.updatePassword(userId, await context.password.hash(password));
      await context.internalAdapter.deleteUserSessions(userId);
    },
    async signOutEverywhere(userId) {
      await context.internalAdapter.deleteUserSessions(userId);
    },
    async invite(by, { email, role, days }) {
      const token = randomBytes(32).toString('base64url');
      const id = newId();
      const expiresAt = new Date(Date.parse(clock.now()) + days * 86_400_000).toISOString();
      const invited = email === null ? null : normalizeEmail(email);
      await db
        .insertInto('invitations')
        .values({
          id,
          tokenHash: hashToken(token),
          email: invited,
          role,
          invitedBy: by,
          expiresAt,
          acceptedAt: null,
          createdAt: clock.now(),
        })
        .execute();
      return { id, token, email: invited, role, expiresAt };
    },
    async acceptInvitation(token, input, headers) {
      const email = normalizeEmail(input.email);
      const now = clock.now();
      // Claimed in one statement, so two tabs (or two processes) cannot both use one link.
      const claimed = await db
        .updateTable('invitations')
        .set({ acceptedAt: now })
        .where('tokenHash', '=', hashToken(token))
        .where('acceptedAt', 'is', null)
        .where('expiresAt', '>', now)
        .returning(['id', 'email', 'role'])
        .executeTakeFirst();
      if (!claimed || (claimed.email !== null && claimed.email !== email)) {
        if (claimed)
          await db
            .updateTable('invitations')
            .set({ acceptedAt: null })
            .where('id', '=', claimed.id as string)
            .execute();
        throw new AppError('invalid_input', INVALID_INVITATION);
      }
      try {
        await add({ ...input, email, role: claimed.role === 'admin' ? 'admin' : ('member' as Role) });
      } catch (error) {
        await db
          .updateTable('invitations')
          .set({ acceptedAt: null })
          .where('id', '=', claimed.id as string)
          .execute();
        throw error;
      }
      return auth.api.signInEmail({ body: { email, password: input.password }, headers, asResponse: true });
    },
  };
}

/** An email as accounts are keyed: trimmed and lower-case; refused unless it looks like one. */
function normalizeEmail(email: string): string {
  const normal = email.trim().toLowerCase();
  if (normal.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normal))
    throw new AppError('invalid_input', `"${email.slice(0, 80)}" is not an email address`);
  return normal;
}

/** Invitation tokens are kept only as their SHA-256: a copy of the database cannot use them. */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
