import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type EntityName, entityLabels, kebab } from './data-records.js';
import { DataSection } from './data-section.js';

const entityOptions = (Object.keys(entityLabels) as EntityName[]).map((name) => ({ value: name, label: entityLabels[name] }));

/** Downloads: the loop as a Markdown report, one entity as CSV, and the next actions as a calendar. */
export function ExportSection() {
  const [entity, setEntity] = useState<EntityName>('outcomes');
  return (
    <DataSection title="Exports" intro="Files to read, share or open elsewhere. Each is made when you click and saved where you choose.">
      <Stack gap="md">
        <Group>
          <Button component="a" href="/api/export/report.md" download="understudy-report.md" variant="default">
            Download the report (Markdown)
          </Button>
          <Text size="sm" c="dimmed">
            Outcomes, gaps, mentors and what came of the advice.
          </Text>
        </Group>
        <Group align="flex-end">
          <Select
            label="Records to export as CSV"
            data={entityOptions}
            value={entity}
            onChange={(v) => v && setEntity(v as EntityName)}
            allowDeselect={false}
            searchable
            w={300}
          />
          <Button component="a" href={`/api/export/csv/${kebab(entity)}`} download={`${kebab(entity)}.csv`} variant="default">
            Download {entityLabels[entity].toLowerCase()} (CSV)
          </Button>
        </Group>
        <Group>
          <Button component="a" href="/api/next-actions.ics" download="understudy-next-actions.ics" variant="default">
            Download the next actions (iCalendar)
          </Button>
          <Text size="sm" c="dimmed">
            One all-day event per action in the next 30 days, for your calendar.
          </Text>
        </Group>
      </Stack>
    </DataSection>
  );
}
