import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  NumberInput,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import { DataSection } from '../data/data-section.js';
import { skills } from '../gaps/use-gaps.js';
import type { Account } from '../team/team-records.js';
import { useTeamAccount } from '../team/use-session.js';
import { EvidenceFields } from './evidence-fields.js';
import { MAX_ASKS_PER_MONTH, type Offer } from './mentoring-records.js';
import { draftOf, errorAt, fieldName, inputOf, issuesOf, type OfferDraft } from './offer-draft.js';
import { OfficeHoursFields } from './office-hours-fields.js';
import { useOwnOffer, useSaveOffer, useWithdrawOffer } from './use-mentoring.js';

/** The form of an offer, started from the saved one (or a fresh one); saving replaces the offer. */
function OfferForm({ account, offer }: { account: Account; offer: Offer | null }) {
  const [draft, setDraft] = useState<OfferDraft>(() => draftOf(offer));
  const save = useSaveOffer();
  const withdraw = useWithdrawOffer();
  const issues = issuesOf(save.error);
  const change = (patch: Partial<OfferDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(inputOf(draft), { onSuccess: () => showDone('Your offer is saved: colleagues find you in the directory') });
  };
  return (
    <form onSubmit={submit} aria-label="Your offer to mentor" noValidate>
      <Stack gap="lg">
        <DataSection title="What you mentor" intro="The skills you are excellent at, and the topics within them.">
          <Checkbox.Group
            label="Skills"
            description="Of the six skills, the ones you can show and explain"
            value={draft.skills}
            onChange={(value) => change({ skills: value as OfferDraft['skills'] })}
            error={errorAt(issues, 'skills')}
          >
            <Group mt="xs">
              {skills.map((s) => (
                <Checkbox key={s.value} value={s.value} label={`${s.value} (${s.category.toUpperCase()})`} />
              ))}
            </Group>
          </Checkbox.Group>
          <TagsInput
            label="Tags"
            description="Topics, such as pricing or board presentations; press Enter after each"
            value={draft.tags}
            onChange={(tags) => change({ tags })}
            error={errorAt(issues, 'tags')}
            clearable
          />
          <Textarea
            label="Note to colleagues"
            description="Optional: how you like to be asked, what you will not take on"
            autosize
            minRows={2}
            value={draft.note}
            onChange={(e) => change({ note: e.currentTarget.value })}
            error={errorAt(issues, 'note')}
          />
        </DataSection>
        <DataSection
          title="Evidence"
          intro="Why colleagues should ask you: proof of Proven Excellence (what you achieved) and of Explaining Power (talks, posts, documents that explain how)."
        >
          <EvidenceFields userId={account.id} evidence={draft.evidence} issues={issues} onChange={(evidence) => change({ evidence })} />
        </DataSection>
        <DataSection
          title="Capacity"
          intro="How many new mentees may ask you each month. Conversations under way never count; once the month is full, no one new is pointed to you until the next."
        >
          <NumberInput
            label="New asks a month"
            description={`0–${MAX_ASKS_PER_MONTH}; 0 keeps you in the directory without new asks`}
            min={0}
            max={MAX_ASKS_PER_MONTH}
            allowDecimal={false}
            value={draft.asksPerMonth}
            onChange={(asksPerMonth) => change({ asksPerMonth })}
            error={errorAt(issues, 'asksPerMonth')}
            w={260}
          />
          <Switch
            label="Accept backstage requests"
            description="Colleagues who circled back may ask to sit in on a brainstorm or watch you draft"
            checked={draft.acceptsBackstage}
            onChange={(e) => change({ acceptsBackstage: e.currentTarget.checked })}
          />
        </DataSection>
        <DataSection title="Office hours">
          <OfficeHoursFields draft={draft} issues={issues} onChange={change} />
        </DataSection>
        {save.error && (
          <Alert color="red" title="Your offer was not saved" role="alert">
            {issues.length > 0 ? (
              <List size="sm">
                {issues.map((i) => (
                  <List.Item key={`${i.path}:${i.message}`}>
                    {i.path ? `${fieldName(i.path)}: ` : ''}
                    {i.message}
                  </List.Item>
                ))}
              </List>
            ) : (
              errorMessage(save.error)
            )}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {offer ? 'Save changes' : 'Offer to mentor'}
          </Button>
          {offer && (
            <Button
              variant="default"
              color="red"
              loading={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(undefined, {
                  onSuccess: () => showDone('Your offer is withdrawn: you left the directory; conversations under way go on'),
                  onError: (error) => showError('Your offer was not withdrawn', error),
                })
              }
            >
              Withdraw my offer
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Offering to mentor colleagues (team mode): the skills and tags, the evidence, the new asks a
 * month, office hours and backstage requests. Saving puts the member in the team's directory;
 * withdrawing takes them out of it.
 */
export function OfferPage() {
  const account = useTeamAccount();
  const offer = useOwnOffer();
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Offer to mentor</Title>
        <Text c="dimmed">
          Colleagues find you in the{' '}
          <Anchor component={Link} href="/directory" underline="always">
            mentor directory
          </Anchor>{' '}
          and on the shortlists of their skill gaps, while you have room this month. They ask in the app; you answer in your inbox.
        </Text>
      </div>
      {offer.isPending || !account ? (
        <Loader aria-label="Loading your offer" />
      ) : offer.error ? (
        <Alert color="red" title="Your offer could not be read">
          {errorMessage(offer.error)}
        </Alert>
      ) : (
        <>
          <Group gap="xs" role="status">
            {offer.data ? (
              <>
                <Badge variant="light">in the directory</Badge>
                <Text size="sm">You offer to mentor {offer.data.skills.join(', ')}.</Text>
              </>
            ) : (
              <Text size="sm">You do not offer to mentor yet.</Text>
            )}
          </Group>
          <OfferForm key={offer.data?.updatedAt ?? 'new'} account={account} offer={offer.data} />
        </>
      )}
    </Stack>
  );
}
