import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { DemoLoaded, ImportResult, Level, Me, Restored } from './data-records.js';

/** You, as the workspace knows you: name, role and level. */
export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: () => api.get<Me>('/api/me') });
}

/** Changes your name, role or level. */
export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: { name?: string; role?: string | null; level?: Level | null }) => api.patch<Me>('/api/me', patch),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Restores a backup (its parsed JSON) into an empty workspace; a non-empty one is refused (409). */
export function useRestore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (backup: unknown) => api.post<Restored>('/api/restore', backup),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** A contact file and how to read it. */
export interface ContactUpload {
  file: File;
  /** `linkedin`, `vcard` or `csv`; empty to detect it from the file. */
  format: string;
  /** CSV columns by field, e.g. `name=Full Name,email=E-mail`; empty for the usual headers. */
  map: string;
  dryRun: boolean;
}

/** Imports contacts as mentors, or on a dry run only counts what it would do. */
export function useImportContacts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upload: ContactUpload) => {
      const form = new FormData();
      form.append('file', upload.file, upload.file.name);
      if (upload.format) form.append('format', upload.format);
      if (upload.map.trim()) form.append('map', upload.map.trim());
      form.append('dryRun', upload.dryRun ? 'true' : 'false');
      return api.post<ImportResult>('/api/import', form);
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Loads the two worked examples; a workspace with outcomes or mentors is refused (409). */
export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<DemoLoaded>('/api/demo'),
    onSuccess: () => client.invalidateQueries(),
  });
}
