import { Alert, Anchor, Select, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { showError } from '../../api/show-error.js';
import { type Level, levelOptions, type Me } from '../data/data-records.js';
import { useUpdateMe } from '../data/use-data.js';

/** The level a move into leadership implies when none is set. */
const LEADERSHIP_LEVEL: Level = 'senior';

const labelOf = (level: Level | null) => levelOptions.find((o) => o.value === level)?.label ?? 'not set';

/**
 * The level of your role, asked once. With none set it is asked here; choosing "Moving into
 * leadership" sets it to senior and says so, with the choice to change it. Once set (here, at
 * `init` or in Settings) it is only shown: the doctor's `iq-over-reliance` reads it.
 */
export function LevelQuestion({
  me,
  situation,
  levelSet,
  onSet,
}: {
  me: Me;
  situation: string;
  /** Whether the coach set the level in this run: then it stays open to change. */
  levelSet: boolean;
  onSet: () => void;
}) {
  const update = useUpdateMe();
  const asked = useRef(false);
  const save = (level: Level | null) => {
    asked.current = true;
    update.mutate({ level }, { onSuccess: onSet, onError: (error) => showError('Your level was not saved', error) });
  };
  useEffect(() => {
    if (situation !== 'leadership' || me.level !== null || levelSet || asked.current) return;
    save(LEADERSHIP_LEVEL);
  });
  if (me.level !== null && !levelSet) {
    return (
      <Text size="sm" c="dimmed">
        Your level: {labelOf(me.level)}. Change it in{' '}
        <Anchor component={Link} href="/data" underline="always">
          Settings
        </Anchor>
        .
      </Text>
    );
  }
  const select = (
    <Select
      label="Your level"
      description="Asked once. At senior and above the doctor warns when every skill gap you work on is IQ."
      placeholder="pick your level"
      data={levelOptions}
      value={me.level}
      onChange={(v) => save(v as Level | null)}
      clearable
      w={320}
      disabled={update.isPending}
    />
  );
  if (levelSet && situation === 'leadership' && me.level === LEADERSHIP_LEVEL) {
    return (
      <Alert color="indigo" variant="light" title={`Your level is set to ${labelOf(LEADERSHIP_LEVEL)}`}>
        <Text size="sm" mb="xs">
          You are moving into leadership, so the coach set your level to {labelOf(LEADERSHIP_LEVEL)}. Change it if that is not right.
        </Text>
        {select}
      </Alert>
    );
  }
  return select;
}
