import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { cliSandbox, expectUsageError, repoRoot } from './helpers/cli.js';
import { type Dialect, describeEachDialect } from './helpers/dialects.js';

const TODAY = '2026-11-28';
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

interface Outcome {
  id: string;
  statement: string;
  status: string;
  baseline: number | null;
}
interface Relationship {
  id: string;
  stage: string;
  outcomeId: string | null;
}
interface MentorRow {
  id: string;
  name: string;
  stages: string[];
}
interface MentorHistory {
  relationships: Array<{
    relationship: Relationship;
    messages: Array<{ kind: string; body: string; sentOn: string }>;
    transitions: Array<{ fromStage: string | null; toStage: string }>;
  }>;
}

/** Runs one SQL statement directly on the database, bypassing Understudy. */
async function sql(dialect: Dialect, url: string, statement: string): Promise<Array<Record<string, unknown>>> {
  if (dialect === 'sqlite') {
    const db = new Database(url);
    try {
      const prepared = db.prepare(statement);
      if (prepared.reader) return prepared.all() as Array<Record<string, unknown>>;
      prepared.run();
      return [];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}

/** Names of the tables in the database; empty when the SQLite file does not even exist. */
async function tables(dialect: Dialect, url: string): Promise<string[]> {
  if (dialect === 'sqlite') {
    if (!existsSync(url)) return [];
    const rows = await sql(dialect, url, "select name from sqlite_master where type = 'table' order by name");
    return rows.map((r) => String(r.name));
  }
  const rows = await sql(dialect, url, "select table_name as name from information_schema.tables where table_schema = 'public' order by 1");
  return rows.map((r) => String(r.name));
}

describe('understudy with no workspace', () => {
  const cli = cliSandbox();

  it('--help exits 0 and lists every command', async () => {
    const result = await cli.run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of ['init', 'serve', 'outcome', 'gap', 'mentor', 'log']) {
      expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it('--help on a command group lists its subcommands', async () => {
    const groups: Record<string, string[]> = {
      outcome: ['add', 'list', 'show', 'update', 'remove', 'checkin'],
      gap: ['add', 'list', 'show', 'update', 'remove'],
      mentor: ['add', 'list', 'show', 'update', 'remove', 'evidence', 'give', 'stage'],
    };
    for (const [group, subcommands] of Object.entries(groups)) {
      const result = await cli.run([group, '--help']);
      expect(result.code).toBe(0);
      for (const sub of subcommands) expect(result.stdout).toMatch(new RegExp(`^\\s+${sub}\\b`, 'm'));
    }
  });

  it('--version prints the package version and nothing else', async () => {
    const result = await cli.run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('an unknown command exits 2 with one line', async () => {
    expectUsageError(await cli.run(['frobnicate']), /unknown command 'frobnicate'/);
    expectUsageError(await cli.run(['outcome', 'frobnicate']), /unknown command 'frobnicate'/);
  });

  it('an unknown flag exits 2 with one line', async () => {
    expectUsageError(await cli.run(['--frobnicate']), /unknown option '--frobnicate'/);
    expectUsageError(await cli.run(['outcome', 'list', '--frobnicate']), /unknown option '--frobnicate'/);
  });

  it('without --db, keeps the workspace in $UNDERSTUDY_HOME', async () => {
    const added = await cli.json<Outcome>(['outcome', 'add', 'Raise activation from 30% to 40% by 2027-04-30', '--today', TODAY]);
    expect(existsSync(join(cli.home(), 'understudy.db'))).toBe(true);
    expect(await cli.json<Outcome[]>(['outcome', 'list'])).toEqual([added]);
  });
});

describe('understudy on an unusable database', () => {
  const cli = cliSandbox();

  it('refuses a corrupt SQLite file and leaves its bytes alone', async () => {
    const file = join(cli.home(), 'corrupt.db');
    const bytes = randomBytes(16_384);
    writeFileSync(file, bytes);
    expectUsageError(await cli.run(['--db', file, 'outcome', 'list']), /corrupt\.db is not a usable Understudy database/);
    expectUsageError(await cli.run(['--db', file, 'outcome', 'add', 'Raise activation']), /corrupt\.db is not a usable/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('names an unreachable PostgreSQL server without hanging', async () => {
    const started = Date.now();
    const result = await cli.run(['--db', 'postgres://postgres:secret@127.0.0.1:1/x', 'outcome', 'list']);
    expectUsageError(result, /Cannot reach PostgreSQL at 127\.0\.0\.1:1\/x/);
    expect(result.stderr).not.toContain('secret');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describeEachDialect('understudy workspace commands', (dialect, newDatabase) => {
  const cli = cliSandbox();

  it('init --demo loads the two worked examples', async () => {
    const db = await newDatabase();
    const init = await cli.run(['--db', db, 'init', '--demo']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('2 outcomes');

    const outcomes = await cli.json<Outcome[]>(['--db', db, 'outcome', 'list']);
    expect(outcomes).toHaveLength(2);
    const mentors = await cli.json<MentorRow[]>(['--db', db, 'mentor', 'list']);
    const inOfficeHours = mentors.filter((m) => m.stages.includes('office-hours'));
    expect(inOfficeHours.map((m) => m.name)).toEqual(['Maya Lindqvist']);
  });

  it('init --demo refuses a workspace that has records and adds nothing', async () => {
    const db = await newDatabase();
    const own = await cli.json<Outcome>(['--db', db, 'outcome', 'add', 'Raise activation from 30% to 40% by 2027-04-30']);
    expectUsageError(await cli.run(['--db', db, 'init', '--demo']), /already has records/);
    expect(await cli.json<Outcome[]>(['--db', db, 'outcome', 'list'])).toEqual([own]);
    expect(await cli.json<MentorRow[]>(['--db', db, 'mentor', 'list'])).toEqual([]);

    const demo = await newDatabase();
    expect((await cli.run(['--db', demo, 'init', '--demo'])).code).toBe(0);
    const before = await cli.json<Outcome[]>(['--db', demo, 'outcome', 'list']);
    expectUsageError(await cli.run(['--db', demo, 'init', '--demo']), /already has records/);
    expect(await cli.json<Outcome[]>(['--db', demo, 'outcome', 'list'])).toEqual(before);
    expect(await cli.json<MentorRow[]>(['--db', demo, 'mentor', 'list'])).toHaveLength(2);
  });

  if (dialect === 'postgres') {
    it('init --demo writes to the PostgreSQL database psql sees', async () => {
      const db = await newDatabase();
      expect((await cli.run(['--db', db, 'init', '--demo'])).code).toBe(0);
      const { stdout } = await promisify(execFile)('psql', [db, '-At', '-c', 'select count(*) from outcomes']);
      expect(stdout.trim()).toBe('2');
    });
  }

  // Two dozen processes one after another: on a loaded two-core machine this takes most of 30 s.
  it('walks one mentor along the loop and refuses moves out of order', { timeout: 120_000 }, async () => {
    const db = await newDatabase();
    const u = (...args: string[]) => ['--db', db, '--today', TODAY, ...args];

    const outcome = await cli.json<Outcome>(
      u('outcome', 'add', 'Raise activation from 30% to 40% by 2027-04-30', '--kind', 'metric', '--baseline', '30', '--target', '40'),
    );
    expect(outcome).toMatchObject({ status: 'active', baseline: 30 });
    const gap = await cli.json<{ id: string; category: string; outcomeId: string }>(
      u('gap', 'add', 'I have never designed a pricing experiment', '--skill', 'execution', '--outcome', outcome.id),
    );
    expect(gap).toMatchObject({ category: 'iq', outcomeId: outcome.id });
    const added = await cli.json<{ mentor: { id: string }; relationship: Relationship }>(
      u('mentor', 'add', 'Ana Diaz', '--outcome', outcome.id, '--expertise', 'pricing,experimentation'),
    );
    expect(added.relationship).toMatchObject({ stage: 'prospect', outcomeId: outcome.id });
    const mentorId = added.mentor.id;
    const history = () => cli.json<MentorHistory>(u('mentor', 'show', mentorId)).then((h) => h.relationships);

    expectUsageError(await cli.run(u('mentor', 'stage', mentorId, 'escalated')), /Cannot move from "prospect" to "escalated"/);

    const askText = 'Hi Ana, I read your post on annual-plan pricing. Which product do you think shows that approach best?';
    const ask = await cli.json<{ message: { kind: string; sentOn: string }; relationship: Relationship }>(
      u('log', 'ask', '--mentor', mentorId, '--text', askText),
    );
    expect(ask.message).toMatchObject({ kind: 'ask', sentOn: TODAY });
    expect(ask.relationship.stage).toBe('asked');
    expect((await cli.json<Relationship>(u('mentor', 'stage', mentorId, 'replied'))).stage).toBe('replied');

    const [before] = await history();
    expectUsageError(await cli.run(u('log', 'escalation', '--mentor', mentorId, '--text', 'Could we talk for 15 minutes?')), /circle-back/);
    expectUsageError(await cli.run(u('mentor', 'stage', mentorId, 'escalated')), /Cannot move from "replied" to "escalated"/);
    const [after] = await history();
    expect(after?.relationship.stage).toBe('replied');
    expect(after?.messages).toHaveLength(1);
    expect(after?.transitions).toEqual(before?.transitions);

    // The same escalation is accepted once the advice was applied and circled back on.
    expect((await cli.json<Relationship>(u('mentor', 'stage', mentorId, 'applied'))).stage).toBe('applied');
    const file = join(cli.home(), 'circle-back.txt');
    const circleBack =
      'Hi Ana, thank you for the tip on annual framing: we tried it on our checkout page and the take rate went from 18% to 23%.';
    writeFileSync(file, circleBack);
    expect((await cli.json<{ relationship: Relationship }>(u('log', 'circle-back', '--mentor', mentorId, file))).relationship.stage).toBe(
      'circled-back',
    );
    const escalationText =
      'Hi Ana, your annual framing tip lifted our take rate from 18% to 23%, but the lift fades on mobile. Could we talk for 15 minutes about how to segment the next test?';
    const escalation = await cli.json<{ relationship: Relationship }>(u('log', 'escalation', '--mentor', mentorId, '-'), {
      stdin: escalationText,
    });
    expect(escalation.relationship.stage).toBe('escalated');

    const [done] = await history();
    expect(done?.messages.map((m) => [m.kind, m.body])).toEqual([
      ['ask', askText],
      ['circle-back', circleBack],
      ['escalation', escalationText],
    ]);
    expect(done?.transitions.map((t) => t.toStage)).toEqual(['prospect', 'asked', 'replied', 'applied', 'circled-back', 'escalated']);
    const [listed] = await cli.json<MentorRow[]>(u('mentor', 'list'));
    expect(listed?.stages).toEqual(['escalated']);
  });

  it('refuses bad input with one line and writes nothing', async () => {
    const db = await newDatabase();
    await cli.json<Outcome>(['--db', db, 'outcome', 'add', 'Raise activation from 30% to 40% by 2027-04-30']);
    const snapshot = async () => ({
      outcomes: await cli.json<Outcome[]>(['--db', db, 'outcome', 'list']),
      tables: await tables(dialect, db),
    });
    const before = await snapshot();

    expectUsageError(await cli.run(['--db', db, 'outcome', 'show', 'nope']), /No outcome with id nope/);
    expectUsageError(await cli.run(['--db', db, 'outcome', 'update', 'nope', '--status', 'achieved']), /No outcome with id nope/);
    expectUsageError(await cli.run(['--db', db, '--today', '2026-13-45', 'outcome', 'add', 'Ship it']), /--today .*2026-13-45/);
    expectUsageError(await cli.run(['--db', db, 'outcome', 'add', 'Ship it', '--baseline', 'abc']), /--baseline.*'abc'.*number/);
    expect(await snapshot()).toEqual(before);

    // Refused before the database is even opened: a fresh one stays empty.
    const fresh = await newDatabase();
    expectUsageError(await cli.run(['--db', fresh, '--today', '2026-13-45', 'init']), /--today/);
    expectUsageError(await cli.run(['--db', fresh, 'outcome', 'add', 'Ship it', '--baseline', 'abc']), /--baseline/);
    expect(await tables(dialect, fresh)).toEqual([]);
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const db = await newDatabase();
    const own = await cli.json<Outcome>(['--db', db, 'outcome', 'add', 'Raise activation from 30% to 40% by 2027-04-30']);
    await sql(dialect, db, "insert into kysely_migration (name, timestamp) values ('29990101000000-future', '2999-01-01T00:00:00Z')");
    const migrations = await sql(dialect, db, 'select name from kysely_migration order by name');

    expectUsageError(await cli.run(['--db', db, 'outcome', 'list']), /newer version of Understudy \(migration 29990101000000-future\)/);
    expectUsageError(await cli.run(['--db', db, 'outcome', 'add', 'Ship it']), /newer version/);

    expect(await sql(dialect, db, 'select name from kysely_migration order by name')).toEqual(migrations);
    expect((await sql(dialect, db, 'select id from outcomes')).map((r) => r.id)).toEqual([own.id]);
  });
});
