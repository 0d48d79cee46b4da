import { Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { MirrorHistoryResponse } from '../../../../src/contracts/mirror.js';
import { api, query } from '../../api/client.js';

const passing = new Set(['specific', 'grateful']);

function Verdict({ verdict }: { verdict: string | null }) {
  if (!verdict) return null;
  return (
    // Dark shades under white text, legible in both themes; never squeezed by the text beside it.
    <Badge variant="filled" color={passing.has(verdict) ? 'teal.9' : 'red.9'} style={{ flexShrink: 0 }}>
      {verdict}
    </Badge>
  );
}

/**
 * The Mirror with one mentor: the feedback you asked them for, what they said (with the
 * counter-behaviour you adopted) and your replies, newest first.
 */
export function MentorFeedback({ mentorId, name }: { mentorId: string; name: string }) {
  const history = useQuery({
    queryKey: ['mirror', mentorId],
    queryFn: () => api.get<MirrorHistoryResponse>(`/api/mirror${query({ mentorId })}`),
  });
  const data = history.data;
  const empty = data && data.requests.length + data.feedback.length === 0;
  return (
    <Stack gap="sm" component="section" aria-labelledby="mentor-feedback-title">
      <Title order={3} id="mentor-feedback-title">
        Feedback from {name}
      </Title>
      {history.isPending && <Loader size="sm" aria-label="Loading the feedback" />}
      {history.error && (
        <Text size="sm" c="red">
          The feedback could not be loaded: {history.error.message}
        </Text>
      )}
      {empty && (
        <Text size="sm" c="dimmed">
          No feedback asked of {name} yet. On the{' '}
          <Anchor component={Link} href="/mirror">
            Mirror
          </Anchor>{' '}
          page, ask about one moment and one trait and choose them as the mentor.
        </Text>
      )}
      {data && !empty && (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Feedback from ${name}`}>
          {data.requests.map((r) => (
            <Stack key={r.id} gap={2} component="li">
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  Asked on {r.sentOn}
                </Text>
                <Verdict verdict={r.checkVerdict} />
              </Group>
              <Text size="sm">{r.body}</Text>
            </Stack>
          ))}
          {data.feedback.map((f) => (
            <Stack key={f.id} gap={2} component="li">
              <Text size="sm" fw={600}>
                They said, on {f.receivedOn}
              </Text>
              <Text size="sm">{f.body}</Text>
              {f.adopted && (
                <Text size="sm">
                  Adopted{f.adoptedOn ? ` on ${f.adoptedOn}` : ''}: {f.adopted}
                </Text>
              )}
              {data.replies
                .filter((reply) => reply.feedbackId === f.id)
                .map((reply) => (
                  <Group key={reply.id} gap="xs" wrap="nowrap" align="flex-start">
                    <Verdict verdict={reply.checkVerdict} />
                    <Text size="sm">
                      You replied on {reply.sentOn}: {reply.body}
                    </Text>
                  </Group>
                ))}
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
