import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';
import { referenceDir } from './helpers/examples.js';

/**
 * The tests read a checked copy of the framework's reference material (labelled examples,
 * catalogues, corpus), so a fresh clone passes on its own. Where the original sits beside the
 * repository, this test fails on any difference, so the copy cannot drift from it.
 */
const original = join(repoRoot, '..', 'shared');
/** The folders copied, and the files of them the tests never read (left out of the copy). */
const folders = ['examples', 'catalog', 'corpus'] as const;
const leftOut = new Set(['examples/validate.py']);

/** Every file under `dir`, as paths relative to `root`, sorted. */
function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

const hasOriginal = folders.every((f) => existsSync(join(original, f)));
if (!hasOriginal) {
  process.stdout.write('reference copy: drift check skipped, because the original reference folder is not beside this clone\n');
}

describe.skipIf(!hasOriginal)('the checked copy of the reference material', () => {
  for (const folder of folders) {
    it(`holds exactly the files of ${folder}/`, () => {
      const want = filesUnder(original, folder).filter((f) => !leftOut.has(f));
      expect(filesUnder(referenceDir, folder)).toEqual(want);
    });

    it(`has the same bytes as the original in ${folder}/`, () => {
      const differing = filesUnder(original, folder)
        .filter((f) => !leftOut.has(f) && existsSync(join(referenceDir, f)))
        .filter((f) => !readFileSync(join(original, f)).equals(readFileSync(join(referenceDir, f))));
      expect(differing, 'copy these files again from the original').toEqual([]);
    });
  }
});

describe('the reference material the tests read', () => {
  it('is in the repository', () => {
    for (const name of ['asks', 'asks-2', 'framework-cases', 'goals', 'skills', 'shadows', 'advice']) {
      expect(existsSync(join(referenceDir, 'examples', `${name}.jsonl`)), name).toBe(true);
    }
    expect(existsSync(join(referenceDir, 'catalog', 'strengths.json'))).toBe(true);
    expect(existsSync(join(referenceDir, 'corpus', 'SOURCES.md'))).toBe(true);
  });
});
