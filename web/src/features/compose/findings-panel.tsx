import { Badge, Button, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { CheckResult, Finding, Severity } from '../../../../src/analysis/engine/types.js';

/** Props of `FindingsPanel`. */
export interface FindingsPanelProps {
  /** The latest result; `null` until the check has run once. */
  result: CheckResult | null;
  /** Verdicts that pass (`pass`, `specific`, `grateful`). */
  passing: string;
  /** A short line under the verdict, e.g. "checked as a first contact". */
  context?: string;
  /** The accessible name of the panel, when a page has more than one. */
  label?: string;
  onShow(finding: Finding): void;
  onApply(finding: Finding): void;
}

const colors: Record<Severity, string> = { error: 'red', warning: 'yellow', info: 'blue' };
const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The check's verdict, score and figures beside the editor, and its findings, most severe
 * first. Clicking a finding moves the editor's cursor onto it; a finding with a suggestion
 * shows it and can apply it.
 */
export function FindingsPanel({ result, passing, context, label = 'Check results', onShow, onApply }: FindingsPanelProps) {
  if (!result) {
    return (
      <Paper withBorder p="md" aria-label={label} component="section">
        <Text c="dimmed" size="sm">
          The check runs as you type.
        </Text>
      </Paper>
    );
  }
  const passed = result.verdict === passing;
  const findings = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity] || a.start - b.start);
  const { words, questions, readingGrade, readSeconds } = result.stats;
  return (
    <Paper withBorder p="md" aria-label={label} component="section">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Group gap="xs">
            <Text fw={600}>Verdict</Text>
            <Badge color={passed ? 'green.9' : 'red.9'} size="lg" data-testid="verdict">
              {result.verdict}
            </Badge>
          </Group>
          <Text size="sm" data-testid="score">
            Score {result.score} / 100
          </Text>
        </Group>
        {context && (
          <Text size="xs" c="dimmed">
            {context}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {words} words · {questions} {questions === 1 ? 'question' : 'questions'} · grade {readingGrade} · {readSeconds} s to read
        </Text>
        {findings.length === 0 ? (
          <Text size="sm">No findings: this reads well.</Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Findings">
            {findings.map((f) => (
              <li key={`${f.rule}-${f.start}-${f.end}`}>
                <Paper withBorder p="xs" radius="sm">
                  <UnstyledButton onClick={() => onShow(f)} w="100%">
                    <VisuallyHidden>Show in the text: </VisuallyHidden>
                    <Group gap="xs" wrap="nowrap" align="center">
                      <Badge color={colors[f.severity]} variant="light" size="sm">
                        {f.severity}
                      </Badge>
                      <Text size="sm" fw={600}>
                        {f.rule}
                      </Text>
                    </Group>
                    <Text size="sm" mt={4}>
                      {f.message}
                    </Text>
                  </UnstyledButton>
                  {f.suggestion && (
                    <Stack gap={4} mt="xs">
                      <Text size="xs" c="dimmed">
                        Suggested rewrite
                      </Text>
                      <Text size="sm" fs="italic" data-testid={`suggestion-${f.rule}`}>
                        {f.suggestion}
                      </Text>
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => onApply(f)}
                        aria-label={`Apply the rewrite for ${f.rule}`}
                        style={{ alignSelf: 'flex-start' }}
                      >
                        Apply
                      </Button>
                    </Stack>
                  )}
                </Paper>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
