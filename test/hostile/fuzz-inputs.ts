import fc from 'fast-check';

/** The part of JSON Schema (as the OpenAPI document writes it) the generators read. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  format?: string;
}

/** A request body before it is sent: none, text, raw bytes, or multipart parts. */
export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'form'; parts: FormPart[] };

/** One part of a multipart body: a field or a file. */
export type FormPart = { name: string; value: string } | { name: string; file: { name: string; bytes: Uint8Array } };

/** Segments and values that have broken servers before: traversal, encodings, injections, odd names. */
export const tricks = [
  '..',
  '../',
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..\\..\\package.json',
  '%5c..%5c..%5cpackage.json',
  '%252e%252e%252f',
  '%c0%ae%c0%ae',
  '%00',
  '\u0000',
  '%',
  '%zz',
  '/',
  '//',
  '?',
  '#',
  ' ',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
  'prototype',
  "' OR '1'='1",
  '"; drop table mentors; --',
  ['$', '{7*7}'].join(''),
  '{{7*7}}',
  '<script>alert(1)</script>',
  '💥',
  '\u202e',
  '\ud800',
  'ＡＢＣ',
  'mentors',
  'action-items',
  'actionItems',
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(301),
  'x'.repeat(5_000),
];

/** Dates and numbers at and over the edges, as text. */
const edgeText = ['2026-11-28', '2026-02-30', '0000-00-00', '9999-12-31', '2026-1-1', 'today', '0', '-0', '0x10', '1.5', '366', '367'];

/** A random string: printable, any code point (lone surrogates included), or long. */
const anyString = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.string({ minLength: 300, maxLength: 12_000 }), weight: 1 },
);

/** A text value: a real id most often, else a trick, an edge, or anything. */
export function textValue(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...ids), weight: 4 },
    { arbitrary: fc.constantFrom(...tricks), weight: 2 },
    { arbitrary: fc.constantFrom(...edgeText), weight: 1 },
    { arbitrary: anyString, weight: 3 },
    { arbitrary: fc.constant(''), weight: 1 },
  );
}

/** A path parameter, raw (the URL parser normalises it), percent-encoded once or twice. */
export function pathParam(ids: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(textValue(ids), fc.constantFrom('raw', 'encoded', 'encoded', 'twice'))
    .map(([value, how]) => (how === 'raw' ? value : how === 'encoded' ? encode(value) : encode(encode(value))));
}

/** `encodeURIComponent`, tolerating lone surrogates. */
export function encode(value: string): string {
  return encodeURIComponent(value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

/** A query string from the operation's own parameter names, random names and broken encodings. */
export function queryString(names: readonly string[], ids: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof(
    { arbitrary: names.length > 0 ? fc.constantFrom(...names) : fc.constant('limit'), weight: 4 },
    { arbitrary: fc.constantFrom('limit', 'offset', 'days', 'today', 'q', '__proto__', 'constructor', 'a[]', 'limit[0]'), weight: 1 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  );
  const pair = fc.oneof(
    { arbitrary: fc.tuple(name, textValue(ids)).map(([k, v]) => `${encode(k)}=${encode(v)}`), weight: 6 },
    { arbitrary: fc.constantFrom('%', '%zz=1', 'limit=%', '=', '&&', 'limit', 'limit=1&limit=2', 'offset=-1', 'limit=1e3'), weight: 1 },
    { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  );
  return fc.array(pair, { maxLength: 5 }).map((pairs) => (pairs.length === 0 ? '' : `?${pairs.join('&')}`));
}

/** A value of roughly the schema's shape, with real ids in text fields and now and then a wrong type. */
export function fromSchema(
  schema: JsonSchema | undefined,
  ids: readonly string[],
  depth = 0,
  key = '',
  strict = false,
): fc.Arbitrary<unknown> {
  const right = conforming(schema, { ids, strict }, depth, key);
  return strict ? right : fc.oneof({ arbitrary: right, weight: 15 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 });
}

/** The ids to use, and whether to keep to plausible values (words, real ids, real dates). */
interface Pool {
  ids: readonly string[];
  strict: boolean;
}

function conforming(schema: JsonSchema | undefined, pool: Pool, depth: number, key: string): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return fc.jsonValue({ maxDepth: 2 });
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const options = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (options && options.length > 0) return fc.oneof(...options.map((s) => conforming(s, pool, depth + 1, key)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => ofType(type, schema, pool, depth, key)));
}

/** Dates near the app's reference date, and one that does not exist. */
const dates = fc.oneof(
  fc.integer({ min: -60, max: 60 }).map((days) => new Date(Date.UTC(2026, 10, 28 + days)).toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-11-28T10:00:00Z'),
);

/** Text for a field, guided by its name: a date, an id, or words, else any text value. */
function textFor(key: string, { ids, strict }: Pool): fc.Arbitrary<string> {
  const any = strict ? fc.constantFrom(...ids) : textValue(ids);
  if (/^(date|today|deadline)$|On$|Since$/.test(key)) return fc.oneof({ arbitrary: dates, weight: 4 }, { arbitrary: any, weight: 1 });
  if (/(^id|Id|Ids)$/.test(key)) return fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 6 }, { arbitrary: any, weight: 1 });
  const words = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  return fc.oneof({ arbitrary: words, weight: strict ? 6 : 2 }, { arbitrary: any, weight: strict ? 1 : 3 });
}

const vocabulary = ['Raise', 'activation', 'by', '40%', 'pricing', 'Ana', 'why', 'now?', '2027-04-30'];

function ofType(type: string, schema: JsonSchema, pool: Pool, depth: number, key: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return textFor(key, pool);
    case 'integer':
      return fc.oneof({ arbitrary: fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 500 }), weight: 4 }, fc.integer());
    case 'number':
      return fc.oneof(
        { arbitrary: fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 500 }), weight: 4 },
        fc.double({ noNaN: true }),
      );
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(schema.items, pool.ids, depth + 1, key, pool.strict), { maxLength: 4 });
    case 'object': {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(
        Object.entries(properties).map(([name, value]) => [name, fromSchema(value, pool.ids, depth + 1, name, pool.strict)]),
      );
      return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Objects of the wrong shape: random keys, or the schema's own keys holding values of any type. */
export function wrongShape(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema?.properties ?? {});
  const randomKeys = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 });
  if (keys.length === 0) return randomKeys;
  const swapped = fc.record(Object.fromEntries(keys.map((key) => [key, fc.jsonValue({ maxDepth: 2 })])), { requiredKeys: [] });
  return fc.oneof(randomKeys, swapped);
}

const deepArray = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const deepObject = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

/** JSON text that is not JSON: truncated, trailing commas, missing values, comments, odd numbers. */
export const malformedJson = fc.oneof(
  fc.constantFrom(
    '{"a":}',
    '{"name": "x",}',
    '[1,2,]',
    '{',
    '{"name": ',
    '"unterminated',
    "{'name': 'x'}",
    '{name: "x"}',
    '{"a":1}{"b":2}',
    '// comment\n{}',
    'NaN',
    '{"a": Infinity}',
    '{"a": 01}',
    '{"a": "\\ud800"}',
    '{"a": "\\x41"}',
    '\ufeff{"name": "x"}',
    '',
    ' ',
    'null',
    'true',
    '['.repeat(100_000),
    deepArray,
    deepObject,
  ),
  fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
  fc.tuple(fc.json(), fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
);

/** Random bytes, sometimes after the magic number of a format the app reads. */
export const binaryBytes = fc
  .tuple(
    fc.constantFrom('', '%PDF-1.7\n', 'PK\u0003\u0004', 'BEGIN:VCARD\r\n', '\ufeff', 'name,email\n'),
    fc.uint8Array({ maxLength: 2_000 }),
  )
  .map(([prefix, bytes]) => new Uint8Array([...new TextEncoder().encode(prefix), ...bytes]));

/** A file name: ordinary, with a format's extension, traversal, or absolute. */
const fileName = fc.oneof(
  fc.constantFrom('doc.pdf', 'doc.docx', 'doc.md', 'doc.txt', 'doc.html', 'people.csv', 'people.vcf', 'Connections.csv', 'noext', ''),
  fc.constantFrom('../../../../tmp/understudy-fuzz.csv', '/etc/passwd', '..\\..\\evil.csv', 'a\u0000b.csv', `${'x'.repeat(300)}.md`),
  fc.string({ maxLength: 20 }),
);

/** Multipart parts from the form's fields: files of random bytes or text, and field values. */
export function formParts(schema: JsonSchema | undefined, ids: readonly string[]): fc.Arbitrary<FormPart[]> {
  const fields = Object.entries(schema?.properties ?? {});
  const text = fc.oneof(textValue(ids), fc.string({ maxLength: 400 }), fc.constantFrom('# Heading\n\nWhy now?\n', 'Name\nAna Li\n'));
  const file = fc
    .tuple(
      fileName,
      fc.oneof(
        binaryBytes,
        text.map((t) => new TextEncoder().encode(t)),
      ),
    )
    .map(([name, bytes]) => ({ name, bytes }));
  const part = fc.oneof(
    ...fields.map(([name, field]) =>
      field.format === 'binary' || field.items?.format === 'binary'
        ? file.map((f): FormPart => ({ name, file: f }))
        : fromSchema(field, ids, 0, name).map(
            (value): FormPart => ({ name, value: typeof value === 'string' ? value : JSON.stringify(value) }),
          ),
    ),
    fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })).map(([name, value]): FormPart => ({ name, value })),
  );
  return fc.array(part, { maxLength: 5 });
}

/** The body of a request to an operation: none, its JSON shape (or not), malformed text, bytes or a form. */
export function fuzzBody(json: JsonSchema | undefined, form: JsonSchema | undefined, ids: readonly string[]): fc.Arbitrary<FuzzBody> {
  const text = (arb: fc.Arbitrary<unknown>) => arb.map((value): FuzzBody => ({ kind: 'text', text: JSON.stringify(value) ?? 'null' }));
  return fc.oneof(
    { arbitrary: fc.constant<FuzzBody>({ kind: 'none' }), weight: 1 },
    { arbitrary: text(fromSchema(json ?? form, ids, 0, '', true)), weight: json ? 6 : 0 },
    { arbitrary: text(fromSchema(json ?? form, ids)), weight: json ? 6 : 1 },
    { arbitrary: text(wrongShape(json ?? form)), weight: 2 },
    { arbitrary: text(fc.jsonValue()), weight: 2 },
    { arbitrary: malformedJson.map((t): FuzzBody => ({ kind: 'text', text: t })), weight: 2 },
    { arbitrary: binaryBytes.map((bytes): FuzzBody => ({ kind: 'bytes', bytes })), weight: 1 },
    { arbitrary: formParts(form ?? json, ids).map((parts): FuzzBody => ({ kind: 'form', parts })), weight: form ? 6 : 1 },
  );
}

const otherTypes = fc.constantFrom(
  'text/plain',
  'application/json; charset=utf-16',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'APPLICATION/JSON',
);

/**
 * The content type sent with `body`: for text, JSON most often; for a form, the one the form sets
 * itself (`auto`) most often; else none (`auto` on text) or a wrong one.
 */
export function contentType(body: FuzzBody): fc.Arbitrary<string> {
  const json = fc.constant('application/json');
  const auto = fc.constant('auto');
  return body.kind === 'form'
    ? fc.oneof({ arbitrary: auto, weight: 8 }, { arbitrary: json, weight: 1 }, { arbitrary: otherTypes, weight: 1 })
    : fc.oneof({ arbitrary: json, weight: 8 }, { arbitrary: auto, weight: 2 }, { arbitrary: otherTypes, weight: 2 });
}
