import { Button, Group, Text } from '@mantine/core';
import type { ComposeKind } from './compose-records.js';
import { composeTemplates, fillTemplate } from './compose-templates.js';

/**
 * The framework's templates for one kind of message, as buttons: choosing one replaces the
 * text with the template, addressed to `name` when the mentor is known.
 */
export function TemplateButtons({ kind, name, onChoose }: { kind: ComposeKind; name: string | null; onChoose: (text: string) => void }) {
  return (
    <Group gap="xs" aria-label="Templates" role="group">
      <Text size="sm" fw={500}>
        Templates
      </Text>
      {composeTemplates[kind].map((t) => (
        <Button key={t.name} size="compact-sm" variant="light" onClick={() => onChoose(fillTemplate(t.text, name))}>
          {t.name}
        </Button>
      ))}
    </Group>
  );
}
