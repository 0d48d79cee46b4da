import { api } from '../../api/client.js';
import type { Advice, CapturedAdvice, Message } from './mentor-records.js';
import { useSave } from './use-mentor.js';

const id = (value: string) => encodeURIComponent(value);

/** Lists the pieces of advice in a logged reply and stores each, ready to be tracked. */
export function useCaptureAdvice() {
  return useSave((messageId: string) => api.post<CapturedAdvice>('/api/advice/capture', { messageId }));
}

/** Logs a mentor's reply, then captures the advice in it. */
export function useLogReply() {
  return useSave(async (input: { relationshipId: string; body: string; sentOn?: string }) => {
    const logged = await api.post<{ message: Message }>('/api/messages', { ...input, kind: 'reply' });
    return api.post<CapturedAdvice>('/api/advice/capture', { messageId: logged.message.id });
  });
}

/** Adds a piece of advice by hand (given in a meeting, say). */
export function useAddAdvice() {
  return useSave((input: { relationshipId: string; text: string }) => api.post<Advice>('/api/advice', input));
}

/** Marks advice applied, on a date (default today) and in a context. */
export function useApplyAdvice() {
  return useSave((input: { id: string; on?: string; context: string }) =>
    api.post<unknown>(`/api/advice/${id(input.id)}/apply`, { on: input.on, context: input.context }),
  );
}

/** Records what happened when the advice was applied. */
export function useAdviceResult() {
  return useSave((input: { id: string; result: string }) =>
    api.post<unknown>(`/api/advice/${id(input.id)}/result`, { result: input.result }),
  );
}

/**
 * Closes the loop on advice whose circle-back message named it before its result was
 * recorded: the server circles it back on that message's date, or says why not.
 */
export function useCloseLoop() {
  return useSave((adviceId: string) => api.post<unknown>(`/api/advice/${id(adviceId)}/circled-back`, {}));
}

/** Corrects a piece of advice: its words, or the day its result is expected (null: the default). */
export function useEditAdvice() {
  return useSave((input: { id: string; text?: string; resultExpectedOn?: string | null }) => {
    const { id: adviceId, ...patch } = input;
    return api.patch<Advice>(`/api/advice/${id(adviceId)}`, patch);
  });
}

/** Merges pieces of advice that are one instruction; the first keeps its id and steps. */
export function useMergeAdvice() {
  return useSave((adviceIds: string[]) => api.post<Advice>('/api/advice/merge', { adviceIds }));
}

/** Removes a piece that is not advice (a fragment, a greeting). */
export function useRemoveAdvice() {
  return useSave((adviceId: string) => api.delete(`/api/advice/${id(adviceId)}`));
}
