/**
 * The patterns of a result stated without a change verb: behaviour that ended or began, states
 * reached or become, what a group did, amounts set against earlier ones, changes from one level
 * to another. `find-result.ts` reads them; each is tried only where its first word stands. What
 * reads like a result and is none is in `false-results.ts`.
 */
import { startingWith } from '../../engine/match.js';

/**
 * Behaviour that ended, began or finally happened: "the board stopped asking for dates", "people
 * finally started replying" (not "we started testing", the writer's own action, nor "we restructured
 * the dashboard and started tagging", which goes on with it), "people finally raised it".
 */
export const CHANGED_BEHAVIOUR = startingWith(
  /(?<![\p{L}])(?:(?:stopped|quit|no longer)(?: [\p{L}'-]+){0,3} [\p{L}]+ing|(?<!(?:i|we|i've|we've|ive|weve|i have|we have|i had|we had) )(?:(?:finally |actually )started|(?<!and )started) [\p{L}]+ing|finally (?!(?:tried|applied|used|tested|implemented|followed|adopted|started|got around)(?![\p{L}]))(?:[\p{L}]+ed|got|saw|understood|made|took|found|won|knew|began|agreed|shipped|said|told|came))(?![\p{L}])/gu,
  ['stopped', 'quit', 'no', 'finally', 'actually', 'started'],
);
/** A change written with an arrow: "14% -> 19%", "22 → 6 minutes", "3 days → 4 hrs". */
export const ARROW = /(?<![\d.,])\d[\d.,]{0,20}\s?(?:%|\p{L}{1,8})?\s?(?:->|=>|→|➝)\s?\d/gu;
/** A level given before the one it rose or fell from: "activation 12% from 9%", "3.9% up from 3.1%". */
export const TO_FROM = /(?<![\p{L}\p{N}.,])~?\d[\d.,]*\s?%\s(?:(?:up|down)\s)?from\s~?\d[\d.,]*\s?%/gu;
/** "the advice worked: by week five my APM ran her own 1:1s": what follows "worked" and a colon says what happened. */
export const WORKED_BECAUSE = startingWith(
  /(?<![\p{L}\p{N}])(?:worked|paid off|did the trick|delivered)(?: (?:well|great|brilliantly|beautifully|a treat))?\s?[:\u2014\u2013-]\s?(?:[\p{L}\p{N}'-]+ ){3}/gu,
  ['worked', 'paid', 'did', 'delivered'],
);
/**
 * A change of state said with words, not numbers: "shifted the board's questions from
 * differentiation to onboarding capacity". Not the writer's own doing ("we moved from X to Y").
 */
export const SHIFTED_FROM_TO = startingWith(
  /(?<![\p{L}'])(?<!(?:i|we|i've|we've|they) )(?:shifted|moved|turned|changed|swung|flipped|took|brought) (?:[\p{L}'-]+ ){1,4}from (?:[\p{L}'-]+ ){1,4}to \p{L}/gu,
  ['shifted', 'moved', 'turned', 'changed', 'swung', 'flipped', 'took', 'brought'],
);
/** "almost no customers cancelled", "nobody complained", "few reps skipped it": what hardly anyone did any more. */
export const HARDLY_ANYONE = startingWith(
  /(?<![\p{L}\p{N}])(?:(?:almost no|hardly any|no|very few|few) [\p{L}-]+|nobody|no one|hardly anyone) (?:\p{L}{2,}ed|came|went|left|quit|churned|complained|asked|called|missed|skipped|noticed|objected)(?![\p{L}])/gu,
  ['almost', 'hardly', 'no', 'very', 'few', 'nobody'],
);
/**
 * Not one of something bad since: "haven't lost a single lot to an outage", "not one complaint
 * has come in", "didn't miss a single delivery window": a count of zero is a concrete result.
 */
export const NOT_A_SINGLE = startingWith(
  /(?<![\p{L}'])(?:single(?<=(?<![\p{L}'])(?:(?:haven|hasn|hadn|didn)['\u2019]?t|have not|has not|had not|did not|never) (?:\p{L}+ ){1,2}(?:a|one) single)|not (?:a single|one) (?!of(?![\p{L}]))\p{L}{3,} (?:has|have|had|was|were|came|went))(?![\p{L}])/gu,
  ['single', 'not'],
);
/** What bothered them ending: the verb of a problem that ended. */
const ENDED = [
  'stopped',
  'ceased',
  'disappeared',
  'vanished',
  'went away',
  'dried up',
  'died down',
  'is gone',
  'are gone',
  'was gone',
  'were gone',
];
const ENDED_ALT = `(?:${ENDED.join('|')})`;
/**
 * A problem that ended: "the double-booking stopped within a week", "those 2 a.m. pages went
 * away". Found at the verb, with the subject checked behind it, so "the" costs nothing.
 */
export const PROBLEM_ENDED = startingWith(
  new RegExp(
    `(?<![\\p{L}'])${ENDED_ALT}(?<=(?<![\\p{L}'])(?:the|those|these) (?:[\\p{L}\\d.-]+ ){0,2}[\\p{L}-]+ ${ENDED_ALT})(?![\\p{L}])`,
    'gu',
  ),
  ENDED,
);
/** The words that close a level unmatched before ("…anyone can remember", "…on record"). */
const UNMATCHED = [
  'anyone can remember',
  'anyone could remember',
  'in years',
  'in decades',
  'in memory',
  'in living memory',
  'on record',
  'since records began',
];
const UNMATCHED_ALT = `(?:${UNMATCHED.join('|')})`;
/**
 * A level unmatched before: "the queue was the shortest anyone can remember", "our best month on
 * record". The superlative is checked behind the words that close it, so "in" and "on" cost little.
 */
export const UNMATCHED_LEVEL = startingWith(
  new RegExp(
    `(?<![\\p{L}\\p{N}])${UNMATCHED_ALT}(?<=(?<![\\p{L}'])(?:\\p{L}{2,}est|best|worst|most|least) (?:[\\p{L}-]{1,20} ){0,3}${UNMATCHED_ALT})(?![\\p{L}])`,
    'gu',
  ),
  UNMATCHED,
);
/** Parties whose decision reports what came of a change. */
const PARTIES = [
  'finance',
  'legal',
  'sales',
  'procurement',
  'leadership',
  'management',
  'board',
  'exec team',
  'execs',
  'ceo',
  'cfo',
  'cto',
  'coo',
  'auditor',
  'auditors',
  'regulator',
  'client',
  'customer',
  'security team',
  'compliance',
];
/**
 * A decision another party took: "finance dropped the monthly ground survey", "the board
 * approved the pilot", "legal signed off". What someone else did because of the change is what
 * came of it.
 */
export const PARTY_DECIDED = startingWith(
  new RegExp(
    `(?<![\\p{L}'])(?:${PARTIES.join('|')}) (?:finally |then |quickly |also )?(?:dropped|approved|accepted|agreed to|adopted|signed off|signed|cancelled|canceled|scrapped|funded|greenlit|green-lit|renewed|expanded|extended|unblocked|lifted)(?![\\p{L}])`,
    'gu',
  ),
  PARTIES,
);
/** Small counts, in digits or words: "two of the three deals", "9 of the 11 accounts". */
const SMALL = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)';
/** Verbs of catching or keeping cases, before a share of them. */
const CAUGHT = ['flagged', 'caught', 'predicted', 'spotted', 'identified', 'detected', 'prevented', 'recovered', 'retained', 'converted'];
/** "flagged 9 of the 11 accounts that churned", "caught 4 out of 5 fraud rings": a share of the cases it caught. */
export const CAUGHT_SHARE = startingWith(
  new RegExp(
    `(?<![\\p{L}'])(?:${CAUGHT.join('|')}) (?:~?${SMALL}|all) (?:of|out of) (?:the |our |those )?~?${SMALL}(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  CAUGHT,
);
/** "meant zero payout disputes this season", "means fewer calls to the helpline": what the change brought. */
export const MEANT = startingWith(
  /(?<![\p{L}\p{N}])(?:meant|means) (?:zero|no|none|fewer|less|more|far fewer|far less|half|twice|double|\d)(?![\p{L}])/gu,
  ['meant', 'means'],
);
/** "closed five, against two out of eight before", "zero hotfixes, against four": an amount set against the one before. */
export const AGAINST_AMOUNT = startingWith(
  /(?<![\p{L}\p{N}])(?:against|compared with|compared to|versus|vs\.?) (?:only |just |about |around |~)?(?:\d|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half)(?![\p{L}])/gu,
  ['against', 'compared', 'versus', 'vs'],
);
/** "took 25 minutes, not 60": an amount set against the one it replaced. */
export const NOT_AMOUNT = startingWith(/(?<![\p{L}\p{N}])not ~?\d/gu, ['not']);
/** An amount in the clause before "against": "closed five, against…", "zero hotfixes, against…". */
export const AMOUNT_BEFORE_CLAUSE =
  /(?:\d[\d.,]*|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half)(?:\s?%|(?:\s[\p{L}-]{1,14}){0,3})?,?\s$/u;
/** An amount ends the words before "not": "25 minutes, not 60", "7 tests a month, not 11". */
export const AMOUNT_BEFORE = /\d[\d.,]*(?:\s?%|(?:\s\p{L}{1,10}){0,3})?,?\s$/u;
/**
 * A count of business won: "we signed 2 pilot customers", "closed three new accounts", "onboarded
 * 40 merchants". The verb is past and its object a count of customers, deals or partners.
 */
export const WON_COUNT = startingWith(
  /(?<![\p{L}'])(?:signed|won|landed|onboarded|acquired|closed|added|gained|converted) (?:~?\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a dozen|dozens of|hundreds of) (?:(?:new|more|paying|pilot|enterprise|first|extra) ){0,2}(?:customers?|clients?|deals?|contracts?|partners?|pilots?|accounts?|schools?|hospitals?|clinics?|stores?|merchants?|sellers?|restaurants?|brands?|logos?|users?|subscribers?|members?)(?![\p{L}])/gu,
  ['signed', 'won', 'landed', 'onboarded', 'acquired', 'closed', 'added', 'gained', 'converted'],
);
/** A rate reached: "we got 2,3 connected banks per user", "averaged 4 orders a week per store". */
export const RATE_REACHED = startingWith(
  /(?<![\p{L}'])(?:got|reached|hit|averaged|achieved|saw) (?:~?\d[\d.,]*) (?:[\p{L}-]+ ){0,3}(?:per|a|each) (?:user|customer|member|account|store|order|session|visit|day|week|month|driver|seller|merchant|student|patient)(?![\p{L}])/gu,
  ['got', 'reached', 'hit', 'averaged', 'achieved', 'saw'],
);
/** A change from one level to another, whatever the verb: "took our median from 3 days to 4 hours", "from 40 a week to 160". */
export const FROM_TO = startingWith(
  /(?<![\p{L}])from ~?\d[\d.,:]*\s?(?:%|\p{L}{1,10})?(?: (?:in|of|out of) \d[\d.,]*(?: \p{L}{1,12})?| (?:a|an|per|each|every) \p{L}{1,10})? to ~?\d/gu,
  ['from'],
);
/**
 * An outcome caused in someone else's hands: "got our pilot shut down in week 4", "got the H2 plan
 * approved", "got the review to a decision in 12 minutes", "has us at 140 workspaces". The verb is
 * not the writer's own ("we got the draft" is an action), and what follows is a state reached.
 */
export const CAUSED_STATE = startingWith(
  /(?<![\p{L}'])(?<!(?:i|we|they|you) )(?:got|gets|has|had|put|brought|took|landed)(?: (?:us|me|them|our|my|the|their|a|an|[\p{L}]+'s))?(?: [\p{L}\d][\p{L}\d-]*){1,4} (?:(?!(?:applied|tried|used|implemented|followed|tested|planned|scheduled|booked|needed|wanted|asked)(?![\p{L}]))[\p{L}]{3,}ed|shut down|signed off|green-?lit|live|over the line|through (?:its |the |our |their )?(?:review|audit|gate|approval|certification|qualification)|to (?:a |an )?(?:decision|yes|agreement|significance|consensus|approval)|(?:at|to) ~?\d|back)(?![\p{L}])/gu,
  ['got', 'gets', 'has', 'had', 'put', 'brought', 'took', 'landed'],
);
/**
 * A state that became another: "my lessons got shorter", "standups are now calmer", "handovers
 * became clearer", "activation became 7 points higher". The subject is not the writer ("I got better at…" is about the writer).
 */
export const BECAME_COMPARATIVE = startingWith(
  /(?<![\p{L}'])(?<!(?:i|we|you|it) )(?:got|get|gets|became|become|becomes|grew|are now|is now|were|was|felt|feel|feels|seem|seems|seemed) (?:much |a lot |far |noticeably |visibly |way |a bit |\d[\d.,]*\s?(?:%|points?|pts|pp|x|times) )?(?:higher|lower|shorter|faster|quicker|calmer|clearer|cheaper|smaller|simpler|easier|sharper|tighter|smoother|fewer|quieter|lighter|happier|better|stronger|more (?:focused|engaged|confident|honest|candid|open|productive|predictable|reliable))(?![\p{L}])/gu,
  [
    'got',
    'get',
    'gets',
    'became',
    'become',
    'becomes',
    'grew',
    'are',
    'is',
    'were',
    'was',
    'felt',
    'feel',
    'feels',
    'seem',
    'seems',
    'seemed',
  ],
);

/**
 * Behaviour that now differs, said without a number: "the control room now spots the worst route
 * before the morning call instead of after it", "reps now log calls without being chased".
 */
export const NOW_DIFFERENT = startingWith(
  /(?<![\p{L}'])(?<!(?:i|we|you|i've|we've) )(?:(?<=\p{L}{2}s )now (?:\p{L}+ly )?\p{L}{2,}|now (?:\p{L}+ly )?\p{L}+s) (?:[^.!?\n]{0,80}?)(?:instead of|rather than|no longer|anymore|any more|without)(?![\p{L}])/gu,
  ['now'],
);

/**
 * What a group did: "two of the three deals closed on the date", "all six came to every
 * session", "two of them now help us recruit". A share of the people or things the advice
 * touched, then what they did.
 */
const groupOutcome = (lead: string) =>
  new RegExp(
    `(?<![\\p{L}])(?:${lead})(?: of (?:them|(?:the|our|my|these|those) (?:${SMALL} )?[\\p{L}-]+|${SMALL} [\\p{L}-]+)| ${SMALL}(?: [\\p{L}-]+)?| (?!(?:your|our|my|the|their|this|that|these|those|his|her|its|you|we|of|it|is|are|was|were|be|been)(?![\\p{L}]))[\\p{L}-]{3,}) (?:now \\p{L}+|(?:all |also |still |then )?(?:(?:have|has|had) (?:now |already |each |both )?)?(?:\\p{L}{2,}ed|came|went|got|made|kept|took|stayed|said|told|chose|won|help|helps|use|run|joined|showed|hit|met|beat|led|ran|gave|wrote|closed))(?![\\p{L}])`,
    'gu',
  );
const GROUP_WORDS = [
  'all',
  'both',
  'none',
  'half',
  'most',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twelve',
  'twenty',
];
/** Led by a word, so tried only where one starts; led by digits, tried only in a text with numbers. */
export const GROUP_OUTCOME = startingWith(groupOutcome(GROUP_WORDS.join('|')), GROUP_WORDS);
export const GROUP_OUTCOME_DIGITS = groupOutcome('\\d+');
