import type { Artifact } from '../library/schemas.js';

/** One document of the demo library: its Markdown text and what the user said about it. */
export interface DemoDocument {
  file: string;
  title: string;
  kind: Artifact['kind'];
  tags: string[];
  rating: number | null;
  body: string;
}

const framingPrd = `# Annual-plan price framing on the upgrade screen

Fernway Monetization team. Status: shipped to all users.

## Summary
This PRD proposes showing the monthly equivalent next to the annual price on the upgrade screen,
so the annual plan reads as the better deal without changing any price.

## Problem
Nine in ten upgrading users choose the monthly plan, and monthly subscribers churn three times
faster than annual ones. The upgrade screen shows the annual plan as one large yearly number
beside a small monthly one, so the saving is invisible.

## Who is this for
Free users on the web and in the apps who open the upgrade screen. Teams on invoiced plans are
not part of this work.

## Goals
- Raise the share of upgrades that choose the annual plan.
- Do it without lowering paid conversion from the upgrade screen.

## Non-goals
- No change to list prices or discounts.
- No change to checkout after a plan is chosen.

## Baseline
Over the last eight weeks 11% of upgrades chose the annual plan, and 4.1% of visits to the
upgrade screen ended in a paid plan.

## Hypothesis
If the annual plan reads "$8 a month, billed yearly" beside "$10 a month", more users will see
the saving and choose it.

## Success metrics
- Primary: annual-plan take rate, from 11% to at least 14%.
- Guardrail: upgrade-screen conversion falls by no more than 0.2 points.
- Read after two full weeks, at 95% confidence.

## Experiment design
A/B test split 50/50 by user on every platform. Control keeps today's screen; the variant
adds the monthly equivalent in the same type size as the price.

## Risks
- Users may feel misled if "billed yearly" is hard to see: it stays as large as the price.
- Refunds may rise: support reports annual refunds every week of the test.

## Rollout
Ship the variant to 5% of users for two days to catch errors, then run the 50/50 test for two
weeks; the winner ships to everyone in the next release.

## Owners
Monetization PM (decision), growth designer (screen), data scientist (analysis).

## Open questions
- Should the apps show the same framing, given their smaller price sheet?
`;

const seatsOnePager = `# Seat bundles for small teams: experiment one-pager

Quillstone Growth team.

## TL;DR
We will test selling seats in bundles of five instead of one at a time, for teams of two to ten
people, to raise revenue per team without hurting trial-to-paid conversion.

## The problem
Small teams add seats one by one and stall at three: each new seat needs an admin to approve a
new charge, so most teams never invite the rest of their colleagues.

## Target users
Teams of two to ten people on the monthly Team plan, created in the last twelve months.

## Why now
Seat growth in small teams has been flat for three quarters, and the billing rebuild that ships
this month makes bundles possible for the first time.

## Hypothesis
If one approval buys five seats, admins will invite more colleagues and teams will pay for the
larger bundle.

## Success metrics
- Primary: revenue per small team after 30 days, up 8%.
- Guardrail: trial-to-paid conversion stays within one point of today's 22%.

## Test plan
New teams are randomised 50/50 at sign-up; the variant sees bundles of five on the plan page
and in the invite dialog. We read the result after 30 days of billing.

## Alternatives considered
- A lower price per extra seat: rejected, it cuts revenue from teams that would grow anyway.
- Free seats for a month: rejected, it delays the approval problem instead of removing it.

## Risks and mitigations
- Teams of two may feel pushed to overbuy: they can still buy single seats.
- Finance needs a new revenue line: agreed with them before launch.

## Timeline
Design in week 1, build in weeks 2 and 3, test from week 4, read-out in week 9.

## Decision needed
Approve a 30-day test on new small teams, and who decides to ship it after the read-out.
`;

const ownDraft = `# Platform-Split Price Framing Test (My Draft)

## Summary
After our annual-plan framing test, this proposes a second test that splits users by platform,
because mobile users see the price sheet differently.

## Problem
The problem is that the lift from showing the monthly equivalent fades for users who upgrade on
mobile: their take rate of the annual plan barely moved, while the web rose from 18% to 23%.

## Target Users
The target users are free users who open the upgrade screen in our iOS and Android apps.

## Hypothesis
We believe that if the app price sheet shows the monthly equivalent above the fold, mobile users
will choose the annual plan as often as web users do.
`;

/**
 * The library of worked example (a): two gold-standard pricing-experiment documents (a PRD and
 * an experiment one-pager, written for the demo) that the template is built from, then the
 * user's own draft of their next test, tagged `draft`, which answers only some of the
 * template's questions so a draft check shows what is missing. The draft says what each section
 * answers in its first words too, so its stored text (which keeps no Markdown) pasted into the
 * draft check is read the same way.
 */
export const demoLibrary: { goldStandard: readonly DemoDocument[]; draft: DemoDocument; template: string } = {
  goldStandard: [
    {
      file: 'annual-plan-price-framing-prd.md',
      title: 'Annual-plan price framing on the upgrade screen (Fernway PRD)',
      kind: 'prd',
      tags: ['pricing', 'experiment', 'gold-standard'],
      rating: 5,
      body: framingPrd,
    },
    {
      file: 'seat-bundles-one-pager.md',
      title: 'Seat bundles for small teams (Quillstone experiment one-pager)',
      kind: 'one-pager',
      tags: ['pricing', 'experiment', 'gold-standard'],
      rating: 4,
      body: seatsOnePager,
    },
  ],
  draft: {
    file: 'platform-split-framing-test-draft.md',
    title: 'My draft: platform-split price framing test',
    kind: 'prd',
    tags: ['draft', 'pricing'],
    rating: null,
    body: ownDraft,
  },
  template: 'Pricing experiment brief',
};
