import { countInflated } from './count-inflated.js';
import { DocumentError } from './document.js';
import { documentBudgets } from './document-budgets.js';

const MB = 1024 * 1024;
const keyword = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"

/** Where `keyword` next occurs at or after `from`, or -1. */
function nextKeyword(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0x73, from); at >= 0; at = bytes.indexOf(0x73, at + 1)) {
    if (keyword.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}

/** Where a stream's data starts: after the end of the line its `stream` keyword is on, as pdf.js reads it. */
function dataStart(bytes: Uint8Array, afterKeyword: number): number {
  let at = afterKeyword;
  while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
  if (bytes[at] === 0x0d && bytes[at + 1] === 0x0a) return at + 2;
  return at + 1;
}

/** Page objects written out in the file (those inside compressed object streams are not seen): a lower bound of the page count. */
function pageObjects(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  return text.match(/\/Type\s*\/Page(?![A-Za-z0-9#])/g)?.length ?? 0;
}

/**
 * Checks a PDF against the PDF budgets before pdf.js opens it: opening already inflates the
 * cross-reference and object streams, and walks the whole page tree (seconds and hundreds of
 * megabytes for 100,000 pages). Refuses, with a `DocumentError` naming the budget, a file with
 * more page objects than `pdfPages`, one compressed stream over `pdfStreamBytes`, all of them
 * over `pdfInflatedBytes`, streams whose data overlap (read more than twice the file), or a
 * count that runs past `deadline` (a `performance.now()` time).
 *
 * Every `stream` keyword starts a candidate; one whose data begins with a zlib header is
 * counted as it would inflate (`countInflated`), however its filter is written (directly,
 * abbreviated or by reference). A stream is read on to its final block rather than to the next
 * `endstream`, which its data could contain, and counted as both zlib and pdf.js would read it.
 */
export function verifyPdf(bytes: Uint8Array, deadline: number): void {
  const { pdfStreamBytes, pdfInflatedBytes, pdfPages } = documentBudgets;
  const pages = pageObjects(bytes);
  if (pages > pdfPages) {
    const [count, limit] = [pages, pdfPages].map((n) => n.toLocaleString('en-US'));
    throw new DocumentError(`has ${count} pages, more than ${limit} (the page budget for a PDF)`);
  }
  const inputBudget = 2 * bytes.length + 64 * 1024;
  let total = 0;
  let input = 0;
  for (let at = nextKeyword(bytes, 0); at >= 0; at = nextKeyword(bytes, at + keyword.length)) {
    const isEnd = bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64; // "endstream"
    if (isEnd) continue;
    const start = dataStart(bytes, at + keyword.length);
    const limit = Math.min(pdfStreamBytes, pdfInflatedBytes - total);
    let [size, read] = [0, 0];
    for (const pdfjsStoredBlocks of [false, true]) {
      const count = countInflated(bytes, { start, zlibHeader: true, pdfjsStoredBlocks, limit, deadline });
      if (count.timedOut) throw new DocumentError(`takes more than ${documentBudgets.seconds} s to read (the time budget for a document)`);
      [size, read] = [Math.max(size, count.size), Math.max(read, count.end - start)];
      if (size > limit) break;
    }
    input += read;
    if (size > pdfStreamBytes) {
      throw new DocumentError(
        `has a compressed stream that inflates to more than ${pdfStreamBytes / MB} MB (the budget for one PDF stream)`,
      );
    }
    total += size;
    if (total > pdfInflatedBytes) throw new DocumentError(`inflates to more than ${pdfInflatedBytes / MB} MB (the budget for a PDF)`);
    if (input > inputBudget) throw new DocumentError('is not a readable PDF file (its compressed streams overlap)');
  }
}
