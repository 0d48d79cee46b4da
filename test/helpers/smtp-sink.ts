import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect } from 'vitest';
import type { SmtpConfig } from '../../src/config/mail-config.js';
import { repoRoot } from './cli.js';

/** A message the test SMTP server received: its envelope and what mailparser reads in it. */
export interface ReceivedMail {
  from: string | null;
  /** The envelope's recipients: where the mail really went. */
  to: string[];
  /** The SMTP account the sender signed in with, if any. */
  user: string | null;
  subject: string;
  text: string;
  html: string;
  /** The calendar part (an iCalendar invitation or cancellation), when the mail has one. */
  calendar: string | null;
  /** The message as it travelled, headers and every part. */
  raw: string;
}

/** A real SMTP server in a child process, and what it received. */
export interface SmtpSink {
  port: number;
  /** Every message received so far, in order. */
  received(): Promise<ReceivedMail[]>;
  /** Waits until at least `count` messages have arrived (or fails after `timeoutMs`) and returns them all. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Forgets what was received so far. */
  clear(): void;
  /** SMTP settings that send here, as config would give them. */
  config(overrides?: Partial<SmtpConfig>): SmtpConfig;
  close(): Promise<void>;
}

/** Starts `test/helpers/smtp-sink-server.ts` in a child process and waits until it listens. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const script = join(repoRoot, 'test', 'helpers', 'smtp-sink-server.ts');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  let lines: string[] = [];
  let buffer = '';
  let onLine: (() => void) | undefined;
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts.filter((p) => p.trim() !== ''));
    onLine?.();
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the test SMTP server did not start within 20 s')), 20_000);
    child.once('exit', (code) => reject(new Error(`the test SMTP server exited with ${code}`)));
    onLine = () => {
      const first = lines[0];
      if (first === undefined) return;
      clearTimeout(timer);
      lines = lines.slice(1);
      resolve((JSON.parse(first) as { listening: number }).listening);
    };
  });
  onLine = undefined;
  const parse = async (line: string): Promise<ReceivedMail> => {
    const envelope = JSON.parse(line) as { from: string | null; to: string[]; user: string | null; raw: string };
    const mail = await simpleParser(envelope.raw);
    return {
      from: envelope.from,
      to: envelope.to,
      user: envelope.user,
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html: typeof mail.html === 'string' ? mail.html : '',
      calendar: mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8') ?? null,
      raw: envelope.raw,
    };
  };
  const received = () => Promise.all(lines.map(parse));
  return {
    port,
    received,
    async waitFor(count, timeoutMs = 15_000) {
      await expect.poll(() => lines.length, { timeout: timeoutMs, interval: 50 }).toBeGreaterThanOrEqual(count);
      return received();
    },
    clear() {
      lines = [];
    },
    config: (overrides = {}) => ({
      host: '127.0.0.1',
      port,
      secure: false,
      user: 'understudy',
      password: 'any password will do',
      from: 'Understudy <understudy@team.example>',
      ...overrides,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on: an SMTP server that is down. */
export async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A sink for the suite it is called in: started before its tests, closed after them all. Read it
 * through the object returned (its methods reach the running sink); each test file still clears
 * it after each test, once what that test opened is closed.
 */
export function smtpSinkForSuite(): SmtpSink {
  let started: SmtpSink | undefined;
  const current = () => {
    if (!started) throw new Error('The SMTP sink is started before the suite’s tests, not while it is collected');
    return started;
  };
  beforeAll(async () => {
    started = await startSmtpSink();
  }, 30_000);
  afterAll(async () => {
    await started?.close();
  });
  return {
    get port() {
      return current().port;
    },
    received: () => current().received(),
    waitFor: (count, timeoutMs) => current().waitFor(count, timeoutMs),
    clear: () => current().clear(),
    config: (overrides) => current().config(overrides),
    close: async () => await started?.close(),
  };
}
