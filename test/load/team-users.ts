import { openWorkspaces } from '../../src/boot/open-workspace.js';
import type { ProofContext } from '../proof/proof.js';
import { proofAssert } from '../proof/proof.js';
import { runCli } from '../proof/server-process.js';
import { send } from './team-traffic.js';

/** The password every account of the team load signs in with. */
export const TEAM_PASSWORD = 'a long enough team passphrase';

/** One member of the team load: their session, the records they start with, and every write acknowledged to them. */
export interface TeamUser {
  index: number;
  id: string;
  email: string;
  cookie: string;
  /** The index of the process the session was made on. */
  signedInOn: number;
  outcomeId: string;
  mentorId: string;
  relationshipId: string;
  /** Ids of the writes acknowledged to this user, by list path (`outcomes`, `mentors`, …). */
  acked: Record<OwnedList, string[]>;
}

/** The lists a user's writes are read back from. */
export const ownedLists = ['outcomes', 'mentors', 'checkins', 'messages'] as const;
export type OwnedList = (typeof ownedLists)[number];

const emailOf = (i: number) => `member${String(i).padStart(3, '0')}@team.example`;
/** A client address of its own for each member, as a proxy would forward it. */
const addressOf = (i: number) => `10.${Math.floor(i / 250) + 1}.${i % 250}.7`;

/**
 * Adds `count` accounts to the database at `url`: the first through the CLI
 * (`user add … --password-stdin`, which also makes the schema), the others through the same
 * code in this process (`openWorkspaces` → `accounts.add`), a few at a time. Returns their ids.
 */
export async function addAccounts(ctx: ProofContext, url: string, count: number): Promise<string[]> {
  const first = runCli(
    ctx,
    ['--db', url, 'user', 'add', emailOf(0), '--name', 'Member 0', '--password-stdin', '--json'],
    `${TEAM_PASSWORD}\n`,
  );
  proofAssert(first.code === 0, `user add exited ${first.code}: ${first.stderr.trim()}`);
  const ids = [(JSON.parse(first.stdout) as { id: string }).id];
  const workspaces = await openWorkspaces({ databaseUrl: url, today: undefined, debug: false });
  try {
    const accounts = await workspaces.accounts({ publicUrl: 'http://127.0.0.1:4477' });
    for (let i = 1; i < count; i += 8) {
      const batch = Array.from({ length: Math.min(8, count - i) }, (_, k) => i + k);
      const added = await Promise.all(
        batch.map((n) => accounts.add({ email: emailOf(n), name: `Member ${n}`, password: TEAM_PASSWORD, role: 'member' })),
      );
      ids.push(...added.map((a) => a.id));
    }
  } finally {
    await workspaces.close();
  }
  return ids;
}

/** The session cookie of a sign-in answer, as a `Cookie` header value. */
function cookieOf(headers: Record<string, string | string[] | undefined>): string {
  const set = headers['set-cookie'];
  return (Array.isArray(set) ? set : set ? [set] : []).map((c) => c.split(';')[0]).join('; ');
}

/**
 * Signs every account in on one of `ports` (member i on `ports[i % n]`, from an address of its
 * own), checks the session on another process, and gives each member an outcome and a mentor
 * with a relationship at `replied`, all through the API.
 */
export async function signInAndSeed(ids: readonly string[], ports: readonly number[]): Promise<TeamUser[]> {
  const users: TeamUser[] = [];
  const work = ids.map((id, index) => async () => {
    const signedInOn = index % ports.length;
    const port = ports[signedInOn] as number;
    const other = ports[(signedInOn + 1) % ports.length] as number;
    const headers = { 'x-forwarded-for': addressOf(index) };
    const answer = await send(port, 'POST', '/api/auth/sign-in/email', headers, { email: emailOf(index), password: TEAM_PASSWORD });
    proofAssert(answer.status === 200, `sign-in of ${emailOf(index)} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    const cookie = cookieOf(answer.headers);
    // The session made on one process, used on the other: the same person, and only them.
    const me = await send(other, 'GET', '/api/me', { cookie });
    proofAssert(
      me.status === 200 && (me.body as { id: string }).id === id,
      `a session made on :${port} was not accepted on :${other} (${me.status})`,
    );
    const call = async (p: number, path: string, body: unknown) => {
      const made = await send(p, 'POST', path, { cookie }, body);
      proofAssert(made.status === 201, `seeding ${path} answered ${made.status}: ${JSON.stringify(made.body).slice(0, 200)}`);
      return made.body as Record<string, { id: string }> & { id: string };
    };
    const outcome = await call(port, '/api/outcomes', { statement: `Raise activation of team ${index} from 30% to 40% by March` });
    const added = await call(other, '/api/mentors/with-relationship', { mentor: { name: `Mentor of ${index}`, expertise: ['pricing'] } });
    const rel = added.relationship?.id as string;
    const ask = await call(port, '/api/messages', {
      relationshipId: rel,
      kind: 'ask',
      body: 'Which product shows the pricing idea you mentioned best?',
    });
    // A reply moves the relationship to `replied`, where the load's replies move nothing.
    const reply = await call(other, '/api/messages', { relationshipId: rel, kind: 'reply', body: 'Happy to help: let us talk on Friday.' });
    users[index] = {
      index,
      id,
      email: emailOf(index),
      cookie,
      signedInOn,
      outcomeId: outcome.id,
      mentorId: added.mentor?.id as string,
      relationshipId: rel,
      acked: {
        outcomes: [outcome.id],
        mentors: [added.mentor?.id as string],
        checkins: [],
        messages: [ask.message?.id as string, reply.message?.id as string],
      },
    };
  });
  // A few at a time: each sign-in checks a scrypt hash.
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < work.length) {
        const job = work[next++];
        await job?.();
      }
    }),
  );
  return users;
}
