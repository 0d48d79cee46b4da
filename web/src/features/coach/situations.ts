/** The three situations the coach starts from (the framework's reasons to seek mentorship). */
export const situations = [
  {
    id: 'new-domain',
    label: 'Entering a new domain',
    detail:
      'You moved into Growth, Monetization or another area and need its craft fast: most gaps are IQ (execution, strategy, product sense).',
    example: 'Lift average revenue per user by 5%, from $4.20 to $4.41, by the end of next quarter.',
  },
  {
    id: 'leadership',
    label: 'Moving into leadership',
    detail: 'You are becoming a senior or lead PM: what holds people back here is mostly EQ (communication, leadership, management).',
    example:
      'Present the quarterly roadmap review to the executive team on my own, with my VP signing off that I can run it solo, by June.',
  },
  {
    id: 'stagnant',
    label: 'Feeling stagnant',
    detail: 'Things are fine but you are not growing: pick the one outcome that would prove the next level, then the skill that blocks it.',
    example: 'Ship the pricing page redesign and raise trial-to-paid conversion from 8% to 10% by September.',
  },
] as const;
