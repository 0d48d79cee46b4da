import type { Mentor } from '../../mentors/schemas.js';
import type { ContactRow } from './contact-row.js';

/** The mentor fields an import fills; the rest keep their defaults. */
export type ContactFields = Pick<Mentor, 'name' | 'email' | 'profileUrl' | 'company' | 'title' | 'notes' | 'whereFound'>;

/** What an import will write, and what each row of the file came to. */
export interface ContactImportPlan {
  /** New mentors, complete rows ready to insert. */
  creates: Mentor[];
  /** Existing mentors and the empty fields the file fills. */
  updates: Array<{ id: string; patch: Partial<ContactFields> }>;
  created: number;
  merged: number;
  skipped: number;
  /** Ids of the mentors created or merged, in the order the file first names them. */
  mentorIds: string[];
}

const fillable = ['email', 'profileUrl', 'company', 'title', 'notes', 'whereFound'] as const;

interface Target {
  mentor: ContactFields & { id: string };
  row: Mentor | null;
  patch: Partial<ContactFields> | null;
}

/** An email compared case-insensitively. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** A profile URL compared without scheme, `www.`, fragment, trailing slash or case. */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '');
}

/** A name compared without case, diacritics or extra whitespace ("José  Núñez" = "jose nunez"). */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Decides, without writing, what each contact becomes. A contact is the same person as a
 * known mentor (or an earlier row) when the email matches, else the profile URL, else the
 * normalised name — unless the two have different emails or different URLs, which marks two
 * people who share a name. A match fills the mentor's empty fields and never overwrites a filled
 * one: the row counts as merged when it filled something and as skipped when it added nothing.
 * `existing` is read once by the caller, so planning costs no query per row.
 */
export function planContactImport(options: {
  contacts: ContactRow[];
  existing: Mentor[];
  whereFound: string;
  blank: number;
  build: (fields: ContactFields) => Mentor;
}): ContactImportPlan {
  const byEmail = new Map<string, Target>();
  const byUrl = new Map<string, Target>();
  const byName = new Map<string, Target[]>();
  const index = (t: Target) => {
    const m = t.mentor;
    if (m.email && !byEmail.has(emailKey(m.email))) byEmail.set(emailKey(m.email), t);
    if (m.profileUrl && !byUrl.has(urlKey(m.profileUrl))) byUrl.set(urlKey(m.profileUrl), t);
    const key = nameKey(m.name);
    const same = byName.get(key);
    if (!same) byName.set(key, [t]);
    else if (!same.includes(t)) same.push(t);
  };
  for (const mentor of options.existing) index({ mentor: { ...mentor }, row: null, patch: null });

  const plan: ContactImportPlan = { creates: [], updates: [], created: 0, merged: 0, skipped: options.blank, mentorIds: [] };
  const listed = new Set<string>();
  const list = (id: string) => {
    if (!listed.has(id)) plan.mentorIds.push(id);
    listed.add(id);
  };
  const touched: Target[] = [];
  for (const contact of options.contacts) {
    const fields: ContactFields = {
      name: contact.name.trim(),
      email: contact.email,
      profileUrl: contact.profileUrl,
      company: contact.company,
      title: contact.title,
      notes: contact.notes,
      whereFound: options.whereFound,
    };
    const target = findMatch(fields, byEmail, byUrl, byName);
    if (!target) {
      const row = options.build(fields);
      const created: Target = { mentor: row, row, patch: null };
      plan.creates.push(row);
      plan.created += 1;
      list(row.id);
      index(created);
      continue;
    }
    let filled = false;
    for (const field of fillable) {
      const value = fields[field];
      if (value === null || (target.mentor[field] ?? '') !== '') continue;
      target.mentor[field] = value;
      if (target.row) target.row[field] = value;
      else {
        if (!target.patch) touched.push(target);
        target.patch = { ...target.patch, [field]: value };
      }
      filled = true;
    }
    if (filled) {
      plan.merged += 1;
      list(target.mentor.id);
      index(target);
    } else {
      plan.skipped += 1;
    }
  }
  plan.updates = touched.map((t) => ({ id: t.mentor.id, patch: t.patch ?? {} }));
  return plan;
}

function findMatch(
  fields: ContactFields,
  byEmail: Map<string, Target>,
  byUrl: Map<string, Target>,
  byName: Map<string, Target[]>,
): Target | undefined {
  const email = fields.email ? byEmail.get(emailKey(fields.email)) : undefined;
  if (email) return email;
  const url = fields.profileUrl ? byUrl.get(urlKey(fields.profileUrl)) : undefined;
  if (url) return url;
  return byName.get(nameKey(fields.name))?.find((t) => !conflicts(t.mentor, fields));
}

/** Two records with different emails, or different profile URLs, are two people. */
function conflicts(known: ContactFields, incoming: ContactFields): boolean {
  const differ = (a: string | null, b: string | null, key: (v: string) => string) => Boolean(a && b && key(a) !== key(b));
  return differ(known.email, incoming.email, emailKey) || differ(known.profileUrl, incoming.profileUrl, urlKey);
}
