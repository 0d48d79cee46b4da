import type { InboxKind } from './schemas.js';

/** Something arrived in a member's inbox in the app: who sent what, never its text. */
export interface ArrivalNotice {
  /** The recipient's account id. */
  toUserId: string;
  fromName: string;
  kind: InboxKind;
  conversationId: string;
}

/**
 * Tells a member that something arrived in their inbox (by email in a team server with mail).
 * Called after the message is committed; it never fails the sending, and a notice that cannot
 * go is reported on the server's terminal only.
 */
export interface Notices {
  arrived(notice: ArrivalNotice): void;
}
