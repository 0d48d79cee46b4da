import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Account, Invitation, InvitationRequest, TeamFigures } from './team-records.js';

/** The team's accounts: names, emails and roles (admins only). */
export function useMembers() {
  return useQuery({ queryKey: ['team-members'], queryFn: () => api.get<Account[]>('/api/team/members') });
}

/** Makes an invitation link (admins only); the link is in the answer and nowhere else. */
export function useInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: InvitationRequest) => api.post<Invitation>('/api/team/invitations', request),
    onSuccess: () => client.invalidateQueries({ queryKey: ['team-members'] }),
  });
}

/** The team's figures this month, counts only (admins only). */
export function useTeamFigures() {
  return useQuery({ queryKey: ['team-figures'], queryFn: () => api.get<TeamFigures>('/api/team/figures') });
}
