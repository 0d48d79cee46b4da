import { uuidv7 } from 'uuidv7';

/**
 * The one id generator: UUIDv7, so ids sort by creation time on both databases and a backup
 * restored elsewhere keeps them unchanged.
 */
export type IdGenerator = () => string;

/** Default generator used by every surface. */
export const newId: IdGenerator = uuidv7;
