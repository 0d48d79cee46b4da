import { Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { shadowOf } from './shadow-of.js';

/**
 * Type a strength ("Thoughtful") or paste feedback ("you go quiet when challenged") and see
 * the shadow side of that strength and the counter-behaviour to practise.
 */
export function ShadowFinder() {
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const found = useMemo(() => shadowOf(deferred), [deferred]);
  return (
    <Stack gap="sm" component="section" aria-labelledby="mirror-shadow-title">
      <Title order={3} id="mirror-shadow-title">
        Shadow sides
      </Title>
      <TextInput
        label="A strength, or feedback you received"
        description="e.g. Decisive, Curious, Detail-oriented, or “you refused to revisit the call once you had made it”"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {deferred.trim() !== '' && (
        <Paper withBorder p="md" component="section" aria-live="polite" aria-label="Shadow side found">
          {found ? (
            <Stack gap={4}>
              <Text fw={600}>
                {found.strengthName}
                {found.confidence < 1 ? ` (confidence ${Math.round(found.confidence * 100)}%)` : ''}
              </Text>
              <Text size="sm">
                <Text span fw={500}>
                  Shadow:{' '}
                </Text>
                {found.shadow}
              </Text>
              <Text size="sm">
                <Text span fw={500}>
                  Counter:{' '}
                </Text>
                {found.counter}
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Nothing here points to a shadow side. Name a strength, or describe what people noticed.
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
