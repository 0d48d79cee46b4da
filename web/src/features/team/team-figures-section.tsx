import { Alert, Loader, Paper, SimpleGrid, Text } from '@mantine/core';
import { errorMessage } from '../../api/show-error.js';
import { DataSection } from '../data/data-section.js';
import type { TeamFigures } from './team-records.js';
import { useTeamFigures } from './use-team.js';

/** The month of the figures in words, e.g. "December 2026", from its `YYYY-MM`. */
function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** One figure: a big number and what it counts. */
function Figure({ value, label, detail }: { value: number; label: string; detail?: string }) {
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-label={`${label}: ${value}`}>
      <Text fz={32} fw={700} lh={1.1}>
        {value}
      </Text>
      <Text size="sm" fw={500} component="figcaption">
        {label}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}

/** The five figures of a month. */
function FigureGrid({ figures }: { figures: TeamFigures }) {
  const month = monthName(figures.month);
  const passedShare = figures.asks > 0 ? `${Math.round((figures.asksPassed / figures.asks) * 100)}% of this month’s asks` : undefined;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
      <Figure value={figures.members} label="Members" detail="accounts on this server" />
      <Figure value={figures.activeLoops} label="Active loops" detail="relationships asked and not set aside" />
      <Figure value={figures.circleBacks} label="Circle-backs this month" detail={month} />
      <Figure value={figures.asks} label="Asks this month" detail={month} />
      <Figure value={figures.asksPassed} label="Asks that passed their check" detail={passedShare ?? month} />
    </SimpleGrid>
  );
}

/**
 * The team's figures (admins): how many members, loops under way, and this month's circle-backs,
 * asks and asks that passed their check. Counts across everyone, never anyone's notes.
 */
export function TeamFiguresSection() {
  const figures = useTeamFigures();
  return (
    <DataSection
      title="Team figures"
      intro="How the team is doing in numbers, counted across every member. You see counts only, never anyone’s notes or messages."
    >
      {figures.isPending ? (
        <Loader aria-label="Loading the team figures" />
      ) : figures.error ? (
        <Alert color="red" title="The team figures could not be read">
          {errorMessage(figures.error)}
        </Alert>
      ) : (
        <>
          <FigureGrid figures={figures.data} />
          <Text size="xs" c="dimmed">
            This month runs from {figures.data.from} to {figures.data.to}. Members share documents and templates with each other in the
            Library’s Team library tab.
          </Text>
        </>
      )}
    </DataSection>
  );
}
