import { isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { dropUndefined } from '../records/create-record.js';
import { entities } from '../records/entities.js';
import { getRecord } from '../records/get-record.js';
import { parseInput } from '../records/parse-input.js';
import { type ActionItem, actionItemSchema, type Meeting, meetingSchema } from './schemas.js';

/** An action item agreed in a meeting. */
export interface ActionItemInput {
  text: string;
  dueOn?: string | undefined;
}

/** Action items one meeting may hold. */
const MAX_ACTION_ITEMS = 50;

/**
 * Logs a meeting (or any exchange) with a mentor: its date (default today, never in the
 * future: a logged meeting is a real interaction and resets the keep-in-touch clock), objective,
 * notes and action items with due dates, all in one transaction. An action item cannot be due
 * before the meeting; any invalid part refuses the whole meeting.
 */
export async function logMeeting(
  ctx: Context,
  options: {
    relationshipId: string;
    date?: string | undefined;
    objective?: string | undefined;
    notes?: string | undefined;
    durationMinutes?: number | undefined;
    actionItems?: readonly ActionItemInput[] | undefined;
  },
): Promise<{ meeting: Meeting; actionItems: ActionItem[] }> {
  const date = options.date ?? ctx.clock.today();
  if (!isIsoDate(date)) throw new AppError('invalid_input', `Invalid date "${date}": write it YYYY-MM-DD`);
  if (date > ctx.clock.today()) throw new AppError('invalid_input', `A meeting is logged once it happened, not in the future (${date})`);
  const items = options.actionItems ?? [];
  if (items.length > MAX_ACTION_ITEMS) throw new AppError('invalid_input', `A meeting holds at most ${MAX_ACTION_ITEMS} action items`);
  const now = ctx.clock.now();
  const meeting = parseInput(
    meetingSchema,
    {
      ...entities.meetings.defaults(ctx.clock),
      ...dropUndefined({ objective: options.objective, notes: options.notes, durationMinutes: options.durationMinutes }),
      id: ctx.newId(),
      userId: ctx.ws.userId,
      relationshipId: options.relationshipId,
      date,
      createdAt: now,
      updatedAt: now,
    },
    'meeting',
  );
  const actionItems = items.map((item, i) => {
    const row = parseInput(
      actionItemSchema,
      {
        ...entities.actionItems.defaults(),
        ...dropUndefined({ dueOn: item.dueOn }),
        id: ctx.newId(),
        userId: ctx.ws.userId,
        meetingId: meeting.id,
        text: item.text,
        createdAt: now,
        updatedAt: now,
      },
      `action item ${i + 1}`,
    );
    if (row.dueOn !== null && row.dueOn < date) {
      throw new AppError('invalid_input', `Action item ${i + 1} is due ${row.dueOn}, before the meeting (${date})`);
    }
    return row;
  });
  return ctx.ws.transaction(async (ws) => {
    await getRecord({ ws }, { entity: 'relationships', id: meeting.relationshipId });
    await ws.table('meetings').insert(meeting);
    for (const item of actionItems) await ws.table('actionItems').insert(item);
    return { meeting, actionItems };
  });
}
