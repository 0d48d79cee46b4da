import { Select } from '@mantine/core';
import { useMirrorMentors } from './use-mirror-data.js';

/** Props of `MentorSelect`. */
export interface MentorSelectProps {
  value: string | null;
  onChange: (mentorId: string | null, name: string | null) => void;
  description?: string;
}

/** An optional mentor picker: feedback tied to a mentor shows on their page. */
export function MentorSelect({ value, onChange, description }: MentorSelectProps) {
  const mentors = useMirrorMentors();
  const data = (mentors.data ?? []).map((m) => ({ value: m.id, label: m.name }));
  return (
    <Select
      label="Mentor"
      placeholder="Not a mentor"
      description={description}
      data={data}
      value={value}
      onChange={(id) => onChange(id, data.find((d) => d.value === id)?.label ?? null)}
      searchable
      clearable
    />
  );
}
