import { parse } from 'csv-parse/sync';
import { proofAssert } from '../proof/proof.js';
import { type HostileApp, parseJson } from './hostile-app.js';

/** Cell starts that make a spreadsheet run a formula (or strip into one), as `export-csv.ts` lists them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Formulas and formula-looking text, one for each dangerous first character. */
export const formulas = [
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  "=cmd|' /C calc'!A0",
  '=1+1\r\n=2+2',
];

/** A cell that is a plain number (a negative number starts with `-` and is no formula). */
const isNumber = (cell: string) => /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(cell);

/** The records to store: entity path, and a body per formula (`{f}` is the formula). */
function bodies(f: string, ids: { outcome: string; mentor: string }): Array<[string, Record<string, unknown>]> {
  return [
    [
      'mentors',
      { name: `${f} Ana`, title: f, company: f, whereFound: f, notes: f, expertise: [f.trim() || 'x', `${f.trim() || 'x'} too`] },
    ],
    ['outcomes', { statement: `${f} Raise activation to 40% by 2027-04-30`, metric: f, unit: f.slice(0, 40) }],
    ['gaps', { statement: `${f} pricing`, skill: 'strategy', outcomeId: ids.outcome }],
    ['checkins', { outcomeId: ids.outcome, note: f, value: -3 }],
    ['evidence', { mentorId: ids.mentor, criterion: 'excellence', note: f, url: f }],
    ['give-backs', { mentorId: ids.mentor, description: `${f} a summary` }],
  ];
}

/**
 * Stores formulas in several entities through the API, exports each entity as CSV and parses it:
 * no cell starts a formula unless it is a number, and each stored text comes out whole behind
 * the `'` that `export-csv.ts` puts before it.
 */
export async function proveCsvFormulas(app: HostileApp): Promise<string> {
  const create = async (path: string, body: Record<string, unknown>) => {
    const response = await app.request(`/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const created = parseJson(await response.text()) as Record<string, unknown>;
    proofAssert(response.status === 201, `creating ${path} answered ${response.status}: ${JSON.stringify(created).slice(0, 160)}`);
    return created;
  };
  const outcome = await create('outcomes', { statement: 'Raise activation from 30% to 40% by 2027-04-30' });
  const mentor = await create('mentors', { name: 'Ana Li' });
  const ids = { outcome: String(outcome.id), mentor: String(mentor.id) };
  /** Stored records by entity path: what the API says it stored. */
  const stored = new Map<string, Array<Record<string, unknown>>>();
  for (const f of formulas) {
    for (const [path, body] of bodies(f, ids)) stored.set(path, [...(stored.get(path) ?? []), await create(path, body)]);
  }
  let cells = 0;
  let neutralised = 0;
  for (const [path, records] of stored) {
    const response = await app.request(`/api/export/csv/${path}`);
    const text = await response.text();
    proofAssert(response.status === 200, `GET /api/export/csv/${path} answered ${response.status}`);
    const rows = parse(text, { columns: true, relax_column_count: false }) as Array<Record<string, string>>;
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        cells += 1;
        proofAssert(
          !FORMULA_START.test(cell) || isNumber(cell),
          `${path}.csv ${column} starts a formula: ${JSON.stringify(cell.slice(0, 60))}`,
        );
      }
    }
    for (const record of records) {
      const row = rows.find((r) => r.id === record.id);
      proofAssert(row, `${path}.csv lacks the record ${String(record.id)}`);
      for (const [field, value] of Object.entries(record)) {
        const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join('; ') : null;
        if (text === null || !FORMULA_START.test(text)) continue;
        const cell = row[field];
        proofAssert(cell === `'${text}`, `${path}.csv ${field} is ${JSON.stringify(cell)} for the stored ${JSON.stringify(text)}`);
        neutralised += 1;
      }
    }
  }
  proofAssert(neutralised >= formulas.length * stored.size, `only ${neutralised} formula cells were exported`);
  return `${formulas.length} formulas in ${stored.size} entities: ${neutralised} formula cells neutralised with ' and intact, ${cells.toLocaleString('en')} cells checked`;
}
