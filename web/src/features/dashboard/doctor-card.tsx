import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { DoctorFinding } from './dashboard-records.js';

/** How many findings show: the doctor names the worst first, and the rest are the same kind. */
const FIRST = 20;

/** Where a finding is fixed: the mentor it names, else the outcome or gap. */
function fixAt(finding: DoctorFinding): { to: string; label: string } | null {
  const mentor = finding.records.find((r) => r.entity === 'mentors');
  if (mentor) return { to: `/mentors/${mentor.id}`, label: 'Open the mentor' };
  if (finding.records.some((r) => r.entity === 'outcomes')) return { to: '/outcomes', label: 'Open outcomes' };
  if (finding.records.some((r) => r.entity === 'gaps'))
    return { to: finding.pitfall === 'no-mirror' ? '/mirror' : '/gaps', label: 'Fix it' };
  return null;
}

/** The doctor's findings: each pitfall with what is wrong, how to fix it and a link to where. */
export function DoctorCard({ findings }: { findings: readonly DoctorFinding[] }) {
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
        <Text c="dimmed">No pitfalls: every loop is closed on time, asks are specific and your goals are concrete.</Text>
      ) : (
        <Stack gap="sm">
          {findings.slice(0, FIRST).map((f) => {
            const at = fixAt(f);
            return (
              <Alert key={`${f.pitfall}:${f.records[0]?.id ?? f.message}`} color="orange" title={f.pitfall} variant="light">
                <Text size="sm">{f.message}</Text>
                <Text size="sm" mt={4}>
                  <strong>Fix:</strong> {f.fix}
                </Text>
                {at && (
                  <Anchor component={Link} href={at.to} size="sm">
                    {at.label}
                  </Anchor>
                )}
              </Alert>
            );
          })}
          {findings.length > FIRST && (
            <Text size="sm" c="dimmed">
              …and {findings.length - FIRST} more of the same kinds.
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
