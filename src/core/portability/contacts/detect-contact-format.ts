import type { ContactFormat } from '../schemas.js';
import { findLinkedinHeader } from './parse-linkedin.js';

/**
 * Tells a contact file's format from its content, then its name: a file that starts with
 * BEGIN:VCARD (or is named `.vcf`/`.vcard`) is vCard, a CSV whose header is LinkedIn's
 * (`First Name,Last Name,…`, possibly under notes) is a LinkedIn export, anything else is CSV.
 */
export function detectContactFormat(fileName: string, text: string): ContactFormat {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^BEGIN:VCARD/i.test(head) || /\.(vcf|vcard)$/i.test(fileName)) return 'vcard';
  if (findLinkedinHeader(text) !== null) return 'linkedin';
  return 'csv';
}
