import { Alert, Button, Group, Stack, TagsInput, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import type { Mentor } from './mentor-records.js';
import { useUpdateMentor } from './use-mentor.js';

/** The personal interests of the mentor, editable: they keep the relationship from being transactional. */
export function PersonalInterests({ mentor }: { mentor: Mentor }) {
  const [interests, setInterests] = useState(mentor.personalInterests);
  const save = useUpdateMentor(mentor.id);
  const changed = interests.join('\u0000') !== mentor.personalInterests.join('\u0000');
  return (
    <Stack gap="xs">
      <Title order={3}>Personal interests</Title>
      <TagsInput
        label="Personal interests"
        description="Press Enter after each; so the relationship is not only about asks"
        value={interests}
        onChange={setInterests}
        clearable
      />
      {save.error && (
        <Alert color="red" title="Not saved">
          {errorMessage(save.error)}
        </Alert>
      )}
      <Group>
        <Button
          variant="light"
          disabled={!changed}
          loading={save.isPending}
          onClick={() => save.mutate({ personalInterests: interests }, { onSuccess: () => showDone('Personal interests saved') })}
        >
          Save interests
        </Button>
      </Group>
    </Stack>
  );
}
