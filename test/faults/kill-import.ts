import { freshDatabase } from '../proof/databases.js';
import { type ProofContext, type ProofDatabase, proofAssert } from '../proof/proof.js';
import { runCli, type ServerProcess, startServer } from '../proof/server-process.js';
import {
  type Attempt,
  describeAttempts,
  holdsExactly,
  killFractions,
  killMidway,
  linkedinExport,
  listAll,
  type TransactionProbe,
  timeUntilClosed,
  transactionProbe,
  waitForTransaction,
} from './kill-parts.js';

interface StoredMentor {
  id: string;
  name: string;
  email: string | null;
  whereFound: string | null;
}

/** An upload of a contact file to `POST /api/import` under way: whether it has answered, and with what. */
interface Upload {
  answered: () => boolean;
  done: Promise<{ status: number; created: number } | null>;
}

function upload(server: ServerProcess, text: string): Upload {
  let answered = false;
  const form = new FormData();
  form.set('file', new Blob([text], { type: 'text/csv' }), 'Connections.csv');
  const done = fetch(`${server.url}/api/import`, { method: 'POST', body: form }).then(
    async (response) => {
      answered = true;
      const body = (await response.json()) as { created?: number };
      return { status: response.status, created: body.created ?? -1 };
    },
    () => null,
  );
  return { answered: () => answered, done };
}

/**
 * How many of `mentors` came from the file tagged `tag`; fails unless every one of them is
 * complete (its name, email and source as the file and the import made them).
 */
function fromFile(mentors: readonly StoredMentor[], tag: string, rows: number): number {
  const mine = mentors.filter((m) => m.email?.startsWith(`${tag}.`));
  for (const m of mine) {
    const n = Number(m.email?.slice(tag.length + 1).split('@')[0]);
    proofAssert(
      Number.isInteger(n) && n >= 1 && n <= rows && m.name === `Person${n} ${tag}${n}` && m.whereFound === 'LinkedIn',
      `an incomplete imported mentor: ${JSON.stringify(m).slice(0, 200)}`,
    );
  }
  proofAssert(new Set(mine.map((m) => m.email)).size === mine.length, `a contact of ${tag} was imported twice`);
  return mine.length;
}

/**
 * Claim 2: a contact import is one transaction, so a server SIGKILLed in the middle of one
 * leaves the mentors exactly as before it, or (when the kill lands after the commit) with the
 * whole file: never part of it. One uninterrupted import measures how long the transaction
 * takes; each attempt then kills at a fraction of that after it is seen open.
 */
export async function killDuringImport(ctx: ProofContext, kind: ProofDatabase): Promise<string> {
  // PostgreSQL writes the rows about three times slower: the short run gives it a smaller file.
  const rows = ctx.short ? (kind === 'SQLite' ? 20_000 : 10_000) : 30_000;
  const db = await freshDatabase(ctx, kind);
  let server: ServerProcess | null = null;
  let probe: TransactionProbe | null = null;
  try {
    const init = runCli(ctx, ['--db', db.url, 'init', '--demo']);
    proofAssert(init.code === 0, `init --demo failed: ${init.stderr.trim()}`);
    server = await startServer(ctx, db.url);
    probe = await transactionProbe(kind, db.url);
    const watch = probe;

    const demo = (await listAll<StoredMentor>(server.url, 'mentors')).length;
    const first = upload(server, linkedinExport(rows, 'whole'));
    proofAssert(await waitForTransaction(watch, first.answered), 'the uninterrupted import was never seen in its transaction');
    const transactionMs = await timeUntilClosed(watch);
    const finished = await first.done;
    proofAssert(finished?.status === 200 && finished.created === rows, `the uninterrupted import answered ${JSON.stringify(finished)}`);
    let mentors = await listAll<StoredMentor>(server.url, 'mentors');
    proofAssert(mentors.length === demo + rows && fromFile(mentors, 'whole', rows) === rows, 'the uninterrupted import is not all there');

    const attempts: Attempt[] = [];
    for (const [i, fraction] of killFractions(ctx.short).entries()) {
      const tag = `kill${i + 1}`;
      const before = mentors.length;
      const running: ServerProcess = server;
      const sent = upload(running, linkedinExport(rows, tag));
      const { atMs, midway } = await killMidway(
        watch,
        () => !sent.answered(),
        fraction * transactionMs,
        () => running.kill9(),
      );
      const answer = await sent.done;
      proofAssert(!midway || answer === null, `the import answered ${JSON.stringify(answer)} after a kill mid-transaction`);

      server = await startServer(ctx, db.url);
      // The common case (nothing imported) is checked with two requests; anything else is read whole.
      if (!(await holdsExactly(server.url, 'mentors', before))) mentors = await listAll<StoredMentor>(server.url, 'mentors');
      const imported = fromFile(mentors, tag, rows);
      proofAssert(mentors.length === before + imported, `${mentors.length - before - imported} mentors appeared that were not in the file`);
      proofAssert(
        imported === 0 || imported === rows,
        `half an import after a kill ${atMs.toFixed(0)} ms into the transaction: ${imported} of ${rows} contacts`,
      );
      attempts.push({ atMs, midway, outcome: imported === 0 ? 'nothing' : 'whole' });
    }
    proofAssert(
      attempts.some((a) => a.midway),
      `no kill landed mid-transaction: ${describeAttempts(attempts, transactionMs, 'none', 'all')}`,
    );
    return `${demo} demo mentors + ${rows.toLocaleString('en-US')}-row LinkedIn import through the API; ${describeAttempts(attempts, transactionMs, 'none', 'all')}`;
  } finally {
    await probe?.close();
    await server?.stop();
    await db.drop().catch(() => {});
  }
}
