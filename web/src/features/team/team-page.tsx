import { Stack, Text, Title } from '@mantine/core';
import { InviteSection } from './invite-section.js';
import { MembersSection } from './members-section.js';
import { TeamFiguresSection } from './team-figures-section.js';

/**
 * The team, for admins: invitations by link, the member list and the team's figures. An admin
 * manages who is in the team and sees counts; no one, admins included, reads another member's
 * workspace.
 */
export function TeamPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Team</Title>
        <Text c="dimmed">Invite people, see who has an account and how the team is doing.</Text>
      </div>
      <InviteSection />
      <MembersSection />
      <TeamFiguresSection />
    </Stack>
  );
}
