import type { Readable } from 'node:stream';
import { MAX_TEXT_BYTES } from '../analysis/engine/text-limit.js';
import { AppError } from '../core/errors.js';
import { readRegularFile } from './read-regular-file.js';

/** One input of `--jsonl`: the text and what a line may override. */
export interface JsonlItem {
  id?: string | number;
  text: string;
  stage?: string;
  today?: string;
}

/**
 * Reads standard input as UTF-8, at most `limit` bytes: past it, reading stops and the input is
 * refused, so a pipe that never ends (`yes |`, `cat /dev/zero |`) cannot fill the memory.
 */
export async function readStdin(limit = MAX_TEXT_BYTES, input: Readable = process.stdin): Promise<string> {
  if ((input as { isTTY?: boolean }).isTTY)
    throw new AppError('usage', 'Give the text as a FILE, or pipe it on standard input (use - for stdin)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new AppError('usage', `Standard input is over ${kb(limit)}; checks take at most ${kb(limit)}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a check's input from FILE, or standard input for `-` or no file; refuses binary or huge
 * input. Only a regular file is read (not a folder, device or FIFO), and never past `limit`
 * bytes, even when the file grows or lies about its size.
 */
export async function readCheckInput(source: string | undefined, limit = MAX_TEXT_BYTES): Promise<string> {
  const text = source && source !== '-' ? await readTextFile(source, limit) : await readStdin(limit);
  if (text.includes('\u0000')) throw new AppError('usage', `${source && source !== '-' ? source : 'The input'} looks binary, not text`);
  return text;
}

/** Reads a regular file of at most `limit` bytes as UTF-8, or refuses it in one line. */
async function readTextFile(source: string, limit: number): Promise<string> {
  const message = (size: number) => `${source} is ${Math.round(size / 1024)} KB; checks take at most ${kb(limit)}`;
  return (await readRegularFile(source, { noun: 'a text file', limit: { bytes: limit, message, code: 'usage' } })).toString('utf8');
}

/** A byte limit as the messages write it. */
function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

/** Parses one `--jsonl` line, or returns why it is not a valid item. */
export function parseJsonlLine(line: string): { item: JsonlItem } | { id: unknown; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: 'each line must be a JSON object' };
  const o = value as Record<string, unknown>;
  const id = o.id ?? null;
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') return { id: null, error: '"id" must be a string or a number' };
  if (typeof o.text !== 'string') return { id, error: '"text" must be a string' };
  if (o.stage !== undefined && typeof o.stage !== 'string') return { id, error: '"stage" must be a string' };
  if (o.today !== undefined && typeof o.today !== 'string') return { id, error: '"today" must be a string' };
  return { item: o as unknown as JsonlItem };
}
