import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { DataSection } from '../data/data-section.js';
import type { Account } from './team-records.js';
import { useDeleteAccount } from './use-session.js';

/** Deleting your account and every record of it, confirmed by typing the account's email. */
export function DeleteAccountSection({ account }: { account: Account }) {
  const remove = useDeleteAccount();
  const [typed, setTyped] = useState('');
  const confirmed = typed.trim().toLowerCase() === account.email.toLowerCase();
  return (
    <DataSection
      title="Delete your account"
      intro="Your account, your sessions and every record of your workspace are deleted for good. Download your data first if you want to keep it."
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!confirmed) return;
          remove.mutate(typed.trim(), { onSuccess: () => showDone('Your account and every record of it were deleted') });
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="Type your email to confirm"
            description={account.email}
            autoComplete="off"
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              remove.reset();
            }}
            w={320}
          />
          <Button type="submit" color="red" disabled={!confirmed} loading={remove.isPending}>
            Delete my account
          </Button>
        </Group>
      </form>
      {remove.error && (
        <Alert color="red" title="Nothing was deleted">
          {errorMessage(remove.error)}
        </Alert>
      )}
    </DataSection>
  );
}
