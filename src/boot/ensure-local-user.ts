import type { Clock } from '../core/clock.js';
import type { Store } from '../core/ports.js';
import type { User } from '../core/users/schemas.js';

/** The id of the implicit user of solo mode. */
export const LOCAL_USER_ID = 'local';

/**
 * Returns the solo-mode user, creating it on first use. Every row belongs to a user, so a
 * shared server can later host several without changing what rows mean.
 */
export async function ensureLocalUser(store: Store, clock: Clock): Promise<User> {
  const found = await store.getUser(LOCAL_USER_ID);
  if (found) return found;
  const now = clock.now();
  const user: User = { id: LOCAL_USER_ID, name: 'Me', role: null, level: null, createdAt: now, updatedAt: now };
  await store.insertUser(user);
  return user;
}
