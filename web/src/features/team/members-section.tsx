import { Alert, Badge, Loader, Table } from '@mantine/core';
import { errorMessage } from '../../api/show-error.js';
import { DataSection } from '../data/data-section.js';
import { useMembers } from './use-team.js';

/** The team's accounts (admins): names, emails and roles, never anything of their workspaces. */
export function MembersSection() {
  const members = useMembers();
  return (
    <DataSection title="Members" intro="Everyone with an account here. You see who they are, never their notes.">
      {members.isPending ? (
        <Loader aria-label="Loading the members" />
      ) : members.error ? (
        <Alert color="red" title="The members could not be read">
          {errorMessage(members.error)}
        </Alert>
      ) : (
        <Table striped aria-label="Members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Since</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{m.email}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={m.role === 'admin' ? 'grape' : 'gray'}>
                    {m.role}
                  </Badge>
                </Table.Td>
                <Table.Td>{m.createdAt.slice(0, 10)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </DataSection>
  );
}
