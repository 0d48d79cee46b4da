import { mentorCreate } from '../../mentors/schemas.js';
import { fieldLabel } from '../../records/field-labels.js';
import type { ContactRow } from './contact-row.js';

/** An address with one @, no spaces, and a dot in the domain: enough to catch a shifted column. */
const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;".]+$/;

/**
 * Why `contact` cannot become a mentor, as short reasons ("missing name", "invalid email
 * "bob(at)x"", "title over 300 characters"); empty when it can. The limits are the mentor
 * schema's, so an import accepts exactly what `mentor add` accepts.
 */
export function validateContact(contact: ContactRow): string[] {
  const reasons: string[] = [];
  if (contact.name.trim() === '') reasons.push('missing name');
  if (contact.email !== null && !EMAIL.test(contact.email)) reasons.push(`invalid email "${shorten(contact.email)}"`);
  const input = Object.fromEntries(
    Object.entries({
      name: contact.name.trim() === '' ? 'x' : contact.name,
      email: contact.email,
      profileUrl: contact.profileUrl,
      company: contact.company,
      title: contact.title,
      notes: contact.notes,
    }).filter(([, v]) => v !== null),
  );
  const parsed = mentorCreate.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const label = fieldLabel(issue.path);
      const field = /^[A-Z][a-z]/.test(label) ? `${label[0]?.toLowerCase()}${label.slice(1)}` : label;
      reasons.push(issue.code === 'too_big' ? `${field} over ${issue.maximum} characters` : `${field}: ${issue.message}`);
    }
  }
  return reasons;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
