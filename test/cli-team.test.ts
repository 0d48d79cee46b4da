import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { cliBin, cliSandbox } from './helpers/cli.js';
import { describeEachDialect } from './helpers/dialects.js';

/*
 * The team server's bar, with real processes: accounts added by the operator's command, two
 * `serve --team` processes on one database, sign-in through better-auth's endpoint, and each
 * member's workspace private to them.
 */

const PUBLIC_URL = 'https://understudy.team.test';
const passwords = { ada: 'ada’s long passphrase', bo: 'bo’s long passphrase!' };

interface Served {
  base: string;
  child: ChildProcess;
}

/** Starts `serve --team` on a free port and resolves once it prints where it listens. */
function serveTeam(db: string, home: string): Promise<Served> {
  const child = spawn(process.execPath, [cliBin, '--db', db, 'serve', '--team', '--public-url', PUBLIC_URL, '--port', '0'], {
    cwd: home,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('UNDERSTUDY_'))), UNDERSTUDY_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const port = /listening on 127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      if (port) resolve({ base: `http://127.0.0.1:${port}`, child });
    });
    child.once('exit', (code) => reject(new Error(`serve --team exited ${code}: ${err}${out}`)));
  });
}

const signIn = (base: string, email: string, password: string) =>
  fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

describeEachDialect('a team server of two processes', (_dialect, newDatabase) => {
  const cli = cliSandbox();
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGTERM');
  });

  it('signs members in, keeps each outcome to its owner, and a session made on one process works on the other', async () => {
    const db = await newDatabase();
    const addAda = await cli.run(['--db', db, 'user', 'add', 'ada@example.com', '--name', 'Ada', '--admin', '--password-stdin'], {
      stdin: `${passwords.ada}\n`,
    });
    expect(addAda.stderr).toBe('');
    expect(addAda.stdout).toMatch(/^Added admin ada@example\.com\n/);
    const addBo = await cli.run(['--db', db, 'user', 'add', 'bo@example.com', '--name', 'Bo', '--password-stdin'], { stdin: passwords.bo });
    expect(addBo.code).toBe(0);
    const listed = await cli.json<Array<{ email: string; role: string }>>(['--db', db, 'user', 'list']);
    expect(listed.map((a) => [a.email, a.role])).toEqual([
      ['ada@example.com', 'admin'],
      ['bo@example.com', 'member'],
    ]);

    const first = await serveTeam(db, cli.home());
    children.push(first.child);
    const second = await serveTeam(db, cli.home());
    children.push(second.child);

    const ada = await signIn(first.base, 'ada@example.com', passwords.ada);
    expect(ada.status).toBe(200);
    const adaCookie = cookieOf(ada);
    expect(ada.headers.getSetCookie()[0]).toMatch(/^__Secure-understudy\.session_token=.+; .*HttpOnly/i);
    expect(ada.headers.getSetCookie()[0]).toMatch(/SameSite=Lax/i);
    expect(ada.headers.getSetCookie()[0]).toMatch(/Secure/);
    const created = await fetch(`${first.base}/api/outcomes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: adaCookie },
      body: JSON.stringify({ statement: 'Raise week-4 retention from 18% to 24% by June', status: 'active' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const bo = await signIn(first.base, 'bo@example.com', passwords.bo);
    expect(bo.status).toBe(200);
    const boCookie = cookieOf(bo);
    const boList = (await (await fetch(`${first.base}/api/outcomes`, { headers: { cookie: boCookie } })).json()) as {
      items: Array<{ id: string }>;
    };
    expect(boList.items.map((o) => o.id)).not.toContain(id);
    expect((await fetch(`${first.base}/api/outcomes/${id}`, { headers: { cookie: boCookie } })).status).toBe(404);
    expect((await fetch(`${first.base}/api/outcomes`)).status).toBe(401);

    // The other process has never seen Ada sign in: the session is in the database.
    const onSecond = await fetch(`${second.base}/api/outcomes/${id}`, { headers: { cookie: adaCookie } });
    expect(onSecond.status).toBe(200);
    expect(((await onSecond.json()) as { statement: string }).statement).toContain('week-4 retention');
    expect((await fetch(`${second.base}/api/outcomes/${id}`, { headers: { cookie: boCookie } })).status).toBe(404);

    // Signing out on the second process ends the session on the first.
    const out = await fetch(`${second.base}/api/auth/sign-out`, { method: 'POST', headers: { cookie: adaCookie } });
    expect(out.status).toBe(200);
    expect((await fetch(`${first.base}/api/outcomes/${id}`, { headers: { cookie: adaCookie } })).status).toBe(401);
  });

  it('refuses a password on the command line and an account that already exists', async () => {
    const db = await newDatabase();
    const noStdin = await cli.run(['--db', db, 'user', 'add', 'cy@example.com', '--name', 'Cy']);
    expect(noStdin.code).toBe(2);
    expect(noStdin.stderr).toMatch(/--password-stdin/);
    expect(
      (await cli.run(['--db', db, 'user', 'add', 'cy@example.com', '--name', 'Cy', '--password-stdin'], { stdin: 'short' })).code,
    ).toBe(2);
    const added = await cli.run(['--db', db, 'user', 'add', 'cy@example.com', '--name', 'Cy', '--password-stdin'], { stdin: passwords.bo });
    expect(added.code).toBe(0);
    const again = await cli.run(['--db', db, 'user', 'add', 'CY@example.com', '--name', 'Cy', '--password-stdin'], { stdin: passwords.bo });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect((await cli.json<unknown[]>(['--db', db, 'user', 'list'])).length).toBe(1);
    expect((await cli.run(['--db', db, 'user', 'remove', 'cy@example.com'])).code).toBe(2);
    expect((await cli.run(['--db', db, 'user', 'remove', 'cy@example.com', '--yes'])).code).toBe(0);
    expect(await cli.json<unknown[]>(['--db', db, 'user', 'list'])).toEqual([]);
  });
});
