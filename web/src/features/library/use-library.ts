import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client.js';
import type {
  DocumentKind,
  DocumentSummary,
  DraftCheck,
  LibraryDocument,
  PageOf,
  SearchHit,
  TemplateSummary,
  TemplateWithQuestions,
} from './library-records.js';

/** The largest page a list route gives. */
const PAGE = 1_000;

/** Reads every record of a list route, a page at a time. */
export async function listAll<T>(path: string): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await api.get<PageOf<T>>(`${path}${query({ limit: PAGE, offset })}`);
    all.push(...page.items);
    if (page.items.length < PAGE) return all;
  }
}

/** Every document of the library, oldest first, without their texts. */
export function useDocuments() {
  return useQuery({ queryKey: ['library', 'all'], queryFn: () => listAll<DocumentSummary>('/api/library') });
}

/** One document with its text and the questions it answers; idle without an id. */
export function useDocument(id: string | null) {
  return useQuery({
    queryKey: ['library', 'one', id],
    queryFn: () => api.get<LibraryDocument>(`/api/library/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

/** What is recorded about documents as they are added. */
export interface UploadDetails {
  kind: DocumentKind | null;
  tags: string;
}

/** Adds one document to the library; the server answers with it and its questions. */
export function useUploadDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, details }: { file: File; details: UploadDetails }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (details.kind) form.append('kind', details.kind);
      if (details.tags.trim()) form.append('tags', details.tags);
      return api.post<LibraryDocument[]>('/api/library', form);
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Changes a document's title, kind, tags or rating. */
export function useUpdateDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<Pick<DocumentSummary, 'title' | 'kind' | 'tags' | 'rating'>> }) =>
      api.patch<DocumentSummary>(`/api/library/${encodeURIComponent(id)}`, patch),
    onSuccess: () => client.invalidateQueries(),
  });
}

/**
 * Refreshes everything but the deleted record itself: the view still open on it closes right
 * after, and asking the server for it again would only be answered with a 404.
 */
const allBut = (scope: string, id: string) => ({
  predicate: (q: { queryKey: readonly unknown[] }) => !(q.queryKey[0] === scope && q.queryKey[1] === 'one' && q.queryKey[2] === id),
});

/** Deletes a document; templates built from it keep their questions. */
export function useDeleteDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/library/${encodeURIComponent(id)}`),
    onSuccess: (_done, id) => client.invalidateQueries(allBut('library', id)),
  });
}

/** Every template, oldest first. */
export function useTemplates() {
  return useQuery({ queryKey: ['templates', 'all'], queryFn: () => listAll<TemplateSummary>('/api/templates') });
}

/** One template with its questions and sources; idle without an id. */
export function useTemplate(id: string | null) {
  return useQuery({
    queryKey: ['templates', 'one', id],
    queryFn: () => api.get<TemplateWithQuestions>(`/api/templates/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

/** Builds a template from library documents: the ordered union of their questions. */
export function useCreateTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; artifactIds: string[] }) => api.post<TemplateWithQuestions>('/api/templates', body),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Deletes a template; its documents stay in the library. */
export function useDeleteTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/templates/${encodeURIComponent(id)}`),
    onSuccess: (_done, id) => client.invalidateQueries(allBut('templates', id)),
  });
}

/** Checks a draft against a template; nothing is stored. */
export function useDraftCheck() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ template, file }: { template: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.post<DraftCheck>(`/api/templates/${encodeURIComponent(template)}/check`, form);
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Ranked full-text search of the library; idle while the words are blank. */
export function useLibrarySearch(words: string) {
  const q = words.trim();
  return useQuery({
    queryKey: ['library', 'search', q],
    queryFn: () => api.get<SearchHit[]>(`/api/library/search${query({ q, limit: 20 })}`),
    enabled: q !== '',
    placeholderData: (previous) => previous,
  });
}
