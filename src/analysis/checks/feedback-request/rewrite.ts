import { months, occasionDeterminers, opposites, weekdays } from '../../data/feedback.js';
import type { RequestReading } from './read-request.js';

const determiners = new Set(occasionDeterminers);
const dayWords = new Set([...weekdays, ...months]);

/** The occasion as it reads after "During": "Tuesday's roadmap review", "[meeting] yesterday". */
function eventText(reading: RequestReading): string {
  const event = reading.event;
  if (!event) return '[event]';
  const text = event.text.replace(/\s+/g, ' ');
  if (event.kind === 'time') {
    const head = text.split(' ')[0]?.toLowerCase() ?? '';
    const on = dayWords.has(head.replace(/'s$/, '')) || /^\d/.test(head) ? 'on ' : '';
    return `[meeting] ${on}${on ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
  }
  const [first = '', ...rest] = text.split(' ');
  return determiners.has(first.toLowerCase()) ? [first.toLowerCase(), ...rest].join(' ') : text;
}

/**
 * The rewrite skeleton of SPEC §1.5, filled with what the request gives:
 * "During [event], did I come across as [trait] or [opposite]?".
 */
export function rewriteRequest(reading: RequestReading): string {
  const during = `During ${eventText(reading)}`;
  const trait = reading.focus.find((f) => f.kind === 'trait');
  const lead = reading.focus[0];
  const first = trait?.text.toLowerCase() ?? '[trait]';
  const offered = reading.contrast?.text.split(/\s+/).at(-1)?.toLowerCase();
  const second = offered && offered !== first ? offered : (opposites[first] ?? opposites[lead?.text.toLowerCase() ?? ''] ?? '[opposite]');
  if (!trait && lead?.kind === 'behaviour') return `${during}, did my ${lead.text.toLowerCase()} come across as [trait] or [opposite]?`;
  return `${during}, did I come across as ${first} or ${second}?`;
}
