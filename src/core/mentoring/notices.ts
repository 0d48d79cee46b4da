import type { InboxKind, OfficeHourBooking } from './schemas.js';

/** Something arrived in a member's inbox in the app: who sent what, never its text. */
export interface ArrivalNotice {
  /** The recipient's account id. */
  toUserId: string;
  fromName: string;
  kind: InboxKind;
  conversationId: string;
}

/** Office hours booked or cancelled by one of their two people: the other is told. */
export interface OfficeHoursNotice {
  /** The other person's account id: the mentor when the mentee booked, whoever did not cancel. */
  toUserId: string;
  /** The name of the one who booked or cancelled. */
  fromName: string;
  event: 'booked' | 'cancelled';
  booking: OfficeHourBooking;
}

/**
 * Tells a member that something arrived in their inbox (by email in a team server with mail).
 * Called after the message is committed; it never fails the sending, and a notice that cannot
 * go is reported on the server's terminal only.
 */
export interface Notices {
  arrived(notice: ArrivalNotice): void;
  /** Office hours were booked with the recipient, or cancelled: with the calendar's update. */
  officeHours(notice: OfficeHoursNotice): void;
}
