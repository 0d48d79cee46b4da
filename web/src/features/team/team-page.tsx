import { Stack, Text, Title } from '@mantine/core';
import { DataSection } from '../data/data-section.js';
import { InviteSection } from './invite-section.js';
import { MembersSection } from './members-section.js';

/**
 * The team, for admins: invitations by link and the member list. An admin manages who is in
 * the team; no one, admins included, reads another member's workspace.
 */
export function TeamPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Team</Title>
        <Text c="dimmed">Invite people and see who has an account.</Text>
      </div>
      <InviteSection />
      <MembersSection />
      {/*
        PLACEHOLDER — team figures and the team library.
        `GET /api/team/figures` (counts across the team, never anyone's notes) and
        `GET /api/team/library` (documents and templates members shared) are being added to
        the server; their sections go here, each in its own component file beside this one.
      */}
      <DataSection
        title="Team figures and the team library"
        intro="Coming here: how the team is doing in numbers (never anyone’s notes), and the documents and templates members chose to share."
      >
        <Text size="sm" c="dimmed">
          Not available on this server yet.
        </Text>
      </DataSection>
    </Stack>
  );
}
