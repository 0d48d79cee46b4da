import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client.js';
import type { Account } from '../team/team-records.js';
import {
  ownSharedIds,
  type Shareable,
  type SharedDocument,
  type SharedDocumentSummary,
  type SharedHit,
  type SharedTemplate,
  type SharedTemplateSummary,
  type ShareState,
} from './team-library-records.js';
import { listAll } from './use-library.js';

/** Every query of the team library starts with this key, so one invalidation refreshes them all. */
const scope = 'team-library';

/** Every document members shared, the most recently shared first; idle in solo mode. */
export function useTeamDocuments(enabled: boolean) {
  return useQuery({
    queryKey: [scope, 'documents'],
    queryFn: () => listAll<SharedDocumentSummary>('/api/team/library'),
    enabled,
  });
}

/** Every template members shared, the most recently shared first; idle in solo mode. */
export function useTeamTemplates(enabled: boolean) {
  return useQuery({
    queryKey: [scope, 'templates'],
    queryFn: () => listAll<SharedTemplateSummary>('/api/team/templates'),
    enabled,
  });
}

/** One shared document with its text, questions and owner; idle without an id. */
export function useTeamDocument(id: string | null) {
  return useQuery({
    queryKey: [scope, 'document', id],
    queryFn: () => api.get<SharedDocument>(`/api/team/library/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

/** One shared template with its questions and owner; idle without an id. */
export function useTeamTemplate(id: string | null) {
  return useQuery({
    queryKey: [scope, 'template', id],
    queryFn: () => api.get<SharedTemplate>(`/api/team/templates/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

/** Ranked full-text search of the shared documents; idle while the words are blank. */
export function useTeamSearch(words: string) {
  const q = words.trim();
  return useQuery({
    queryKey: [scope, 'search', q],
    queryFn: async () => (await api.get<{ items: SharedHit[] }>(`/api/team/library${query({ q, limit: 20 })}`)).items,
    enabled: q !== '',
    placeholderData: (previous) => previous,
  });
}

/** Which of the member's own documents and templates are shared; `known` is false until both lists are read. */
export interface OwnShared {
  documents: Set<string>;
  templates: Set<string>;
  known: boolean;
}

/** Which of the signed-in member's documents and templates are shared; null in solo mode. */
export function useOwnShared(account: Account | null): OwnShared | null {
  const documents = useTeamDocuments(account !== null);
  const templates = useTeamTemplates(account !== null);
  if (!account) return null;
  return {
    documents: ownSharedIds(documents.data, account.id),
    templates: ownSharedIds(templates.data, account.id),
    known: documents.isSuccess && templates.isSuccess,
  };
}

/**
 * Shares one of the member's own documents or templates with the team, or stops sharing it.
 * It stays pending until the team library is read again, so a switch never shows a stale state.
 */
export function useShare() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, shared }: { kind: Shareable; id: string; shared: boolean }) =>
      api.post<ShareState>(`/api/${kind === 'document' ? 'library' : 'templates'}/${encodeURIComponent(id)}/share`, { shared }),
    onSuccess: () => client.invalidateQueries({ queryKey: [scope] }),
  });
}
