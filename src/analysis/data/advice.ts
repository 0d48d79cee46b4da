/**
 * Word lists of advice capture (SPEC §1.4): what makes a sentence of a mentor's reply a
 * piece of advice, and what does not. Data, reviewed like code. Phrase lists use the syntax
 * of `engine/phrase-index.ts` (`~` stem, `*` one word, `**` up to three words).
 */

/** Base forms of verbs that open an imperative ("Try …", "Cut the scope …", "Don't …"). */
export const imperativeVerbs = `accept act add address adjust agree aim align allow anchor announce answer apply approach archive
  ask assign assume audit automate avoid batch be begin benchmark block book borrow break bring budget build bundle
  calculate call cancel cap capture challenge change charge chase check choose clarify clean close coach collect combine
  commit compare compile consider consolidate contact copy count cover create cross cut debrief decide declare default
  define delay delegate delete demo deploy describe design dig disable document double draft drop email embrace
  emphasise emphasize enable encourage end engage ensure establish estimate evaluate examine expand experiment explain
  explore expose extend figure fill find fix flag focus follow force forget frame freeze gather get give go grab group
  grow guard hand handle have hide highlight hire hold host identify ignore implement include instrument interview
  invest invite isolate iterate join jot keep kick kill label launch lay lead learn leave let limit list listen loop
  lower make map mark measure meet mention merge message model move name narrow negotiate note offer onboard open
  order organise organize outline own pair partner pause pay pick pilot pin pitch place plan play post practice
  practise prepare present price promise prioritise prioritize probe prototype publish pull push put question raise rank
  rate read recommend record recruit reduce reframe register rehearse release remove rename repeat replace report
  request require research reserve reset resist restate rethink return reuse review rewrite rotate run save say
  schedule scope score screen segment sell send separate set shadow share ship shorten show shrink sign simplify
  sit size skip slice slow sort speak spend split stack staff start state stay steal step stick stop streamline
  structure study submit suggest summarise summarize swap switch take talk target teach tell test thank think tie
  time timebox track trade train treat trim try turn use validate verify visit wait walk watch weigh write look reach
  worth see remember`;

/** Verbs that open a sentence without giving advice: greetings, thanks and wishes. */
export const notAdviceVerbs = 'thank welcome hope love enjoy wish bless congratulate excuse pardon mind guess';

/**
 * Verbs that, after "and", continue the same action rather than start a new piece ("ship it
 * and watch the error rate", "try X and see what happens").
 */
export const followUpVerbs = 'see watch measure monitor track check compare learn find let move note notice observe';

/** Words that lead into an imperative without changing it: "Also, …", "Honestly just …", "I'd say …". */
export const fillerWords = `also and but so then next first second third fourth fifth finally lastly please maybe perhaps
  just honestly definitely really simply personally again instead plus oh ok okay well now otherwise meanwhile overall
  ideally probably frankly seriously`;

/** Two-word lead-ins that can open an imperative: "I'd say go for …", "I think start with …". */
export const leadPairs = "i'd say | i would say | i think | i guess | i'd just | id say";

/** Pronouns that point back to the previous clause; a clause that starts with one continues it. */
export const anaphora = 'those these them it that this they there rest same others remainder';

/** Objects meaning the mentor: "send me …", "let me know", "keep us posted" are offers, not advice. */
export const mentorObjects = 'me us';

/** Phrases anywhere in a clause that make it a recommendation. */
export const adviceCues = `you should | you shouldn't | you should not | you shoud | you shold | you sould | you could | you might
  you may want | you might want | you'll want to | you will want to | you'd want to | you want to | you need to | you need a | you need an
  you need the | you need one | you need some | you need more | you need someone | you need better
  you needn't | you don't need to | you do not need to | you don't have to | you have to | you must | you mustn't
  you ought to | you'd better | you'd be better off | you can | u should | u could | i'd | i would | i wouldn't
  i would not | i'd not | id recommend | if i were you | i recom~ | i reccom~ | i * recom~ | i suggest | i sugest | i advise | i'd advise
  i encourage you | i'd encourage | i'd urge | i urge you | my advice | my suggestion | my recommendation
  my tip | my two cents | it might help to | it may help to | it could help to | it would help to | it helps to
  it might also help to | it may also help to | it would also help to | it would be sensible to | it would be wise to
  it would be smart to | it would be good to | it would be better to | it would be useful to | it would be helpful to
  it would also be sensible to | it would also be good to
  what worked for us | what worked for me | what * worked for us | what * worked for me | what helped us was
  what helped me was | what helped was | what worked was | what * helped was | what * worked was | the trick is to | the key is to | the best thing * can do is | the best thing is to
  one thing to try | one thing you could | a good first step | a good step is to | a good step would be`;

/**
 * Continuations after "I'd"/"you could" that are not advice: wishes, offers and hypotheticals
 * about the mentor ("I'd love to hear", "I'd be happy to look", "I would have …").
 */
export const notAdviceAfterModal = `love | like | be happy | be glad | be curious | be interested | be delighted | be keen
  have | be surprised | say | imagine | guess | bet | be grateful | appreciate | rather not | see | tell | expect | find
  be right | be wrong | argue | already | probably find | not be`;

/** Questions that suggest an action ("Have you tried …?", "Why not …?"). */
export const adviceQuestions = `have you tried | have you considered | have you thought about | have you thought of
  have you looked at | have you looked into | have you talked to | have you spoken to | have you asked | have you tested
  have you explored | have you checked | did you try | did you consider | did you think about | why not | why don't you
  why dont you | what if you | what about trying | how about | could you try | would it help to | wouldn't it be
  is it worth | any chance you could | what would happen if you`;

/** Openings of the mentor's own story ("We tried …", "In my last company …"), which are not advice. */
export const storyOpeners = `we tried | we did | we had | we went | we made | we used | we ran | we found | we saw | we hit
  we learned | we got | we were | i did | i tried | i had | i went | i made | i used | i found | i learned | i was
  in my old company | in my last company | in my previous company | in my former company | in my first company
  in my old job | in my last job | in my previous job | at my last company | at my old company | at my previous company
  when i was | back when | years ago | i remember`;

/** Imperatives that are courtesies, encouragement or offers, not advice ("Keep it up!", "Talk soon"). */
export const notAdviceImperatives = `keep going | keep it up | keep up the good | keep me | keep us | take care | have a great | have a good
  have a nice | have a lovely | have fun | say hi | say hello | talk soon | speak soon | look forward | reach out anytime
  reach out any time | reach out if | reach out whenever | reach out again | feel free | let's | let us | let me
  give me a shout | hang in there | stay safe | stay well | stay tuned | be well | good luck | go for it | keep at it
  don't hesitate | do not hesitate | dont hesitate | see you | see above | see below | see attached | note that
  note this`;

/**
 * "worth" followed by an action ("worth pairing it with …", "it may be worth setting …",
 * "worth a try"); "for what it's worth" and "it was worth it" are not advice.
 */
export const worthPattern =
  /(?<![\p{L}])(?<!what it's |what it is |was |were )worth (?:\p{L}{2,20}ing|a (?:try|look|shot|test|read|call))(?![\p{L}])/gu;

/** Prefixes that keep a verb a verb: "reorganise", "rethink", "pre-register", "double-check". */
export const verbPrefixes = ['re', 'pre', 'over', 'under', 'out', 'co', 'de', 'un', 'mis', 'double', 'cross', 'up'];

/** Words just before a cue that make it a condition or a question ("if you want to", "as you can see"). */
export const notBeforeCue = 'if whether unless do did does as how when once until because since so that only';

/** Words after an imperative that show it is a noun subject instead ("Design feels unheard"). */
export const auxiliaries = `is are was were will would can could should has had does did may might must seems looks feels
  isn't aren't wasn't weren't won't doesn't didn't hasn't haven't`;

/** Words that can follow an imperative verb directly: articles, pronouns, particles, prepositions. */
export const objectStarters = `the a an your my our their his her it them this that these those each every all some any one two
  three four five six seven eight nine ten up down out in on off with to for at about back by over into through
  more less fewer no both either what who how whether if why where when someone somebody everyone everybody people`;

/**
 * A recommended choice for the PM's own case: "'weekly active teams' is better than 'DAU'
 * for your kind of product".
 */
export const recommendedChoice = `is better | is more better | is much better | is far better | is the better | is a better
  is best | is the best | is the right | would be better | would be the better | will be better | is safer | is the way to go
  are better | are the better | is probably better | is definitely better`;

/** List markers at the start of a line: "- ", "• ", "1. ", "2) ". */
export const listMarker = /^(?:[-*•▪◦·‣–—]|\d{1,2}[.)])\s+/u;

/**
 * Words by which a clause replaces what the advice before it forbids ("don't add more
 * tooltips; cut the setup steps instead"): the two are one instruction, captured together.
 */
export const replacementWords = 'instead rather';
