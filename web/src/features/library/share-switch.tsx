import { Switch } from '@mantine/core';
import { useState } from 'react';
import { showDone, showError } from '../../api/show-error.js';
import type { Shareable } from './team-library-records.js';
import { useShare } from './use-team-library.js';

/**
 * "Share with the team" (team mode): a switch on one of the member's own documents or
 * templates, on when it is shared. Shared items are read-only for everyone else.
 */
export function ShareSwitch({
  kind,
  id,
  name,
  shared,
  known,
}: {
  kind: Shareable;
  id: string;
  name: string;
  shared: boolean;
  /** False while whether it is shared is still being read. */
  known: boolean;
}) {
  const share = useShare();
  // The switch moves in the same render as the click, not when the request's state arrives:
  // a controlled switch that waited would spring back first.
  const [asked, setAsked] = useState<boolean | null>(null);
  const checked = asked ?? shared;
  const toggle = (next: boolean) => {
    setAsked(next);
    share.mutate(
      { kind, id, shared: next },
      {
        onSuccess: () => showDone(next ? `Shared “${name}” with the team` : `“${name}” is no longer shared`),
        onError: (error) => showError(next ? 'It was not shared' : 'It is still shared', error),
        onSettled: () => setAsked(null),
      },
    );
  };
  return (
    <Switch
      label="Share with the team"
      description={
        !checked
          ? 'Only you can see it.'
          : kind === 'template'
            ? 'Everyone on the team can read it and check drafts against it; only you can change it.'
            : 'Everyone on the team can read it; only you can change it.'
      }
      checked={checked}
      disabled={!known || asked !== null}
      onChange={(e) => toggle(e.currentTarget.checked)}
    />
  );
}
