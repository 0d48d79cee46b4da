import type { Config } from '../config/load-config.js';
import type { Accounts, AccountsOptions } from '../core/accounts/ports.js';
import { type Clock, createClock } from '../core/clock.js';
import { AppError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { TeamMail } from '../core/mail/ports.js';
import type { Context, Store } from '../core/ports.js';
import { ensureLocalUser } from './ensure-local-user.js';

/**
 * Who acts on a workspace: the one person of solo mode, or a known account (its id). Every
 * read and write of a use-case is scoped to the actor through the workspace it is given.
 */
export type Actor =
  | { kind: 'local' }
  | { kind: 'user'; userId: string }
  /** An account whose live session the request carried: the session lookup already found it. */
  | { kind: 'session'; userId: string };

/** The solo-mode actor: the person at this computer. */
export const LOCAL_ACTOR: Actor = Object.freeze({ kind: 'local' });

/**
 * The open database behind one process (a command, a server, an MCP connection): it opens the
 * workspace of any actor. A server keeps one and opens a workspace per request.
 */
export interface Workspaces {
  readonly dialect: Store['dialect'];
  /** The process's clock (`--today`), for answers that need no workspace. */
  readonly clock: Clock;
  /** Team mode's accounts and sessions, kept in the same database. */
  accounts(options: AccountsOptions): Promise<Accounts>;
  /** Mail across the team (recipients, digests, calendar feeds), for the server's own work. */
  readonly mail: TeamMail;
  /** The core context of `actor`'s workspace; the local actor is created on first use. */
  open(actor: Actor): Promise<Context>;
  close(): Promise<void>;
}

/** One actor's open workspace: the core context it works with, and how to close it. */
export interface OpenWorkspace {
  ctx: Context;
  readonly dialect: Store['dialect'];
  close(): Promise<void>;
}

/**
 * Opens the database `config` names (migrating it when needed) for a process that serves many
 * requests. The store driver is imported here, lazily, so commands that need no database start
 * fast.
 */
export async function openWorkspaces(config: Config): Promise<Workspaces> {
  const { openStore } = await import('../store/open-store.js');
  const store = await openStore({ url: config.databaseUrl });
  return workspacesOf(store, createClock(config.today));
}

/**
 * Opens `actor`'s workspace for one piece of work (a command): store, migrations, clock and the
 * acting user, in this one place for every transport. Close it when the work is done.
 */
export async function openWorkspace(config: Config, actor: Actor): Promise<OpenWorkspace> {
  const workspaces = await openWorkspaces(config);
  try {
    return { ctx: await workspaces.open(actor), dialect: workspaces.dialect, close: () => workspaces.close() };
  } catch (error) {
    await workspaces.close();
    throw error;
  }
}

/**
 * Serves the workspaces of an already open store on `clock`; closing them closes the store. The
 * local user is made once, on the first request for it; a named account must exist.
 */
export function workspacesOf(store: Store, clock: Clock): Workspaces {
  // The solo user's workspace holds no state of a request, so one serves them all.
  let local: Promise<Context> | undefined;
  const localContext = () => {
    local ??= ensureLocalUser(store, clock).then(
      (user): Context => ({ ws: store.workspace(user.id), clock, newId }),
      (error: unknown) => {
        local = undefined;
        throw error;
      },
    );
    return local;
  };
  return {
    dialect: store.dialect,
    clock,
    accounts: (options) => store.accounts(options, clock),
    mail: store.mail,
    async open(actor) {
      if (actor.kind === 'local') return localContext();
      if (actor.kind === 'user' && !(await store.getUser(actor.userId))) throw new AppError('not_found', `No user with id ${actor.userId}`);
      return { ws: store.workspace(actor.userId), clock, newId };
    },
    close: () => store.close(),
  };
}
