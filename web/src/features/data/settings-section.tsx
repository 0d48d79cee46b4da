import { Alert, Button, Group, Loader, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import { type Level, levelOptions, type Me } from './data-records.js';
import { DataSection } from './data-section.js';
import { useMe, useUpdateMe } from './use-data.js';

/** The settings form, started from what the server has. */
function SettingsForm({ me }: { me: Me }) {
  const update = useUpdateMe();
  const [name, setName] = useState(me.name);
  const [role, setRole] = useState(me.role ?? '');
  const [level, setLevel] = useState<Level | null>(me.level);
  const changed = name !== me.name || role !== (me.role ?? '') || level !== me.level;
  const save = () =>
    update.mutate(
      { name: name.trim(), role: role.trim() === '' ? null : role.trim(), level },
      {
        onSuccess: () => showDone('Settings saved'),
        onError: (error) => showError('The settings were not saved', error),
      },
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Group align="flex-end">
        <TextInput label="Your name" value={name} onChange={(e) => setName(e.currentTarget.value)} required w={240} />
        <TextInput
          label="Your role"
          placeholder="e.g. Senior PM, Growth"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value)}
          w={260}
        />
        <Select label="Your level" data={levelOptions} value={level} onChange={(v) => setLevel(v as Level | null)} clearable w={260} />
        <Button type="submit" disabled={!changed || name.trim() === ''} loading={update.isPending}>
          Save settings
        </Button>
      </Group>
    </form>
  );
}

/** Your name, role and level, which the coach, the doctor and the report use. */
export function SettingsSection() {
  const me = useMe();
  return (
    <DataSection
      title="Settings"
      intro="Who you are in this workspace. At senior level and above, the doctor warns when every skill gap you work on is IQ."
    >
      {me.isPending ? (
        <Loader aria-label="Loading your settings" />
      ) : me.error ? (
        <Alert color="red" title="Your settings could not be read">
          {errorMessage(me.error)}
        </Alert>
      ) : (
        <SettingsForm key={me.data.updatedAt} me={me.data} />
      )}
    </DataSection>
  );
}
