import { useMutation, useQuery } from '@tanstack/react-query';
import { api, RequestError } from '../../api/client.js';
import { queryClient } from '../../api/query-client.js';
import { reportSessionEnded } from '../../api/session-ended.js';
import type { Account, Health } from './team-records.js';

const healthKey = ['health'];
const accountKey = ['account'];

/** Whether the server serves a team, asked once per load. */
export function useHealth() {
  return useQuery({ queryKey: healthKey, queryFn: () => api.get<Health>('/api/health'), staleTime: Number.POSITIVE_INFINITY });
}

/** The signed-in account, or null when no one is (the API answers 401). Only asked in team mode. */
export function useAccount(enabled = true) {
  return useQuery({
    queryKey: accountKey,
    enabled,
    queryFn: async () => {
      try {
        return await api.get<Account>('/api/account');
      } catch (error) {
        if (!(error instanceof RequestError && error.status === 401)) throw error;
        // Signed in until now: the session ended elsewhere (signed out everywhere, or expired).
        if (queryClient.getQueryData(accountKey)) reportSessionEnded(error);
        return null;
      }
    },
  });
}

/**
 * Who is signed in on a team server, or null in solo mode: what team-only parts of a page
 * (sharing, the team library) show for. Read from the session the gate already loaded.
 */
export function useTeamAccount(): Account | null {
  const health = useHealth();
  const team = health.data?.team === true;
  const account = useAccount(team);
  return team ? (account.data ?? null) : null;
}

/**
 * Starts the app over for `account` (null: no one is signed in): every record read for the
 * previous session is dropped, so nothing of one account shows to the next in this tab.
 */
export function startSession(account: Account | null): void {
  const previous = (q: { queryKey: readonly unknown[] }) => q.queryKey[0] !== healthKey[0] && q.queryKey[0] !== accountKey[0];
  void queryClient.cancelQueries({ predicate: previous });
  queryClient.removeQueries({ predicate: previous });
  queryClient.setQueryData(accountKey, account);
}

/** Forgets the session a request found gone; says whether someone was signed in until now. */
export function endSession(): boolean {
  const wasSignedIn = Boolean(queryClient.getQueryData<Account | null>(accountKey));
  startSession(null);
  return wasSignedIn;
}

/** Signs in with email and password; the server sets the session cookie. */
export function useSignIn() {
  return useMutation({
    mutationFn: async (credentials: { email: string; password: string }) => {
      await api.post('/api/auth/sign-in/email', credentials);
      return api.get<Account>('/api/account');
    },
    onSuccess: startSession,
  });
}

/** Ends this session (this browser). */
export function useSignOut() {
  return useMutation({
    mutationFn: () => api.post('/api/auth/sign-out'),
    onSuccess: () => startSession(null),
  });
}

/** Ends every session of the account, on every device, this one included. */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: () => api.post('/api/auth/revoke-sessions'),
    onSuccess: () => startSession(null),
  });
}

/** Deletes the signed-in account and every record of it; its email, typed again, confirms. */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: (confirmEmail: string) => api.delete<Account>('/api/account', { confirmEmail }),
    onSuccess: () => startSession(null),
  });
}

/** Accepts an invitation: makes the account and signs it in. */
export function useJoin() {
  return useMutation({
    mutationFn: (input: { token: string; name: string; email: string; password: string }) =>
      api.post<Account>('/api/invitations/accept', input),
    onSuccess: startSession,
  });
}
