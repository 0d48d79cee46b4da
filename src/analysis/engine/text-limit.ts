/**
 * Largest text a check takes: 1 MB of UTF-8. The same bound holds on every surface (a file or
 * standard input on the command line, the `text` of an HTTP request, an MCP tool argument), so
 * a text one of them accepts is never refused by another.
 */
export const MAX_TEXT_BYTES = 1024 * 1024;

/**
 * The length of `text` in UTF-8 bytes, counted without encoding it: the limit is checked in
 * the browser and on the server alike, and copying a megabyte only to measure it is waste.
 * A lone surrogate counts as the three bytes of the replacement character it is sent as.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether `text` is within `MAX_TEXT_BYTES`. Most texts are decided by their length alone (a
 * UTF-16 code unit is one to three bytes of UTF-8), so only a text near the limit is counted.
 */
export function fitsTextLimit(text: string): boolean {
  if (text.length > MAX_TEXT_BYTES) return false;
  if (text.length * 3 <= MAX_TEXT_BYTES) return true;
  return utf8Length(text) <= MAX_TEXT_BYTES;
}
