import { Alert, Grid, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearch } from 'wouter';
import type { CheckResult, Finding } from '../../../../src/analysis/engine/types.js';
import type { CheckSpec } from './check-spec.js';
import { CheckedEditor, type CheckedEditorHandle } from './checked-editor.js';
import type { ComposeKind } from './compose-records.js';
import { composeKinds } from './compose-templates.js';
import { FindingsPanel } from './findings-panel.js';
import { MentorHistoryCard } from './mentor-history-card.js';
import { SendActions } from './send-actions.js';
import { TemplateButtons } from './template-buttons.js';
import { useMentorHistory, useMentors } from './use-compose-data.js';

const isKind = (value: string | null): value is ComposeKind => composeKinds.some((k) => k.kind === value);

/**
 * Compose: write an ask, follow-up, circle-back, escalation or backstage request with the
 * check of its stage running as you type, start from the framework's templates, then copy it,
 * open it in the mail client, save it as `.eml` or log it as sent. `?kind=`, `?mentor=` and `?advice=`
 * preselect the kind, the recipient and the advice a circle-back reports on.
 */
export function ComposePage() {
  const search = useSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const [kind, setKind] = useState<ComposeKind>(() => (isKind(params.get('kind')) ? (params.get('kind') as ComposeKind) : 'ask'));
  const [mentorId, setMentorId] = useState<string | null>(() => params.get('mentor'));
  const [chosenRelationship, setChosenRelationship] = useState<string | null>(null);
  const [subject, setSubject] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ text: string; result: CheckResult | null }>({ text: '', result: null });
  const editor = useRef<CheckedEditorHandle>(null);

  // A link to /compose?kind=… while the page is open switches to that kind and mentor.
  useEffect(() => {
    const next = params.get('kind');
    if (isKind(next)) setKind(next);
    if (params.get('mentor')) setMentorId(params.get('mentor'));
  }, [params]);

  const mentors = useMentors();
  const history = useMentorHistory(mentorId);
  const mentor = mentors.data?.find((m) => m.id === mentorId) ?? history.data?.mentor ?? null;
  const relationships = history.data?.relationships ?? [];
  const entry = relationships.find((r) => r.relationship.id === chosenRelationship) ?? relationships[0] ?? null;
  const info = composeKinds.find((k) => k.kind === kind) ?? (composeKinds[0] as (typeof composeKinds)[number]);
  // Only a chosen relationship says whether a circle-back passed; text alone leaves it open.
  const hasCircleBack =
    mentorId && history.data ? Boolean(entry?.messages.some((m) => m.kind === 'circle-back' && m.checkVerdict === 'pass')) : undefined;
  const openAdvice = useMemo(() => (entry?.advice ?? []).filter((a) => a.appliedOn !== null && a.circledBackOn === null), [entry]);
  const initialAdvice = useMemo(() => (params.get('advice') ?? '').split(',').filter(Boolean), [params]);

  const check: CheckSpec = { check: 'ask', stage: info.stage, hasCircleBack };
  const onChecked = useCallback((text: string, result: CheckResult | null) => setChecked({ text, result }), []);
  const getText = useCallback(() => editor.current?.getText() ?? '', []);
  const showFinding = useCallback((f: Finding) => editor.current?.showFinding(f), []);
  const applyFinding = useCallback((f: Finding) => editor.current?.applyFinding(f), []);

  const mentorOptions = (mentors.data ?? []).map((m) => ({
    value: m.id,
    label: [m.name, m.title, m.company].filter(Boolean).join(' · '),
  }));

  return (
    <Stack gap="md">
      <Title order={2}>Compose</Title>
      <Text c="dimmed">Write the message the loop calls for next; the check of its stage runs as you type.</Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <SegmentedControl
              aria-label="Kind of message"
              value={kind}
              onChange={(value) => setKind(value as ComposeKind)}
              data={composeKinds.map((k) => ({ value: k.kind, label: k.label }))}
              fullWidth
            />
            <Text size="sm">{info.pattern}</Text>
            <Group grow align="flex-end">
              <Select
                label="Mentor"
                placeholder={mentors.isLoading ? 'Loading mentors…' : 'Choose who it goes to'}
                data={mentorOptions}
                value={mentorId}
                onChange={(value) => {
                  setMentorId(value);
                  setChosenRelationship(null);
                }}
                searchable
                clearable
                nothingFoundMessage="No mentor by that name"
              />
              {relationships.length > 1 && (
                <Select
                  label="Relationship"
                  data={relationships.map((r) => ({
                    value: r.relationship.id,
                    label: `${r.outcome?.statement ?? 'No outcome'} (${r.relationship.stage})`,
                  }))}
                  value={entry?.relationship.id ?? null}
                  onChange={setChosenRelationship}
                  allowDeselect={false}
                />
              )}
            </Group>
            {mentors.error && <Alert color="red">{mentors.error.message}</Alert>}
            {history.error && <Alert color="red">{history.error.message}</Alert>}
            <TextInput label="Subject" value={subject ?? info.subject} onChange={(e) => setSubject(e.currentTarget.value)} />
            <TemplateButtons kind={kind} name={mentor?.name ?? null} onChoose={(text) => editor.current?.setText(text)} />
            <CheckedEditor
              ref={editor}
              label={`${info.label} message`}
              check={check}
              onChecked={onChecked}
              placeholderText="Write your message here, or start from a template."
            />
            <Text size="xs" c="dimmed">
              A template replaces the text (Ctrl+Z brings it back). Hover an underline or move the cursor onto it for the explanation; F8
              jumps to the next finding.
            </Text>
            <SendActions
              getText={getText}
              checkedText={checked.text}
              subject={subject ?? info.subject}
              kind={kind}
              mentor={mentor}
              relationshipId={entry?.relationship.id ?? null}
              passed={checked.result?.verdict !== 'revise'}
              openAdvice={openAdvice}
              initialAdvice={initialAdvice}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <FindingsPanel
              result={checked.result}
              passing="pass"
              context={`Checked as ${info.checkedAs}${hasCircleBack === undefined ? '' : hasCircleBack ? ', after a circle-back' : ', with no circle-back yet'}.`}
              onShow={showFinding}
              onApply={applyFinding}
            />
            {history.data && <MentorHistoryCard history={history.data} relationshipId={entry?.relationship.id ?? null} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
