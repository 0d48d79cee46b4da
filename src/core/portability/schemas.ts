/** The contact files `understudy import` reads. */
export const contactFormats = ['linkedin', 'vcard', 'csv'] as const;
export type ContactFormat = (typeof contactFormats)[number];
