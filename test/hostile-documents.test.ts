import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileDocuments } from '../bench/hostile-documents/hostile-documents.js';
import { hostileDocumentTargets } from '../bench/hostile-documents/hostile-documents-section.js';

const dir = mkdtempSync(join(tmpdir(), 'understudy-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const script = fileURLToPath(new URL('../bench/hostile-documents/refuse-document.ts', import.meta.url));

describe('hostile documents, each read in a process of its own', () => {
  for (const doc of hostileDocuments()) {
    it(`refuses ${doc.label} within ${hostileDocumentTargets.maxMs} ms and ${hostileDocumentTargets.maxPeakMb} MB`, () => {
      const file = join(dir, doc.name);
      writeFileSync(file, doc.bytes);
      const child = spawnSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8', timeout: 60_000 });
      expect(child.stderr).toBe('');
      const figures = JSON.parse(child.stdout) as { ms: number; peakMb: number; message: string | null };
      expect(figures.message).toMatch(doc.budget);
      expect(figures.ms).toBeLessThan(hostileDocumentTargets.maxMs);
      expect(figures.peakMb).toBeLessThan(hostileDocumentTargets.maxPeakMb);
    });
  }
});
