import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';

/** "Or go on with one you already have": a select of existing records and a button to use the one picked. */
export function ExistingPick<T extends { id: string }>({
  label,
  items,
  describe,
  onPick,
}: {
  label: string;
  items: readonly T[];
  describe: (item: T) => string;
  onPick: (item: T) => void;
}) {
  const [id, setId] = useState<string | null>(null);
  if (items.length === 0) return null;
  const picked = items.find((i) => i.id === id);
  return (
    <Group align="flex-end">
      <Select
        label={label}
        placeholder="pick one"
        w={480}
        data={items.map((i) => {
          const text = describe(i);
          return { value: i.id, label: text.length > 90 ? `${text.slice(0, 89)}…` : text };
        })}
        value={id}
        onChange={setId}
        clearable
      />
      <Button variant="default" disabled={!picked} onClick={() => picked && onPick(picked)}>
        Go on with it
      </Button>
    </Group>
  );
}
