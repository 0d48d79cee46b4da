import { Checkbox, Stack, Text } from '@mantine/core';
import type { Advice } from '../mentors/mentor-records.js';

/** Props of `AdvicePicker`. */
export interface AdvicePickerProps {
  /** The relationship's advice that is applied and not yet circled back. */
  advice: readonly Advice[];
  value: string[];
  onChange(ids: string[]): void;
}

/**
 * Which applied advice a circle-back reports on. A piece is circled back when the logged
 * message passes its check and the piece's result is recorded; without a result it stays open
 * (and the picker says so), so the loop closes only by reporting what happened.
 */
export function AdvicePicker({ advice, value, onChange }: AdvicePickerProps) {
  if (advice.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No applied advice is waiting for a circle-back with this mentor; apply a piece on their page first.
      </Text>
    );
  }
  return (
    <Checkbox.Group label="The advice this circle-back reports on" value={value} onChange={onChange}>
      <Stack gap={4} mt={4}>
        {advice.map((a) => (
          <Checkbox
            key={a.id}
            value={a.id}
            label={a.text}
            description={
              a.result ? `Applied ${a.appliedOn}; result: ${a.result}` : `Applied ${a.appliedOn}; no result recorded yet, so it stays open`
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
