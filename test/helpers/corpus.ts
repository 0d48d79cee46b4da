import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';
import { referenceDir } from './examples.js';

/** Folder of the real product documents (the checked copy, with their sources). */
export const corpusDir = join(referenceDir, 'corpus');

/** The bytes of one corpus document (`rfc/….md`), as a surface hands a file to core. */
export function corpusFile(path: string): { name: string; bytes: Uint8Array } {
  return { name: path, bytes: new Uint8Array(readFileSync(join(corpusDir, path))) };
}

/** The text of one corpus document. */
export function corpusText(path: string): string {
  return readFileSync(join(corpusDir, path), 'utf8');
}

/** The bytes of a fixture under `test/fixtures`. */
export function fixtureFile(path: string): { name: string; bytes: Uint8Array } {
  return { name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(join(repoRoot, 'test', 'fixtures', path))) };
}

/** Every JSON file of a folder of the repository, parsed, in name order. */
export function readJsonFolder<T>(folder: string): T[] {
  const dir = join(repoRoot, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
}
