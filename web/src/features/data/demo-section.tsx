import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { useLocationProperty } from 'wouter/use-browser-location';
import { errorMessage } from '../../api/show-error.js';
import { DataSection } from './data-section.js';
import { useLoadDemo } from './use-data.js';

/** The hash of the address, kept current as the app navigates. */
const useHash = () => useLocationProperty(() => window.location.hash);

/**
 * Loads the framework's two worked examples into an empty workspace, to explore the app
 * before adding your own records. The command palette links here (`/data#demo`).
 */
export function DemoSection() {
  const load = useLoadDemo();
  const hash = useHash();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (hash !== '#demo') return;
    document.getElementById('demo')?.scrollIntoView({ block: 'start' });
    button.current?.focus({ preventScroll: true });
  }, [hash]);
  return (
    <DataSection
      id="demo"
      title="Load the demo workspace"
      intro="Two worked examples as real records: a PM new to Growth who earned monthly office hours through one small ask, and a senior PM who used a trusted peer as a mirror for executive presence. Only into a workspace without outcomes or mentors."
    >
      <Group>
        <Button ref={button} onClick={() => load.mutate()} loading={load.isPending} variant="light">
          Load the demo workspace
        </Button>
      </Group>
      {load.isSuccess && (
        <Alert color="teal" title="The demo workspace is loaded">
          <Text size="sm">
            Added {load.data.outcomes} outcomes and {load.data.mentors} mentors with their history.{' '}
            <Anchor component={Link} href="/">
              Open the dashboard
            </Anchor>
          </Text>
        </Alert>
      )}
      {load.error && (
        <Alert color="red" title="The demo was not loaded">
          {errorMessage(load.error)}
        </Alert>
      )}
    </DataSection>
  );
}
