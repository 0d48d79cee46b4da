/*
 * Counts what a DEFLATE stream (RFC 1951, optionally in a zlib wrapper, RFC 1950) inflates to
 * without inflating it. Every code is decoded as a decoder would, but nothing is written: a
 * literal counts one byte, a match its length. The work follows the compressed size, so a
 * stream that inflates to 300 MB is counted in milliseconds, in constant memory.
 *
 * The count must never fall short of what the readers behind it inflate: pako (inside jszip,
 * for DOCX), zlib (DecompressionStream, which pdf.js tries first) and pdf.js's own decoder
 * (its fallback). So the counter is as lenient as the most lenient of them: Huffman tables are
 * built as pdf.js builds them (incomplete or over-subscribed lengths are accepted, and only a
 * code missing from the table stops decoding), distances are not checked against the output,
 * and a stored block after a Huffman block is read either as the format says or, with
 * `pdfjsStoredBlocks`, as pdf.js reads it (after the whole bytes it has looked ahead).
 */

/** Raised inside the counter where a decoder stops: a missing code, a bad block, the end of the input. */
class Stop extends Error {}

/** Base and extra bits of the length codes 257–287, as `(extra << 16) | base`; 286 and 287 read as 258. */
const lengthCodes = [
  0x00003, 0x00004, 0x00005, 0x00006, 0x00007, 0x00008, 0x00009, 0x0000a, 0x1000b, 0x1000d, 0x1000f, 0x10011, 0x20013, 0x20017, 0x2001b,
  0x2001f, 0x30023, 0x3002b, 0x30033, 0x3003b, 0x40043, 0x40053, 0x40063, 0x40073, 0x50083, 0x500a3, 0x500c3, 0x500e3, 0x00102, 0x00102,
  0x00102,
];
/** Extra bits of the distance codes 0–29; codes 30 and 31, invalid, read none. */
const distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block lists the lengths of the code-length code. */
const codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A Huffman table: entries `(length << 16) | symbol` indexed by the next `maxLen` bits, and `maxLen`. */
type Table = [Int32Array, number];

/** Builds a lookup table from code lengths, entry for entry as pdf.js's `generateHuffmanTable` does. */
function huffmanTable(lengths: ArrayLike<number>): Table {
  let maxLen = 0;
  for (let i = 0; i < lengths.length; i++) maxLen = Math.max(maxLen, lengths[i] ?? 0);
  const size = 1 << maxLen;
  const codes = new Int32Array(size);
  for (let len = 1, code = 0, skip = 2; len <= maxLen; ++len, code <<= 1, skip <<= 1) {
    for (let symbol = 0; symbol < lengths.length; ++symbol) {
      if (lengths[symbol] !== len) continue;
      let reversed = 0;
      for (let i = 0, t = code; i < len; ++i, t >>= 1) reversed = (reversed << 1) | (t & 1);
      for (let i = reversed; i < size; i += skip) codes[i] = (len << 16) | symbol;
      ++code;
    }
  }
  return [codes, maxLen];
}

const fixedLiterals = huffmanTable(Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)));
const fixedDistances = huffmanTable(new Array<number>(30).fill(5));

/** What counting found: the bytes the stream inflates to (past `limit` when over it), where it stopped reading, and whether time ran out. */
interface Count {
  size: number;
  end: number;
  timedOut: boolean;
}

/**
 * How many bytes the DEFLATE stream at `start` inflates to, counted without inflating it (see
 * above). Stops at the final block, at `end` (default: the end of `bytes`), where a decoder
 * would stop on bad data, as soon as the count passes `limit`, or when `performance.now()`
 * passes `deadline`. With `zlibHeader`, the stream starts with the two bytes of a zlib header,
 * checked as pdf.js checks them; a stream without a valid one counts 0 (no reader inflates it).
 */
export function countInflated(
  bytes: Uint8Array,
  options: { start: number; end?: number; zlibHeader: boolean; pdfjsStoredBlocks: boolean; limit: number; deadline: number },
): Count {
  const end = Math.min(options.end ?? bytes.length, bytes.length);
  const { limit, deadline } = options;
  let pos = options.start;
  let buffer = 0;
  let count = 0;
  let size = 0;

  const bits = (n: number): number => {
    while (count < n) {
      if (pos >= end) throw new Stop();
      buffer |= (bytes[pos++] ?? 0) << count;
      count += 8;
    }
    const value = buffer & ((1 << n) - 1);
    buffer >>>= n;
    count -= n;
    return value;
  };
  const code = ([codes, maxLen]: Table): number => {
    while (count < maxLen && pos < end) {
      buffer |= (bytes[pos++] ?? 0) << count;
      count += 8;
    }
    const entry = codes[buffer & ((1 << maxLen) - 1)] ?? 0;
    const len = entry >> 16;
    if (len < 1 || count < len) throw new Stop();
    buffer >>>= len;
    count -= len;
    return entry & 0xffff;
  };
  const dynamicTables = (): [Table, Table] => {
    const literals = bits(5) + 257;
    const distances = bits(5) + 1;
    const lengthCodeCount = bits(4) + 4;
    const lengthCodeLengths = new Uint8Array(codeLengthOrder.length);
    for (let i = 0; i < lengthCodeCount; ++i) lengthCodeLengths[codeLengthOrder[i] ?? 0] = bits(3);
    const lengthTable = huffmanTable(lengthCodeLengths);
    const lengths = new Uint8Array(literals + distances);
    let previous = 0;
    for (let i = 0; i < lengths.length; ) {
      const symbol = code(lengthTable);
      if (symbol < 16) {
        lengths[i++] = previous = symbol;
        continue;
      }
      const [extra, base, value] = symbol === 16 ? [2, 3, previous] : symbol === 17 ? [3, 3, 0] : [7, 11, 0];
      if (symbol !== 16) previous = 0;
      for (let repeat = bits(extra) + base; repeat > 0; --repeat) lengths[i++] = value;
    }
    return [huffmanTable(lengths.subarray(0, literals)), huffmanTable(lengths.subarray(literals))];
  };

  if (options.zlibHeader) {
    const [cmf, flg] = [bytes[pos], bytes[pos + 1]];
    if (cmf === undefined || flg === undefined || pos + 1 >= end) return { size: 0, end: pos, timedOut: false };
    if ((cmf & 0x0f) !== 8 || ((cmf << 8) + flg) % 31 !== 0 || (flg & 0x20) !== 0) return { size: 0, end: pos, timedOut: false };
    pos += 2;
  }
  try {
    for (let final = false; !final; ) {
      if (performance.now() > deadline) return { size, end: pos, timedOut: true };
      const header = bits(3);
      final = (header & 1) === 1;
      const type = header >> 1;
      if (type === 0) {
        if (!options.pdfjsStoredBlocks) pos -= count >> 3;
        [buffer, count] = [0, 0];
        if (pos + 4 > end) break;
        const len = (bytes[pos] ?? 0) | ((bytes[pos + 1] ?? 0) << 8);
        const check = (bytes[pos + 2] ?? 0) | ((bytes[pos + 3] ?? 0) << 8);
        if (check !== (~len & 0xffff) && (len !== 0 || check !== 0)) break;
        const available = Math.min(len, end - pos - 4);
        size += available;
        pos += 4 + available;
        if (size > limit || available < len) break;
        continue;
      }
      if (type === 3) break;
      const [literals, distances] = type === 1 ? [fixedLiterals, fixedDistances] : dynamicTables();
      for (;;) {
        const symbol = code(literals);
        if (symbol < 256) {
          if (++size > limit) return { size, end: pos, timedOut: false };
          continue;
        }
        if (symbol === 256) break;
        const length = lengthCodes[symbol - 257] ?? 0;
        const lengthExtra = length >> 16;
        size += (length & 0xffff) + (lengthExtra > 0 ? bits(lengthExtra) : 0);
        const extra = distanceExtra[code(distances)] ?? 0;
        if (extra > 0) bits(extra);
        if (size > limit) return { size, end: pos, timedOut: false };
      }
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return { size, end: pos, timedOut: false };
}
