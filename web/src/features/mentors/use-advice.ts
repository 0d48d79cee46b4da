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

/** Marks that you circled back to the mentor about the advice, on a date (default today). */
export function useCircledBack() {
  return useSave((input: { id: string; on?: string }) => api.post<unknown>(`/api/advice/${id(input.id)}/circled-back`, { on: input.on }));
}
