import type { AskStage } from '../../../../src/analysis/checks/ask/ask-context.js';
import type { ComposeKind } from './compose-records.js';

/** One kind of message: its name, the stage it is checked at and a default subject. */
export interface KindInfo {
  kind: ComposeKind;
  label: string;
  stage: AskStage;
  /** What the framework asks of this kind of message, shown under the picker. */
  pattern: string;
  subject: string;
  /** How the findings panel names the check: "Checked as a first contact". */
  checkedAs: string;
}

/** The kinds Compose writes, in the order of the loop (SPEC §1.4). */
export const composeKinds: readonly KindInfo[] = [
  {
    kind: 'ask',
    label: 'Ask',
    stage: 'first-contact',
    checkedAs: 'a first contact',
    pattern: 'The smallest ask: one specific question, tied to something they made or said, answerable in two minutes.',
    subject: 'One question about your work',
  },
  {
    kind: 'follow-up',
    label: 'Follow-up',
    stage: 'follow-up',
    checkedAs: 'a follow-up',
    pattern: 'One short, guilt-free nudge that restates the one question. Only one; after that, let it rest.',
    subject: 'Re: One question about your work',
  },
  {
    kind: 'circle-back',
    label: 'Circle-back',
    stage: 'circle-back',
    checkedAs: 'a circle-back',
    pattern: 'Name the advice, where you applied it, what happened (a number, an outcome or a learning), and thank them.',
    subject: 'What happened when I tried your advice',
  },
  {
    kind: 'escalation',
    label: 'Escalation',
    stage: 'escalation',
    checkedAs: 'an escalation',
    pattern: 'After a circle-back: the earlier advice and its result, then one nuanced problem and a request for about 15 minutes.',
    subject: 'A follow-on question (15 minutes?)',
  },
  {
    kind: 'backstage',
    label: 'Backstage',
    stage: 'backstage',
    checkedAs: 'a backstage request',
    pattern: 'Ask to sit in on a brainstorm or watch a first outline being written: bounded, specific, after trust exists.',
    subject: 'Could I sit in and listen?',
  },
];

/** A message to start from: the pattern with gaps to fill, or a worked example. */
export interface ComposeTemplate {
  name: string;
  text: string;
}

/** Templates from the framework's patterns, per kind; `[name]` is filled with the mentor's first name. */
export const composeTemplates: Record<ComposeKind, readonly ComposeTemplate[]> = {
  ask: [
    {
      name: 'Smallest ask',
      text: 'Hi [name],\n\nI read your [post or talk] on [topic]. You mentioned [the idea, in their words]. Is there a specific product you think is the best example of that approach in practice?\n\nThanks,\n[your name]',
    },
    {
      name: 'Example: a question on a talk',
      text: 'Hi [name],\n\nI watched your talk on presenting to the board. You mentioned pausing for a few seconds before answering a hard question. How long do you let that silence run before it starts to hurt?\n\nThanks,\n[your name]',
    },
  ],
  'follow-up': [
    {
      name: 'Gentle follow-up',
      text: 'Hi [name],\n\nFollowing up on my question about your [post or talk] on [topic]: [the one question, restated]? No pressure if now is not a good time.\n\nThanks,\n[your name]',
    },
  ],
  'circle-back': [
    {
      name: 'Circle-back',
      text: 'Hi [name],\n\nThank you again for [your tip on …]. I applied it to [where: a product, team, test or meeting], and [what happened: a number, an outcome or a learning].\n\nIf it helps, I am happy to share [something useful to them].\n\n[your name]',
    },
    {
      name: 'Example: a pricing test',
      text: 'Hi [name],\n\nThank you again for the tip on showing the monthly equivalent next to the annual price. We ran it as a two-week A/B test on our upgrade screen: the annual-plan take rate went from 18% to 23%.\n\nIf it helps, I am happy to share the write-up for your newsletter.\n\n[your name]',
    },
  ],
  escalation: [
    {
      name: 'Escalation',
      text: 'Hi [name],\n\n[The idea you suggested] [led to the result, e.g. lifted activation by 9%]. But now [the new, nuanced problem]. Would you have 15 minutes next week to talk through whether to [option A] or [option B]?\n\nThanks,\n[your name]',
    },
    {
      name: 'Example: segmenting the next test',
      text: 'Hi [name],\n\nShowing the monthly equivalent next to the annual price lifted our annual-plan take rate from 18% to 23%. But the lift fades for users who upgrade on mobile. Would you have 15 minutes next week to talk through whether to split the next test by platform or by plan?\n\nThanks,\n[your name]',
    },
  ],
  backstage: [
    {
      name: 'Backstage request',
      text: 'Hi [name],\n\n[The idea you suggested] [led to the result, e.g. cut our review rounds from three to one]. Could I sit in on your next [brainstorm or first outline] for 30 minutes, to see how you [the one thing you want to learn by watching]? I would only listen.\n\nThanks,\n[your name]',
    },
    {
      name: 'Example: a pricing brainstorm',
      text: 'Hi [name],\n\nYour advice to write the non-goals first worked: our PRD reviews went from three rounds to one. Could I sit in on your next pricing brainstorm for 30 minutes, to see how you frame the trade-off between seat and usage pricing? I would only listen.\n\nThanks,\n[your name]',
    },
  ],
};

/** A template's text with `[name]` replaced by the mentor's first name, when one is chosen. */
export function fillTemplate(text: string, mentorName: string | null): string {
  const first = mentorName?.trim().split(/\s+/)[0];
  return first ? text.replaceAll('[name]', first) : text;
}
