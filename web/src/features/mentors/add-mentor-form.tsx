import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import type { Mentor } from './mentor-records.js';
import { type MentorLink, type NewMentor, useAddMentor } from './use-mentors.js';

const emptyForm = {
  name: '',
  title: '',
  company: '',
  expertise: [] as string[],
  whereFound: '',
  email: '',
  profileUrl: '',
  personalInterests: [] as string[],
  excellenceScore: '' as string | number,
  explainingScore: '' as string | number,
};

/** The form's values as the API takes them: empty fields left out. */
function toMentor(form: typeof emptyForm): NewMentor {
  const text = (value: string) => value.trim() || undefined;
  const score = (value: string | number) => (typeof value === 'number' ? value : undefined);
  const mentor: NewMentor = { name: form.name.trim() };
  const optional: Omit<NewMentor, 'name'> = {
    title: text(form.title),
    company: text(form.company),
    expertise: form.expertise.length ? form.expertise : undefined,
    whereFound: text(form.whereFound),
    email: text(form.email),
    profileUrl: text(form.profileUrl),
    personalInterests: form.personalInterests.length ? form.personalInterests : undefined,
    excellenceScore: score(form.excellenceScore),
    explainingScore: score(form.explainingScore),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(mentor, { [key]: value });
  return mentor;
}

/**
 * "Add mentor": a mentor with the two scores, opened as a relationship at Prospect (serving
 * `link`'s gap or outcome when given); `onAdded` hears of the mentor saved.
 */
export function AddMentorForm({
  opened,
  onClose,
  link,
  onAdded,
}: {
  opened: boolean;
  onClose: () => void;
  link?: MentorLink;
  onAdded?: (mentor: Mentor) => void;
}) {
  const [form, setForm] = useState(emptyForm);
  const add = useAddMentor();
  const set =
    <K extends keyof typeof emptyForm>(key: K) =>
    (value: (typeof emptyForm)[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const close = () => {
    add.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { mentor: toMentor(form), link },
      {
        onSuccess: ({ mentor }) => {
          showDone(`Added ${mentor.name} at Prospect`);
          onAdded?.(mentor);
          setForm(emptyForm);
          close();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title="Add mentor" size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          {add.error && (
            <Alert color="red" title="The mentor was not added">
              {errorMessage(add.error)}
            </Alert>
          )}
          <TextInput label="Name" required value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} data-autofocus />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Title" value={form.title} onChange={(e) => set('title')(e.currentTarget.value)} />
            <TextInput label="Company" value={form.company} onChange={(e) => set('company')(e.currentTarget.value)} />
          </SimpleGrid>
          <TagsInput
            label="Expertise"
            description="Press Enter after each skill"
            value={form.expertise}
            onChange={set('expertise')}
            clearable
          />
          <TextInput
            label="Where found"
            description="The talk, post or podcast that showed their excellence"
            value={form.whereFound}
            onChange={(e) => set('whereFound')(e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Email" type="email" value={form.email} onChange={(e) => set('email')(e.currentTarget.value)} />
            <TextInput label="Profile URL" type="url" value={form.profileUrl} onChange={(e) => set('profileUrl')(e.currentTarget.value)} />
          </SimpleGrid>
          <TagsInput
            label="Personal interests"
            description="So the relationship is not only about asks"
            value={form.personalInterests}
            onChange={set('personalInterests')}
            clearable
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Proven Excellence (1–5)"
              description="World-class at this specific skill"
              min={1}
              max={5}
              allowDecimal={false}
              clampBehavior="strict"
              value={form.excellenceScore}
              onChange={set('excellenceScore')}
            />
            <NumberInput
              label="Explaining Power (1–5)"
              description="Can say how they do it"
              min={1}
              max={5}
              allowDecimal={false}
              clampBehavior="strict"
              value={form.explainingScore}
              onChange={set('explainingScore')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Save mentor
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
