import type { SpotlightActionData } from '@mantine/spotlight';

/** Commands in the palette besides the pages: each starts a task on the page that does it. */
export function extraActions(navigate: (to: string) => void): SpotlightActionData[] {
  return [
    {
      id: 'compose:ask',
      label: 'Write an ask',
      description: 'The smallest possible ask to a mentor',
      onClick: () => navigate('/compose?kind=ask'),
    },
    {
      id: 'compose:circle-back',
      label: 'Write a circle-back',
      description: 'Say what you applied and what happened',
      onClick: () => navigate('/compose?kind=circle-back'),
    },
    {
      id: 'outcomes:add',
      label: 'Add an outcome',
      description: 'A concrete 3–6 month outcome',
      onClick: () => navigate('/outcomes?new=1'),
    },
    {
      id: 'mentors:add',
      label: 'Add a mentor',
      description: 'Someone excellent at the skill who can explain how',
      onClick: () => navigate('/mentors?new=1'),
    },
    {
      id: 'data:demo',
      label: 'Load the demo workspace',
      description: 'The two worked examples of the framework',
      onClick: () => navigate('/data#demo'),
    },
  ];
}
