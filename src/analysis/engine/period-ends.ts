/**
 * Ends of periods as candidate bounds: quarters and halves ("by end of Q2", "H1 2027"), this or
 * next quarter, year or month, years ("by 2027", "FY27") and months ("by March 2027").
 */
import { addDays, addMonths, type DateParts, daysInMonth, endOfMonth, isBefore } from './calendar.js';
import { B, E, type TimeCandidate } from './time-candidate.js';

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december'.split('|');
/** Month names and abbreviations to their number ("sept" → 9). */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries([
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
  ...MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1] as const),
  ['sept', 9] as const,
]);
const ORDINALS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const EDGE = '(?<edge>(?:the\\s+)?(?:very\\s+)?(?:end|close|start|beginning|middle|mid|early|late)(?:\\s+of|-)?\\s*(?:the\\s+)?)';
/** Month names and abbreviations as a regex alternation, longest first. */
export const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PREP = /(?:by|before|until|till|til|through|thru|in|during|for|at|on|within|from|to|no later than|deadline|due|[:(,-])\s*$/;

const QUARTER_RE = new RegExp(
  `${B}${EDGE}?(?:(?<y0>\\d{4})\\s*)?(?:q(?<q>[1-4])|(?<qw>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter)` +
    `(?:\\s*(?:of\\s+)?(?:fy\\s?)?(?<y>\\d{4})|\\s*(?:fy\\s?|[/'’-])(?<y2>\\d{2})|\\s+(?:of\\s+)?(?<ny>next|this)\\s+year)?${E}`,
  'gu',
);
const HALF_RE = new RegExp(
  `${B}${EDGE}?(?:h(?<h>[12])|(?<hw>first|second|1st|2nd)\\s+half)(?:\\s*(?:of\\s+)?(?:the\\s+year\\s*)?(?:fy\\s?)?(?<y>\\d{4})|\\s*(?:fy\\s?|[/'’-])(?<y2>\\d{2})|\\s+(?:of\\s+)?(?<ny>next|this)\\s+year)?${E}`,
  'gu',
);
const PERIOD_RE = new RegExp(
  `${B}(?:${EDGE}(?<rel>this|next|the|current|following)\\s+(?<unit>quarter|year|month|fiscal year|half|half-year)|(?<rel2>this|next|the current|the following|the coming|the upcoming|coming|upcoming)\\s+(?<unit2>quarter|year|month|half-year)|(?:within|during|inside)\\s+the\\s+(?<unit3>quarter|year|month)|(?<end>quarter|year|month)[- ]end|eo(?<eo>q|y|m))${E}`,
  'gu',
);
const YEAR_RE = new RegExp(
  `${B}(?:(?<prep>by|before|until|till|through|in|during|for|within|over)\\s+(?:the\\s+)?(?:(?:calendar|fiscal)\\s+year\\s+)?|(?:year[- ]end|eoy)\\s+|${EDGE}|(?<mid>mid|middle of)[\\s-]?)(?:fy\\s?)?(?<y>(?:19|20)\\d{2})${E}(?!\\s*[qh]\\d)|${B}fy\\s?(?<fy>\\d{4}|\\d{2})${E}`,
  'gu',
);
const MONTH_RE = new RegExp(
  `${B}${EDGE}?(?<m>${MONTH_ALT})(?:\\.(?=\\s*\\d))?(?:\\s*,?\\s*(?<y>\\d{4})|\\s*'(?<y2>\\d{2})|\\s+(?:of\\s+)?(?<ny>next|this)\\s+year)?${E}`,
  'gu',
);

const fullYear = (y: string | undefined): number | undefined =>
  y === undefined ? undefined : y.length === 2 ? 2000 + Number(y) : Number(y);

/** The day a period of `months` months starting at `first` resolves to, given the edge word before it. */
function edgeOf(edge: string | undefined, year: number, firstMonth: number, months: number, prep = ''): DateParts {
  const e = (edge ?? '').replace(/\b(?:the|very|of)\b|-/g, '').trim();
  const last = addMonths({ year, month: firstMonth, day: 1 }, months - 1);
  if (e === 'start' || e === 'beginning') return { year, month: firstMonth, day: 1 };
  if (e === 'early') {
    if (months === 1) return { year, month: firstMonth, day: Math.min(10, daysInMonth(year, firstMonth)) };
    const early = addMonths({ year, month: firstMonth, day: 1 }, Math.max(0, Math.round(months / 4) - 1));
    return endOfMonth(early.year, early.month);
  }
  if (e === 'mid' || e === 'middle') {
    if (months === 1) return { year, month: firstMonth, day: 15 };
    const middle = addMonths({ year, month: firstMonth, day: 1 }, Math.max(0, Math.floor(months / 2) - 1));
    return endOfMonth(middle.year, middle.month);
  }
  if (/before\s*$/.test(prep) && e === '') return addDays({ year, month: firstMonth, day: 1 }, -1);
  return endOfMonth(last.year, last.month);
}

/** Resolves a period (quarter, half, month) whose year may be missing: the next one not yet over. */
function nextPeriod(year: number | undefined, resolveIn: (y: number) => DateParts, relative?: string): (today: DateParts) => DateParts {
  return (today) => {
    if (year !== undefined) return resolveIn(year);
    if (relative === 'next') return resolveIn(today.year + 1);
    if (relative === 'this') return resolveIn(today.year);
    const thisYear = resolveIn(today.year);
    return isBefore(thisYear, today) ? resolveIn(today.year + 1) : thisYear;
  };
}

/** The period ends of the folded text, each resolved against the reference date. */
export function periodCandidates(lower: string): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const push = (m: RegExpMatchArray, resolve: TimeCandidate['resolve']) =>
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'period', resolve });
  // A quarter or half with no edge, year or preposition names a thing ("the Q2 OKRs"), not a time.
  const labelOnly = (m: RegExpMatchArray) => {
    const g = m.groups ?? {};
    return !g.edge && !g.y && !g.y2 && !g.y0 && !g.ny && !PREP.test(lower.slice(Math.max(0, (m.index ?? 0) - 16), m.index));
  };
  // Quarters and halves: "end of Q2 2027", "H1", "the first half of next year".
  for (const [regex, months] of [
    [QUARTER_RE, 3],
    [HALF_RE, 6],
  ] as const) {
    for (const m of lower.matchAll(regex)) {
      if (labelOnly(m)) continue;
      const g = m.groups ?? {};
      const n = g.q ? Number(g.q) : g.h ? Number(g.h) : (ORDINALS[g.qw ?? g.hw ?? ''] ?? 1);
      push(
        m,
        nextPeriod(fullYear(g.y ?? g.y2 ?? g.y0), (y) => edgeOf(g.edge, y, (n - 1) * months + 1, months), g.ny),
      );
    }
  }
  for (const m of lower.matchAll(PERIOD_RE)) {
    const g = m.groups ?? {};
    const unit = (g.unit ?? g.unit2 ?? g.unit3 ?? g.end ?? { q: 'quarter', y: 'year', m: 'month' }[g.eo ?? 'q'] ?? 'quarter').replace(
      'fiscal ',
      '',
    );
    const ahead = /next|following|coming/.test(g.rel ?? g.rel2 ?? '') ? 1 : 0;
    const months = unit === 'quarter' ? 3 : unit === 'year' ? 12 : /half/.test(unit) ? 6 : 1;
    push(m, (today) => {
      const first = months === 1 ? today.month : Math.floor((today.month - 1) / months) * months + 1;
      const start = addMonths({ year: today.year, month: first, day: 1 }, ahead * months);
      return edgeOf(g.edge, start.year, start.month, months);
    });
  }
  for (const m of lower.matchAll(YEAR_RE)) {
    const g = m.groups ?? {};
    const year = fullYear(g.y ?? g.fy) ?? 0;
    const prep = g.prep ?? '';
    push(m, () =>
      g.mid ? { year, month: 6, day: 30 } : prep === 'before' ? { year: year - 1, month: 12, day: 31 } : edgeOf(g.edge, year, 1, 12),
    );
  }
  for (const m of lower.matchAll(MONTH_RE)) {
    const g = m.groups ?? {};
    const year = fullYear(g.y ?? g.y2);
    const prep = lower.slice(Math.max(0, (m.index ?? 0) - 16), m.index);
    if (!g.edge && year === undefined && !g.ny && !PREP.test(prep)) continue;
    const month = MONTHS[g.m ?? ''] ?? 1;
    push(
      m,
      nextPeriod(year, (y) => edgeOf(g.edge, y, month, 1, prep), g.ny),
    );
  }
  return out;
}
