import { MAX_TEXT_BYTES } from '../analysis/engine/text-limit.js';
import { AppError } from '../core/errors.js';

/** One input of `--jsonl`: the text and what a line may override. */
export interface JsonlItem {
  id?: string | number;
  text: string;
  stage?: string;
  today?: string;
}

/** Reads all of standard input as UTF-8. */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new AppError('usage', 'Give the text as a FILE, or pipe it on standard input (use - for stdin)');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a check's input from FILE, or standard input for `-` or no file; refuses binary or huge input. */
export async function readCheckInput(source: string | undefined, limit = MAX_TEXT_BYTES): Promise<string> {
  let text: string;
  if (source && source !== '-') {
    const { readFile, stat } = await import('node:fs/promises');
    try {
      const info = await stat(source);
      if (info.isDirectory()) throw new AppError('usage', `${source} is a folder, not a text file`);
      if (info.size > limit)
        throw new AppError('usage', `${source} is ${Math.round(info.size / 1024)} KB; checks take at most ${limit / 1024} KB`);
      text = await readFile(source, 'utf8');
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('usage', `Cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  } else {
    text = await readStdin();
  }
  if (text.includes('\u0000')) throw new AppError('usage', `${source && source !== '-' ? source : 'The input'} looks binary, not text`);
  return text;
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
