import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testBase } from './helpers/app.js';
import { cliSandbox, expectUsageError } from './helpers/cli.js';
import { openTestWorkspace, type TestWorkspace } from './helpers/workspace.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** Files the CLI and the API must refuse alike, with the message each gives. */
const refusals: Array<[string, string, Uint8Array, string]> = [
  [
    'Latin-1 text',
    'latin1.csv',
    Uint8Array.from([...encode('Name,Email\nJos'), 0xe9, ...encode(',jose@example.com\n')]),
    'latin1.csv is not UTF-8 text; save it as UTF-8 CSV or vCard and try again',
  ],
  [
    'an encoded lone surrogate',
    'cesu.csv',
    Uint8Array.from([...encode('Name\nAna '), 0xed, 0xa0, 0x80, 0x0a]),
    'cesu.csv is not UTF-8 text; save it as UTF-8 CSV or vCard and try again',
  ],
  ['a binary file', 'binary.csv', Uint8Array.from([...encode('Name\nA'), 0x00, 0x0a]), 'binary.csv looks binary, not a CSV or vCard file'],
];

describe('CLI and API agree on what a contact file must be', () => {
  const cli = cliSandbox();
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    t = await openTestWorkspace(':memory:');
    app = createTestApp(t.store);
  });
  afterAll(() => t.close());

  it.each(refusals)('refuses %s on both, naming the file, and imports nothing', async (_name, file, bytes, message) => {
    writeFileSync(join(cli.home(), file), bytes);
    const result = await cli.run(['import', file]);
    expectUsageError(result, new RegExp(`^understudy: ${message.replace(/[.()]/g, '\\$&')}$`));
    expect(await cli.json<unknown[]>(['mentor', 'list'])).toEqual([]);

    const form = new FormData();
    form.append('file', new File([bytes], file));
    const response = await app.request(`${testBase}/api/import`, { method: 'POST', body: form });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_input', message } });
  });

  it('imports the same names written as UTF-8, with or without a byte order mark', async () => {
    writeFileSync(join(cli.home(), 'utf8.csv'), encode('\uFEFFName,Email\nJosé Ünal,jose@example.com\n'));
    expect((await cli.run(['import', 'utf8.csv'])).code).toBe(0);
    expect((await cli.json<Array<{ name: string }>>(['mentor', 'list'])).map((m) => m.name)).toEqual(['José Ünal']);
  });
});
