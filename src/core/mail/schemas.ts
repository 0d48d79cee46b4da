import { z } from 'zod';

/** How often a member is sent a digest of their next actions: never, every day or every week. */
export const digestChoices = ['off', 'daily', 'weekly'] as const;
export type DigestChoice = (typeof digestChoices)[number];

/** What a member chose to receive by email. */
export interface MailSettings {
  digest: DigestChoice;
  /** A notice when an ask or a reply arrives in their inbox in the app. */
  notices: boolean;
}

/**
 * The settings of a member who never chose: no digest (nothing about one's own work leaves the
 * server until the member asks for it), and notices on (they say only who sent what kind of
 * message, never its text, and an ask unanswered for want of a notice is the failure to avoid).
 */
export const defaultMailSettings: Readonly<MailSettings> = Object.freeze({ digest: 'off', notices: true });

/** A change of a member's mail settings: either or both. */
export const mailSettingsChange = z
  .object({
    digest: z.enum(digestChoices).optional(),
    notices: z.boolean().optional(),
  })
  .strict();
export type MailSettingsChange = z.infer<typeof mailSettingsChange>;
