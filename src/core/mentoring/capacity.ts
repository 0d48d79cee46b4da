import type { MentorOffer } from './schemas.js';

/** How many new asks a mentor can still take this month, and when they will have room again. */
export interface Capacity {
  /** New asks a month the mentor offers. */
  asksPerMonth: number;
  /** First asks they received this calendar month. */
  used: number;
  /** Whether a new ask can go to them now. */
  available: boolean;
  /** When they have room again (`YYYY-MM-DD`, the first of next month) when they have none now. */
  roomFrom: string | null;
}

/** The first moment of the calendar month of `today` (UTC), as an ISO timestamp: where this month's count starts. */
export function monthStart(today: string): string {
  return `${today.slice(0, 7)}-01T00:00:00.000Z`;
}

/** The first day of the month after `today`'s. */
export function nextMonthStart(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * A mentor's capacity this month: the offer's new asks a month against the first asks received
 * since the month began. A new ask is a mentee's first message in the app to them; follow-ups,
 * circle-backs and the rest of a conversation under way never count.
 */
export function capacityOf(offer: Pick<MentorOffer, 'asksPerMonth'>, used: number, today: string): Capacity {
  const available = used < offer.asksPerMonth;
  return { asksPerMonth: offer.asksPerMonth, used, available, roomFrom: available ? null : nextMonthStart(today) };
}

/** One line saying when a mentor at capacity has room again: "no capacity until 2027-01-01". */
export function capacityReason(name: string, capacity: Capacity): string {
  if (capacity.available) return `${name} takes ${capacity.asksPerMonth - capacity.used} more new ask(s) this month`;
  if (capacity.asksPerMonth === 0) return `${name} takes no new asks for now (${capacity.roomFrom} at the earliest)`;
  return `${name} has no capacity until ${capacity.roomFrom} (${capacity.used} of ${capacity.asksPerMonth} new asks this month)`;
}
