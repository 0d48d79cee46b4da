import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'wouter';
import { SafeLink } from '../mentors/safe-link.js';
import { criterionLabels, type DirectoryEntry } from './mentoring-records.js';

type Evidence = DirectoryEntry['offer']['evidence'][number];

/** One piece of evidence: its criterion, then the shared document (linked in the team library), the link and the note. */
function EvidenceItem({ evidence }: { evidence: Evidence }) {
  return (
    <List.Item>
      <Text span size="sm" fw={500}>
        {criterionLabels[evidence.criterion]}:{' '}
      </Text>
      {evidence.artifactId &&
        (evidence.title ? (
          <Anchor component={Link} href={`/library?team=${encodeURIComponent(evidence.artifactId)}`} size="sm" underline="always">
            {evidence.title}
          </Anchor>
        ) : (
          <Text span size="sm" c="dimmed">
            a document no longer shared
          </Text>
        ))}
      {evidence.artifactId && (evidence.url || evidence.note) && (
        <Text span size="sm">
          {' · '}
        </Text>
      )}
      {evidence.url && (
        <Text span size="sm">
          <SafeLink href={evidence.url}>{evidence.note ?? evidence.url}</SafeLink>
        </Text>
      )}
      {evidence.note && !evidence.url && (
        <Text span size="sm">
          {evidence.note}
        </Text>
      )}
    </List.Item>
  );
}

/** The evidence a colleague offers for Proven Excellence and Explaining Power, as a list named after them. */
export function OfferEvidenceList({ name, evidence }: { name: string; evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <List size="sm" spacing={2} aria-label={`Evidence of ${name}`}>
      {evidence.map((e) => (
        <EvidenceItem key={`${e.criterion}:${e.artifactId ?? ''}:${e.url ?? ''}:${e.note ?? ''}`} evidence={e} />
      ))}
    </List>
  );
}
