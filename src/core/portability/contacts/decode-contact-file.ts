import { AppError } from '../../errors.js';

/**
 * The text of a contact file from its bytes, refusing what is not UTF-8 text the way the API
 * does: bytes that are not UTF-8 (a Latin-1 or UTF-16 export) and binary files (U+0000), each
 * in one line naming the file. A decoder that replaced bad bytes with U+FFFD would import
 * mangled names without a word. A byte order mark is dropped.
 */
export function decodeContactFile(fileName: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid_input', `${fileName} is not UTF-8 text; save it as UTF-8 CSV or vCard and try again`);
  }
  if (text.includes('\u0000')) throw new AppError('invalid_input', `${fileName} looks binary, not a CSV or vCard file`);
  return text;
}
