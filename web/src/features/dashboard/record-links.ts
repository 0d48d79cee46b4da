import type { DoctorFinding, NextAction } from './dashboard-records.js';

/** A link to where something is looked at or done. */
export interface RecordLink {
  to: string;
  label: string;
}

/** One outcome: the outcomes page, scrolled to it and highlighted. */
export const outcomeHref = (id: string) => `/outcomes?focus=${encodeURIComponent(id)}`;
/** One skill gap: the skill gaps page, scrolled to it and highlighted. */
export const gapHref = (id: string) => `/gaps?focus=${encodeURIComponent(id)}`;
/** A mentor's own page: their history, advice, scores and cadence. */
export const mentorHref = (id: string) => `/mentors/${encodeURIComponent(id)}`;

/** Where an action is done: the mentor it concerns, else its outcome or skill gap. */
export function actionHref(action: NextAction): string | null {
  // Asking again is done on the Mirror page, where the earlier request and feedback are.
  if (action.kind === 'remeasure') return '/mirror';
  if (action.mentorId) return mentorHref(action.mentorId);
  if (action.outcomeId) return outcomeHref(action.outcomeId);
  if (action.kind === 'ask-feedback') return '/mirror';
  if (action.gapId) return gapHref(action.gapId);
  return null;
}

/** The step that fixes a pitfall, where one page does it directly. */
function fixLink(finding: DoctorFinding, mentorId: string | undefined): RecordLink | null {
  const mentor = mentorId ? `&mentor=${encodeURIComponent(mentorId)}` : '';
  switch (finding.pitfall) {
    case 'vague-ask':
      return { to: `/compose?kind=ask${mentor}`, label: 'Rewrite the ask' };
    case 'unclosed-loop':
      return { to: `/compose?kind=circle-back${mentor}`, label: 'Write the circle-back' };
    case 'no-mirror':
      return { to: '/mirror', label: 'Write a feedback request' };
    case 'iq-over-reliance':
      return { to: '/gaps', label: 'Name an EQ gap' };
    default:
      return null;
  }
}

/**
 * Links to every record a doctor finding names that has a page (mentors, outcomes, skill gaps;
 * messages, advice and relationships are shown on their mentor's page), then the fix itself.
 */
export function findingLinks(finding: DoctorFinding): RecordLink[] {
  const links: RecordLink[] = [];
  const seen = new Set<string>();
  const ofKind = (entity: string) => finding.records.filter((r) => r.entity === entity);
  const add = (link: RecordLink) => {
    if (seen.has(link.to)) return;
    seen.add(link.to);
    links.push(link);
  };
  const mentors = ofKind('mentors');
  const named = (entity: string, one: string, many: string, href: (id: string) => string) => {
    const records = ofKind(entity);
    records.forEach((r, i) => {
      add({ to: href(r.id), label: records.length > 1 ? `${many} ${i + 1}` : one });
    });
  };
  named('mentors', 'Open the mentor', 'Open mentor', mentorHref);
  named('outcomes', 'Open the outcome', 'Open outcome', outcomeHref);
  named('gaps', 'Open the skill gap', 'Open skill gap', gapHref);
  const fix = fixLink(finding, mentors[0]?.id);
  if (fix) add(fix);
  return links;
}
