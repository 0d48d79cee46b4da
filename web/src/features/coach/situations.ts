/** The three situations the coach starts from (the framework's reasons to seek mentorship). */
export const situations = [
  {
    id: 'new-domain',
    label: 'Entering a new domain',
    detail:
      'You moved into Growth, Monetization or another area and need its craft fast: most gaps here are IQ (execution, strategy, product sense), learned in 3–6 months from the documents of people who do it well.',
    example: 'Lift average revenue per user by 5%, from $4.20 to $4.41, by the end of next quarter.',
    gapHint: 'Usually an IQ gap: the craft of the new domain, such as designing a pricing experiment or reading a funnel.',
  },
  {
    id: 'leadership',
    label: 'Moving into leadership',
    detail:
      'You are becoming a senior or lead PM: what holds people back here is mostly EQ (communication, leadership, management), a muscle built over a year or more with feedback from others.',
    example:
      'Present the quarterly roadmap review to the executive team on my own, with my VP signing off that I can run it solo, by June.',
    gapHint: 'Usually an EQ gap: how you come across, align stakeholders, give feedback or lead a team.',
  },
  {
    id: 'stagnant',
    label: 'Feeling stagnant',
    detail:
      'Things are fine but you are not growing: pick the one outcome that would prove the next level, then the one skill that blocks it, and go after it on purpose.',
    example: 'Ship the pricing page redesign and raise trial-to-paid conversion from 8% to 10% by September.',
    gapHint: 'Name the primary blocker honestly: the one skill that, once closed, would make the outcome likely.',
  },
] as const;

/** One of the three situations. */
export type Situation = (typeof situations)[number];
