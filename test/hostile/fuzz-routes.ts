import fc from 'fast-check';
import { entityPaths } from '../../src/contracts/records.js';
import { entityNames } from '../../src/core/records/schemas.js';
import { proofAssert } from '../proof/proof.js';
import { contentType, type FuzzBody, fuzzBody, type JsonSchema, pathParam, queryString } from './fuzz-inputs.js';
import { badErrorShape, type HostileApp, isJson, leakIn, safeDecode, seedDemo } from './hostile-app.js';

/** The seed of the route fuzzing; `UNDERSTUDY_FUZZ_SEED` replays another. */
export const FUZZ_SEED = Number(process.env.UNDERSTUDY_FUZZ_SEED ?? 20_261_128);

/** One route and method, with what it takes: path parameters, query names, a JSON or form body. */
interface Operation {
  method: string;
  path: string;
  query: string[];
  json: JsonSchema | undefined;
  form: JsonSchema | undefined;
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Routes the OpenAPI document does not list: health, the docs, unknown API paths and the web app. */
const extraOperations: Operation[] = [
  ...['/api/health', '/api/openapi.json', '/api/docs', '/api/docs/assets/{file}', '/api/{x}', '/{x}', '/assets/{x}', '/api/{x}/{y}'].map(
    (path) => ({ method: 'get', path, query: [], json: undefined, form: undefined }),
  ),
  ...['post', 'put', 'patch', 'delete', 'options'].map((method) => ({
    method,
    path: '/api/{x}',
    query: [],
    json: undefined,
    form: undefined,
  })),
];

/** Every operation of the app's own OpenAPI document, plus the extra routes. */
async function operations(app: HostileApp): Promise<Operation[]> {
  const doc = await app.send('GET', '/api/openapi.json');
  proofAssert(doc.status === 200, `GET /api/openapi.json answered ${doc.status}`);
  const paths = (doc.body as { paths?: Record<string, Record<string, OpenApiOperation>> }).paths ?? {};
  const listed = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method,
      path,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      json: op.requestBody?.content?.['application/json']?.schema,
      form: op.requestBody?.content?.['multipart/form-data']?.schema,
    })),
  );
  proofAssert(listed.length >= 50, `the OpenAPI document lists only ${listed.length} operations`);
  return [...listed, ...extraOperations];
}

/** Every `id` (and template name) in a JSON value. */
function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectIds(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, field] of Object.entries(value)) {
      if ((key === 'id' || key.endsWith('Id') || key === 'name') && typeof field === 'string' && field.length <= 64) into.add(field);
      else collectIds(field, into);
    }
  }
}

/** Real ids of the seeded workspace: all of them, and those each list route lists (by its path). */
interface RealIds {
  all: string[];
  byList: Map<string, string[]>;
}

/** Reads every list route of the seeded workspace for its ids and names, with the entity names. */
async function realIds(app: HostileApp, ops: Operation[]): Promise<RealIds> {
  const all = new Set<string>(['local', ...entityNames, ...Object.values(entityPaths), 'swagger-ui.css', 'swagger-ui-bundle.js']);
  const byList = new Map<string, string[]>();
  for (const op of ops) {
    if (op.method !== 'get' || op.path.includes('{') || !op.path.startsWith('/api/') || op.path.includes('openapi')) continue;
    const page = await app.send('GET', `${op.path}?limit=1000`);
    if (page.status !== 200) continue;
    collectIds(page.body, all);
    const items = (page.body as { items?: Array<{ id?: unknown; name?: unknown }> }).items ?? [];
    const own = items.flatMap((item) => [item.id, item.name]).filter((v): v is string => typeof v === 'string' && v.length <= 64);
    if (own.length > 0) byList.set(op.path, own);
  }
  return { all: [...all], byList };
}

/** The ids for an operation's path parameters: those its own list route lists first, then any. */
function idsFor(op: Operation, ids: RealIds): string[] {
  const list = ids.byList.get(op.path.replace(/\/\{\w+\}.*$/, ''));
  return list ? [...list, ...list, ...list, ...ids.all] : ids.all;
}

interface FuzzRequest {
  route: string;
  method: string;
  url: string;
  type: string;
  body: FuzzBody;
}

function requestArb(ops: Operation[], ids: RealIds): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...ops).chain((op) => {
    const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    const params = fc.tuple(...names.map(() => pathParam(idsFor(op, ids))));
    const body = op.method === 'get' ? fc.constant<FuzzBody>({ kind: 'none' }) : fuzzBody(op.json, op.form, ids.all);
    const typed = body.chain((b) => contentType(b).map((type) => ({ body: b, type })));
    return fc.record({ params, query: queryString(op.query, ids.all), typed }).map(({ params, query, typed: { body, type } }) => {
      let i = 0;
      const path = op.path.replace(/\{\w+\}/g, () => params[i++] ?? '');
      return { route: `${op.method.toUpperCase()} ${op.path}`, method: op.method.toUpperCase(), url: `${path}${query}`, type, body };
    });
  });
}

function bodyInit(body: FuzzBody): RequestInit['body'] {
  if (body.kind === 'none') return undefined;
  if (body.kind === 'text') return body.text;
  if (body.kind === 'bytes') return body.bytes;
  const form = new FormData();
  for (const part of body.parts) {
    if ('file' in part) form.append(part.name, new File([part.file.bytes], part.file.name));
    else form.append(part.name, part.value);
  }
  return form;
}

function shown(body: FuzzBody): string {
  if (body.kind === 'none') return 'no body';
  if (body.kind === 'text')
    return `text ${JSON.stringify(body.text.slice(0, 80))}${body.text.length > 80 ? `… (${body.text.length})` : ''}`;
  if (body.kind === 'bytes') return `${body.bytes.length} bytes`;
  const parts = body.parts.map((p) => ('file' in p ? `${p.name}=file ${JSON.stringify(p.file.name)} (${p.file.bytes.length} B)` : p.name));
  return `form [${parts.join(', ')}]`;
}

/** What was sent, as text, for telling an echo of the input from a leak. */
function sentText(req: FuzzRequest): string {
  const { body } = req;
  const parts = body.kind === 'form' ? body.parts.map((p) => ('file' in p ? `${p.name} ${p.file.name}` : `${p.name} ${p.value}`)) : [];
  const text = body.kind === 'text' ? body.text : body.kind === 'bytes' ? new TextDecoder().decode(body.bytes) : '';
  return [req.url, safeDecode(req.url), text, ...parts].join('\n');
}

/** Tallies of a fuzzing run. */
interface Tally {
  requests: number;
  routes: Set<string>;
  answered: Set<string>;
  classes: Record<string, number>;
  slowest: number;
}

/**
 * Fuzzes every route of the seeded app with `runs` random requests and checks each answer:
 * below 500, no stack trace or local path, and an error as `{error: {code, message}}` JSON.
 * Returns the figures; fails with the seed and the first counterexample.
 */
export async function fuzzRoutes(app: HostileApp, options: { runs: number; secrets: string[]; say: (line: string) => void }) {
  await seedDemo(app);
  const ops = await operations(app);
  const ids = await realIds(app, ops);
  const tally: Tally = { requests: 0, routes: new Set(), answered: new Set(), classes: {}, slowest: 0 };
  const failures = new Map<string, { count: number; first: string; run: number }>();
  const property = fc.asyncProperty(requestArb(ops, ids), async (req) => {
    const headers: Record<string, string> = req.type === 'auto' || req.body.kind === 'none' ? {} : { 'content-type': req.type };
    const started = performance.now();
    const response = await app.request(req.url, { method: req.method, headers, body: bodyInit(req.body) });
    const text = await response.text();
    tally.slowest = Math.max(tally.slowest, performance.now() - started);
    tally.requests += 1;
    tally.routes.add(req.route);
    const status = response.status;
    const cls = `${Math.floor(status / 100)}xx`;
    tally.classes[cls] = (tally.classes[cls] ?? 0) + 1;
    if (status < 300) tally.answered.add(req.route);
    const type = response.headers.get('content-type') ?? '';
    const staticAsset = status < 300 && /^(?:text\/css|(?:application|text)\/javascript)/.test(type);
    const problem =
      status >= 500
        ? `status ${status}: ${text.slice(0, 100)}`
        : (leakIn(text, sentText(req), options.secrets, staticAsset) ??
          (status >= 400 ? badErrorShape(response, text) : null) ??
          (type.startsWith('application/json') && !isJson(text) ? 'JSON that does not parse' : null));
    if (problem) {
      const seen = failures.get(req.route) ?? { count: 0, first: '', run: tally.requests };
      seen.count += 1;
      seen.first ||= `${req.method} ${req.url.slice(0, 160)} [${req.body.kind === 'none' ? 'no body' : `${req.type}; ${shown(req.body)}`}] → ${status}: ${problem}`;
      failures.set(req.route, seen);
    }
    return true;
  });
  // Every request runs, even after a failure, so one run names every route that fails.
  const result = await fc.check(property, { seed: FUZZ_SEED, numRuns: options.runs });
  proofAssert(!result.failed, `seed ${FUZZ_SEED}: the fuzzer itself failed: ${String(result.errorInstance)}`);
  for (const [route, seen] of failures) {
    options.say(`    fuzz failure on ${route} (${seen.count}×; seed ${FUZZ_SEED}, request ${seen.run}): ${seen.first}`);
  }
  const [first] = failures.values();
  if (first) {
    const count = [...failures.values()].reduce((sum, f) => sum + f.count, 0);
    proofAssert(false, `seed ${FUZZ_SEED}: ${count} bad answers on ${failures.size} routes; request ${first.run}: ${first.first}`);
  }
  const classes = Object.entries(tally.classes)
    .sort()
    .map(([cls, n]) => `${cls} ${n.toLocaleString('en')}`)
    .join(', ');
  return (
    `${tally.requests.toLocaleString('en')} requests over ${tally.routes.size} of ${ops.length} routes (${tally.answered.size} answered 2xx; ${classes}): ` +
    `no 5xx, no stack trace; slowest ${tally.slowest.toFixed(0)} ms; seed ${FUZZ_SEED}`
  );
}
