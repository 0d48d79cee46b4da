import { countInflated } from './count-inflated.js';
import { DocumentError } from './document.js';
import { documentBudgets } from './document-budgets.js';

/** An entry of the archive's central directory: where its data is and what it declares. */
interface Entry {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

const damaged = () => new DocumentError('is not a readable DOCX file (the archive is damaged)');
const MB = 1024 * 1024;
const overXml = () => new DocumentError(`inflates to more than ${documentBudgets.docxXmlBytes / MB} MB of XML (the budget for a DOCX)`);

/** Reads little-endian numbers from the archive; a read past its end is a damaged archive. */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const checked = (at: number, size: number) => {
    if (at < 0 || at + size > bytes.length) throw damaged();
    return at;
  };
  return {
    u16: (at: number) => view.getUint16(checked(at, 2), true),
    u32: (at: number) => view.getUint32(checked(at, 4), true),
    u64: (at: number) => Number(view.getBigUint64(checked(at, 8), true)),
  };
}

/** Where the central directory is, how many entries it has, and how far the archive is shifted (bytes before it). */
function endOfDirectory(bytes: Uint8Array): { entries: number; offset: number; shift: number } {
  const read = reader(bytes);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (read.u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged();
  let entries = read.u16(end + 10);
  let size = read.u32(end + 12);
  let offset = read.u32(end + 16);
  let directoryEnd = end;
  if ((entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && read.u32(end - 20) === 0x07064b50) {
    const zip64 = read.u64(end - 12);
    if (read.u32(zip64) !== 0x06064b50) throw damaged();
    [entries, size, offset, directoryEnd] = [read.u64(zip64 + 32), read.u64(zip64 + 40), read.u64(zip64 + 48), zip64];
  }
  // Bytes written before the archive (as jszip allows) shift every offset by the same amount.
  const shift = directoryEnd - (offset + size);
  if (shift < 0) throw damaged();
  return { entries, offset: offset + shift, shift };
}

/** The central directory's entries, with ZIP64 sizes and offsets read from their extra fields. */
function entriesOf(bytes: Uint8Array): Entry[] {
  const read = reader(bytes);
  const { entries: count, offset, shift } = endOfDirectory(bytes);
  if (count > documentBudgets.docxEntries) {
    throw new DocumentError(`has more than ${documentBudgets.docxEntries.toLocaleString('en-US')} parts (the budget for a DOCX)`);
  }
  const entries: Entry[] = [];
  for (let at = offset, i = 0; i < count; i++) {
    if (read.u32(at) !== 0x02014b50) throw damaged();
    const [nameLength, extraLength, commentLength] = [read.u16(at + 28), read.u16(at + 30), read.u16(at + 32)];
    const entry: Entry = {
      name: bytes.subarray(at + 46, at + 46 + nameLength),
      flags: read.u16(at + 8),
      method: read.u16(at + 10),
      crc: read.u32(at + 16),
      compressed: read.u32(at + 20),
      size: read.u32(at + 24),
      offset: read.u32(at + 42),
    };
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength; ) {
      const [id, length] = [read.u16(extra), read.u16(extra + 2)];
      if (id === 1) {
        let field = extra + 4;
        for (const key of ['size', 'compressed', 'offset'] as const) {
          if (entry[key] !== 0xffffffff) continue;
          entry[key] = read.u64(field);
          field += 8;
        }
      }
      extra += 4 + length;
    }
    entry.offset += shift;
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Whether mammoth reads the part as text: the XML parts, their relationships and an embedded style map. */
function isTextPart(name: Uint8Array): boolean {
  const text = String.fromCharCode(...name.subarray(-32)).toLowerCase();
  return text.endsWith('.xml') || text.endsWith('.rels') || text.endsWith('mammoth/style-map');
}

/** Writes a stored-as-is archive of the verified parts: their compressed data, with the sizes counted. */
function archiveOf(parts: Array<{ entry: Entry; data: Uint8Array }>): Uint8Array<ArrayBuffer> {
  const total = parts.reduce((sum, { entry, data }) => sum + 76 + 2 * entry.name.length + data.length, 22);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const header = (signature: number, entry: Entry, central: boolean) => {
    view.setUint32(at, signature, true);
    const shift = central ? 2 : 0;
    if (central) view.setUint16(at + 4, 20, true);
    view.setUint16(at + 4 + shift, 20, true);
    view.setUint16(at + 6 + shift, entry.flags & 0x0800, true);
    view.setUint16(at + 8 + shift, entry.method, true);
    view.setUint32(at + 14 + shift, entry.crc, true);
    view.setUint32(at + 18 + shift, entry.compressed, true);
    view.setUint32(at + 22 + shift, entry.size, true);
    view.setUint16(at + 26 + shift, entry.name.length, true);
  };
  const offsets: number[] = [];
  for (const { entry, data } of parts) {
    offsets.push(at);
    header(0x04034b50, entry, false);
    out.set(entry.name, at + 30);
    out.set(data, at + 30 + entry.name.length);
    at += 30 + entry.name.length + data.length;
  }
  const directory = at;
  for (const [i, { entry }] of parts.entries()) {
    header(0x02014b50, entry, true);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(entry.name, at + 46);
    at += 46 + entry.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

/**
 * Checks a DOCX archive against the DOCX budgets before anything inflates it, and returns the
 * archive mammoth is given: only the text parts, exactly as verified. The central directory's
 * entry count and the sizes its text parts declare are checked first; then each part's data is
 * counted as it would inflate (`countInflated`), since declared sizes can lie. A part whose count
 * differs from its declared size is a damaged archive, as jszip would find after inflating it.
 * Images and other binary parts are left out unread (mammoth is asked for no images).
 */
export function verifyDocx(bytes: Uint8Array, deadline: number): Uint8Array<ArrayBuffer> {
  const read = reader(bytes);
  const parts = entriesOf(bytes).filter((entry) => isTextPart(entry.name));
  if (parts.reduce((sum, entry) => sum + entry.size, 0) > documentBudgets.docxXmlBytes) throw overXml();
  let left = documentBudgets.docxXmlBytes;
  const verified: Array<{ entry: Entry; data: Uint8Array }> = [];
  for (const entry of parts) {
    if ((entry.flags & 1) !== 0 || (entry.method !== 0 && entry.method !== 8)) throw damaged();
    if (read.u32(entry.offset) !== 0x04034b50) throw damaged();
    const start = entry.offset + 30 + read.u16(entry.offset + 26) + read.u16(entry.offset + 28);
    if (start + entry.compressed > bytes.length) throw damaged();
    const data = bytes.subarray(start, start + entry.compressed);
    const count =
      entry.method === 0
        ? { size: data.length, timedOut: false }
        : countInflated(data, { start: 0, zlibHeader: false, pdfjsStoredBlocks: false, limit: left, deadline });
    if (count.timedOut) throw new DocumentError(`takes more than ${documentBudgets.seconds} s to read (the time budget for a document)`);
    if (count.size > left) throw overXml();
    if (count.size !== entry.size) throw damaged();
    left -= count.size;
    verified.push({ entry, data });
  }
  return archiveOf(verified);
}
