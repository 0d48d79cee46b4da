import { constants, deflateRawSync } from 'node:zlib';

/*
 * Hostile documents, generated: DOCX archives and PDFs whose compressed parts inflate to
 * hundreds of megabytes, and PDFs of many pages. A bomb is built without ever holding what it
 * inflates to: each piece is deflated once with a full flush (which makes it independent of
 * what came before) and then repeated, so a 300 MB bomb takes milliseconds and 300 KB.
 */

const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

/** One piece of a DEFLATE stream, repeated `times`, that later pieces may follow; `level` 0 stores it as it is. */
interface Piece {
  data: Uint8Array;
  times: number;
  level?: number;
}

/** A raw DEFLATE stream of the pieces in order, and what it inflates to (size, CRC-32 and Adler-32 of it). */
function deflateOf(pieces: Piece[]): { deflated: Uint8Array; size: number; crc: number; adler: number } {
  const blocks: Uint8Array[] = [];
  let [size, crc, adler] = [0, 0, 1];
  for (const { data, times, level = 9 } of pieces) {
    const block = deflateRawSync(data, { level, finishFlush: constants.Z_FULL_FLUSH });
    const [pieceCrc, pieceAdler, shift] = [crc32(data), adler32(data), crcShift(data.length)];
    for (let n = 0; n < times; n++) {
      blocks.push(block);
      size += data.length;
      crc = (multiplyModP(shift, crc) ^ pieceCrc) >>> 0;
      adler = combineAdler(adler, pieceAdler, data.length);
    }
  }
  blocks.push(new Uint8Array([0x03, 0x00])); // the final block, empty
  return { deflated: concat(blocks), size, crc, adler };
}

const POLY = 0xedb88320;
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? POLY ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(data: Uint8Array): number {
  let [a, b] = [1, 0];
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** a(x)·b(x) modulo the CRC-32 polynomial, bit-reflected (zlib's multmodp). */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let m = 0x80000000; m !== 0; m >>>= 1) {
    if (a & m) product ^= b;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** x^(8·length) modulo the CRC-32 polynomial: what appending `length` bytes does to a CRC (zlib's crc32_combine_gen). */
function crcShift(length: number): number {
  let [result, power] = [0x80000000, 0x40000000];
  for (let n = length * 8; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result = multiplyModP(power, result);
    power = multiplyModP(power, power);
  }
  return result;
}

/** The Adler-32 of two runs of bytes from each one's (zlib's adler32_combine). */
function combineAdler(first: number, second: number, secondLength: number): number {
  const BASE = 65521;
  const rem = secondLength % BASE;
  let sum1 = first & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (second & 0xffff) + BASE - 1;
  sum2 += (first >>> 16) + (second >>> 16) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE << 1) sum2 -= BASE << 1;
  if (sum2 >= BASE) sum2 -= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A zip entry as written: its name, deflated data, and the sizes and CRC its headers declare. */
interface ZipEntry {
  name: string;
  deflated: Uint8Array;
  size: number;
  crc: number;
}

/** A zip archive of deflated entries (no data descriptors, no ZIP64). */
export function zipOf(entries: ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const central = new Uint8Array(46 + name.length);
    for (const [header, at, signature] of [
      [local, 0, 0x04034b50],
      [central, 2, 0x02014b50],
    ] as const) {
      const view = new DataView(header.buffer);
      view.setUint32(0, signature, true);
      view.setUint16(4 + at, 20, true);
      view.setUint16(8 + at, 8, true);
      view.setUint32(14 + at, entry.crc, true);
      view.setUint32(18 + at, entry.deflated.length, true);
      view.setUint32(22 + at, entry.size, true);
      view.setUint16(26 + at, name.length, true);
      header.set(name, header.length - name.length);
    }
    new DataView(central.buffer).setUint32(42, offset, true);
    locals.push(local, entry.deflated);
    centrals.push(central);
    offset += local.length + entry.deflated.length;
  }
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directory.length, true);
  view.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const relationships =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const documentHead =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function entryOf(name: string, pieces: Piece[], declaredSize?: number): ZipEntry {
  const { deflated, size, crc } = deflateOf(pieces);
  return { name, deflated, size: declaredSize ?? size, crc };
}

/** A small Word document of paragraphs, written by `zipOf` as Word writes one (no styles, no images). */
export function plainDocx(paragraphs: string[]): Uint8Array {
  const body = `${documentHead}${paragraphs.map(paragraph).join('')}</w:body></w:document>`;
  return zipOf([
    entryOf('[Content_Types].xml', [{ data: encode(contentTypes), times: 1 }]),
    entryOf('_rels/.rels', [{ data: encode(relationships), times: 1 }]),
    entryOf('word/document.xml', [{ data: encode(body), times: 1 }]),
  ]);
}

/**
 * A DOCX whose word/document.xml inflates to `megabytes` MB: one paragraph of repeated text.
 * With `declaredSize`, the archive's headers declare that size instead of the true one (a
 * lying archive, which only counting what inflates catches).
 */
export function docxBomb(megabytes: number, declaredSize?: number): Uint8Array {
  const chunk = encode('All work and no play. '.repeat(Math.floor((64 * 1024) / 22)));
  const head = encode(`${documentHead}<w:p><w:r><w:t>`);
  const tail = encode('</w:t></w:r></w:p></w:body></w:document>');
  const times = Math.ceil((megabytes * MB) / chunk.length);
  return zipOf([
    entryOf('[Content_Types].xml', [{ data: encode(contentTypes), times: 1 }]),
    entryOf('_rels/.rels', [{ data: encode(relationships), times: 1 }]),
    entryOf(
      'word/document.xml',
      [
        { data: head, times: 1 },
        { data: chunk, times },
        { data: tail, times: 1 },
      ],
      declaredSize,
    ),
  ]);
}

/** A zlib stream (RFC 1950) of the pieces: header, raw DEFLATE, Adler-32. */
function zlibOf(pieces: Piece[]): Uint8Array {
  const { deflated, adler } = deflateOf(pieces);
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, adler);
  return concat([new Uint8Array([0x78, 0xda]), deflated, trailer]);
}

/** A PDF of the objects given (numbered from 1, the first the catalog), with a correct cross-reference table. */
function pdfOf(objects: Array<string | Uint8Array[]>): Uint8Array {
  const parts: Uint8Array[] = [encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(length);
    const body = typeof object === 'string' ? [encode(object)] : object;
    for (const part of [encode(`${i + 1} 0 obj\n`), ...body, encode('\nendobj\n')]) {
      parts.push(part);
      length += part.length;
    }
  }
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)];
  parts.push(encode(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return concat(parts);
}

/** A stream object of `data`, compressed with FlateDecode. */
function flateStream(data: Uint8Array): Uint8Array[] {
  return [encode(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, encode('\nendstream')];
}

const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const pageOf = (contents: number) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`;
const textOp = (text: string) => `BT /F1 12 Tf 72 720 Td (${text}) Tj ET\n`;

/**
 * A PDF with one page per content stream: each stream repeats `repeat` times a line that shows
 * `text`, so it inflates to about `repeat` × 40 bytes. `[{ text: 'Hello', repeat: 1 }]` is a
 * small readable PDF; `[{ text: 'x', repeat: 8_000_000 }]` a 300 MB FlateDecode bomb. A `decoy`
 * is stored uncompressed at the start of the stream's data (say, a false `endstream`).
 */
export function pdfWithStreams(pages: Array<{ text: string; repeat: number; decoy?: string }>): Uint8Array {
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects: Array<string | Uint8Array[]> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    font,
  ];
  for (const [i, { text, repeat, decoy }] of pages.entries()) {
    const line = encode(textOp(text));
    const perChunk = Math.max(1, Math.min(repeat, Math.floor((64 * 1024) / line.length)));
    const chunk = concat(Array.from({ length: perChunk }, () => line));
    const pieces: Piece[] = decoy ? [{ data: encode(decoy), times: 1, level: 0 }] : [];
    pieces.push({ data: chunk, times: Math.floor(repeat / perChunk) });
    if (repeat % perChunk > 0) pieces.push({ data: concat(Array.from({ length: repeat % perChunk }, () => line)), times: 1 });
    objects.push(pageOf(5 + 2 * i), flateStream(zlibOf(pieces)));
  }
  return pdfOf(objects);
}

/** A PDF of `count` pages that all show one line from one shared content stream (a few dozen bytes a page). */
export function pdfOfPages(count: number): Uint8Array {
  const kids = Array.from({ length: count }, (_, i) => `${5 + i} 0 R`).join(' ');
  const pages = Array.from({ length: count }, () => pageOf(4));
  const contents = flateStream(zlibOf([{ data: encode(textOp('A page of its own.')), times: 1 }]));
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, font, contents, ...pages]);
}

/**
 * A PDF inside every budget that still takes pdf.js seconds to read: 2,000 pages (the page
 * budget), each with its own compressed stream of 40 lines.
 */
export function slowPdf(): Uint8Array {
  return pdfWithStreams(Array.from({ length: 2_000 }, (_, i) => ({ text: `Step ${i + 1} of the rollout plan`, repeat: 40 })));
}
