import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { defensive } from './defensive.js';

const findings = (text: string) => defensive.check(parseText(text), undefined);
const spans = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe('defensive', () => {
  it.each([
    ['Thanks, but I only did that because the CFO kept interrupting me.', ['but']],
    ['In my defence, I had ten minutes to prepare.', ['In my defence']],
    ["Thank you. It was a one-off; I'm usually better than that.", ['one-off']],
    ['Thanks. Sam should have prepared better.', ['Sam should have']],
    ["Thanks for flagging. I honestly don't remember doing that.", ["I honestly don't remember"]],
    ['The engineers started it, so I had to push back.', ['started it']],
    ['Sorry you felt that way.', ['Sorry you felt']],
    ['Thanks. If the data team had delivered on time I would not have rushed.', ['If the data team had delivered']],
    ['Actually, I think the meeting went fine.', ['Actually']],
    ['Whatever. The numbers were right.', ['Whatever', 'The numbers were right']],
    ["Thanks. I hear you, but I don't agree: I was direct, not rude.", ['but']],
    ['Cheers. To be fair, nobody else had prepared either.', ['To be fair']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    "Thank you. I wasn't aware of it, but I trust your read and I'll change it.",
    "Thanks. No defence from me, you're right about the tone.",
    "Thank you. I'm not going to make excuses: I was unprepared.",
    "Thank you, I actually hadn't noticed that, and you're right.",
    "Thanks. I started it, and I'll apologise to the team.",
    "Thank you. I'll keep that in mind for the next review.",
    'Thank you. I was tired, but that is no excuse, and I will apologise to Mo.',
    'Thank you for telling me, even though it must have been awkward.',
    'Thanks. It is hard to hear but fair.',
    "Thank you. It wasn't a one-off, I know I do it often.",
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('suggests keeping the thanks and the writer’s own commitment', () => {
    const [finding] = findings("Thanks, but the slides weren't loading. I'll test the room beforehand next time.");
    expect(finding?.suggestion).toBe("Thank you, that's useful; I'll test the room beforehand next time.");
  });
});
