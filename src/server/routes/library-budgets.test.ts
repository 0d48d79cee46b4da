import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../../test/helpers/app.js';
import { sqliteDatabase } from '../../../test/helpers/dialects.js';
import { docxBomb, pdfOfPages, pdfWithStreams, slowPdf } from '../../../test/helpers/document-bombs.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';

const newDatabase = sqliteDatabase();
const prd = new TextEncoder().encode('# Checkout\n\n## Problem\n\nUsers drop off.\n\n## Risks\n\nLegal review may take a month.\n');

function form(files: Array<[string, Uint8Array]>): FormData {
  const data = new FormData();
  for (const [name, bytes] of files) data.append('file', new File([bytes], name));
  return data;
}

describe('documents over a budget, uploaded', () => {
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    t = await openTestWorkspace(await newDatabase());
    app = createTestApp(t.store);
  });
  afterAll(() => t.close());

  const post = (path: string, files: Array<[string, Uint8Array]>): Promise<Response> =>
    Promise.resolve(app.request(`${testBase}${path}`, { method: 'POST', body: form(files) }));
  const error = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

  it('are refused with 400 and one line naming the file and the budget', async () => {
    const bombs: Array<[string, Uint8Array, string]> = [
      ['bomb.docx', docxBomb(300), 'bomb.docx inflates to more than 50 MB of XML (the budget for a DOCX)'],
      ['lying.docx', docxBomb(300, 2_000), 'lying.docx inflates to more than 50 MB of XML (the budget for a DOCX)'],
      [
        'bomb.pdf',
        pdfWithStreams([{ text: 'x', repeat: 8_000_000 }]),
        'bomb.pdf has a compressed stream that inflates to more than 64 MB (the budget for one PDF stream)',
      ],
      ['pages.pdf', pdfOfPages(120_000), 'pages.pdf has 120,000 pages, more than 2,000 (the page budget for a PDF)'],
    ];
    for (const [name, bytes, message] of bombs) {
      const start = performance.now();
      const response = await post('/api/questions', [[name, bytes]]);
      expect(response.status).toBe(400);
      expect(await error(response)).toMatchObject({ code: 'invalid_input', message });
      expect(performance.now() - start).toBeLessThan(2_000);
    }
  });

  it('store nothing when added to the library with a readable document', async () => {
    const response = await post('/api/library', [
      ['prd.md', prd],
      ['bomb.docx', docxBomb(300)],
    ]);
    expect(response.status).toBe(400);
    expect((await error(response)).message).toBe('bomb.docx inflates to more than 50 MB of XML (the budget for a DOCX)');
    const list = await app.request(`${testBase}/api/library`);
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
    expect((await post('/api/library', [['prd.md', prd]])).status).toBe(201);
  });

  it('are read off the event loop: health answers within 100 ms all the while', async () => {
    const slow = slowPdf(); // within every budget, and seconds of pdf.js work
    let reading = true;
    const upload = post('/api/questions', [['slow.pdf', slow]]).finally(() => {
      reading = false;
    });
    const latencies: number[] = [];
    while (reading) {
      const start = performance.now();
      const health = await app.request(`${testBase}/api/health`);
      expect(health.status).toBe(200);
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await upload).status).toBe(200);
    expect(latencies.length).toBeGreaterThan(10);
    expect(Math.max(...latencies)).toBeLessThan(100);
  });
});
