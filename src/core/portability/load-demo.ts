import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { demoCalendar } from './demo-calendar.js';
import { demoGrowth } from './demo-growth.js';
import { demoPresence } from './demo-presence.js';

/**
 * Loads the framework's two worked examples as real records, dated back from today so that
 * reminders and the doctor see a live workspace: (a) a PM new to Growth who earned monthly
 * office hours with a monetization leader through one small ask, and studies pricing-experiment
 * documents in the library; (b) a senior PM who uses a trusted peer as a mirror for executive
 * presence. Every message passes its own check, and on the day it is loaded (and for the week
 * after) the doctor finds nothing: the demo shows the loop done right. Refuses a workspace that
 * already has data; two loads (or a load and a restore) at once run one after the other, and the second is refused.
 */
export async function loadDemo(ctx: Context): Promise<{ outcomes: number; mentors: number }> {
  await ctx.ws.transaction(async (ws) => {
    // The profile is the first write, as in a restore: on PostgreSQL it holds the user's row, so a
    // second demo or a restore at the same moment waits here and then finds this one's records.
    await ws.updateProfile({ name: 'Alex Rivera', role: 'Senior Product Manager, Growth', level: 'senior', updatedAt: ctx.clock.now() });
    const outcomes = await ws.table('outcomes').list(undefined, { limit: 1, offset: 0 });
    const mentors = await ws.table('mentors').list(undefined, { limit: 1, offset: 0 });
    // The demo fills the library too: a document or template there already would collide with it.
    const artifacts = await ws.table('artifacts').list(undefined, { limit: 1, offset: 0 });
    const templates = await ws.table('templates').list(undefined, { limit: 1, offset: 0 });
    if (outcomes.length + mentors.length + artifacts.length + templates.length > 0) {
      throw new AppError('conflict', 'The workspace already has records; load the demo into a new database');
    }
    // Dated steps are written with a clock fixed on their day, as if logged when they happened.
    const cal = demoCalendar(ctx, ws);
    await demoGrowth(cal);
    await demoPresence(cal);
  });
  return { outcomes: 2, mentors: 2 };
}
