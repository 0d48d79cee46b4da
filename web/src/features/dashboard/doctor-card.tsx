import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { DoctorFinding } from './dashboard-records.js';
import { findingLinks } from './record-links.js';

/** How many findings show at first, and how many more each "Show more" adds. */
const STEP = 20;

/** Each pitfall's name in plain words (SPEC §1.8). */
const pitfallNames: Record<DoctorFinding['pitfall'], string> = {
  'vague-ask': 'Vague ask',
  'early-follow-up': 'Early follow-up',
  'unclosed-loop': 'Unclosed loop',
  transactional: 'Transactional relationship',
  'iq-over-reliance': 'Only IQ gaps',
  'stale-outcome': 'Stale outcome',
  'premature-escalation': 'Premature escalation',
  'vague-goal': 'Vague goal',
  'no-mirror': 'No mirror',
};

/** One finding: what is wrong, how to fix it, and links to the records it names. */
function FindingItem({ finding }: { finding: DoctorFinding }) {
  const links = findingLinks(finding);
  return (
    <Alert
      color="orange"
      variant="light"
      // The light orange background leaves orange text below AA contrast: title and links use the text colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      title={
        <>
          {pitfallNames[finding.pitfall] ?? finding.pitfall}{' '}
          <Text span size="xs" c="dimmed" ff="monospace">
            {finding.pitfall}
          </Text>
        </>
      }
    >
      <Text size="sm">{finding.message}</Text>
      <Text size="sm" mt={4}>
        <strong>Fix:</strong> {finding.fix}
      </Text>
      {links.length > 0 && (
        <Group gap="md" mt={4}>
          {links.map((link) => (
            <Anchor key={link.to} component={Link} href={link.to} size="sm" c="var(--mantine-color-text)" underline="always">
              {link.label}
            </Anchor>
          ))}
        </Group>
      )}
    </Alert>
  );
}

/**
 * The doctor's findings: each pitfall with what is wrong, how to fix it and links to where.
 * With none, `allClear` says what the server found true (no goal is not a concrete goal).
 */
export function DoctorCard({ findings, allClear }: { findings: readonly DoctorFinding[]; allClear: string | null }) {
  const [count, setCount] = useState(STEP);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="doctor-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="doctor-title">
          Doctor
        </Title>
        <Text size="sm" c="dimmed">
          {findings.length === 0 ? 'no pitfalls' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}
        </Text>
      </Group>
      {findings.length === 0 ? (
        <Text c="dimmed">No pitfalls. {allClear}</Text>
      ) : (
        <Stack gap="sm">
          {findings.slice(0, count).map((f, i) => (
            <FindingItem key={`${f.pitfall}:${f.records[0]?.id ?? i}`} finding={f} />
          ))}
          {findings.length > count && (
            <Button variant="subtle" onClick={() => setCount(count + STEP)}>
              Show {Math.min(STEP, findings.length - count)} more of {findings.length - count} left
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}
