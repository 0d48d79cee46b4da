import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchMessage } from './corpus.js';

/** End-to-end throughput of `understudy check ask --jsonl FILE`, start-up included. */
export function measureJsonl(options: { bin: string; workDir: string; corpus: readonly BenchMessage[]; env: NodeJS.ProcessEnv }): {
  messages: number;
  seconds: number;
  messagesPerSec: number;
  outputLines: number;
} {
  const file = join(options.workDir, 'asks.jsonl');
  writeFileSync(file, `${options.corpus.map((m, i) => JSON.stringify({ id: i, text: m.text })).join('\n')}\n`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [options.bin, 'check', 'ask', '--jsonl', file], {
    env: options.env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status === 2 || result.error) throw new Error(`check ask --jsonl failed: ${result.error?.message ?? result.stderr}`);
  const outputLines = result.stdout.split('\n').filter(Boolean).length;
  return { messages: options.corpus.length, seconds, messagesPerSec: options.corpus.length / seconds, outputLines };
}
