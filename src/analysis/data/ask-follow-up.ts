/**
 * Word lists of the ask check at stage `follow-up` (SPEC §1.5): one short, guilt-free nudge
 * that restates the one question.
 */
import { phraseList } from './ask.js';

/** Limits of the follow-up stage. */
export const followUpLimits = {
  /** Words above which a follow-up is `too-long` (an error). */
  wordsError: 80,
};

/**
 * Phrases that guilt the recipient for not answering: no reply yet, "bumping", "did you get my
 * email?", "you read my message but…", chasing and reminders. "Following up", "a gentle nudge"
 * and "no pressure" are not guilt.
 */
export const guiltPhrases = phraseList(`
  haven't heard back, have not heard back, havent heard back, haven't heard from you, have not heard from you, havent heard from you,
  didn't hear back, did not hear back, didnt hear back, not heard back, never heard back, still haven't heard, still have not heard,
  still no reply, still no response, still no answer, still no word, no reply yet, no response yet, no answer yet, no reply so far,
  no reply has, no response has, no answer has, no reply came, no response came, no answer came, message was opened, email was opened,
  message was read, email was read, message was seen, note was opened, has been opened, was opened but,
  no response so far, didn't get a reply, didn't get a response, didn't get an answer, did not get a reply, did not get a response,
  haven't had a reply, haven't had a response, haven't gotten a reply, haven't gotten a response, haven't received a reply,
  haven't received a response, haven't got a reply, have not received, didn't reply, did not reply, didnt reply, didn't respond,
  did not respond, didnt respond, didn't answer, did not answer, haven't replied, have not replied, haven't responded,
  have not responded, haven't answered, have not answered, never replied, never responded, never answered, never got back,
  didn't get back to me, did not get back to me, haven't gotten back, you read my, you've read my, you have read my, you saw my,
  you've seen my, you have seen my, seen my message, seen my email, saw my message, saw my email, left me on read, left on read,
  did you get my, did you receive my, did you see my, have you seen my, did you read my, have you read my, did you get a chance,
  have you had a chance, had a chance to read, had a chance to look, did my email, did my message, just bumping, bumping this,
  bump this, bumping my, bumping up, bumping it, bump my, top of your inbox, sorry to chase, chasing you, chasing this, chasing again,
  chase again, chasing up, chase you, as per my last, per my last email, per my previous, as i said in my last, as mentioned in my last,
  for the second time, for the third time, my second email, my third email, my second message, my third message, another reminder,
  just a reminder, reminder:, still waiting, been waiting, waiting to hear, waiting for your reply,
  waiting for your response, waiting for your answer, waiting on your reply, any update, any updates, any news on, ignored, ignoring,
  you must have missed, you may have missed, you might have missed, you missed my, in case you missed, too busy to answer,
  sure if you saw, sure you saw, sure whether you saw, know if you saw, idea if you saw, unsure if you saw,
  too busy to reply, too busy to respond, bug you, bugging, without an answer, without a reply, without a response,
  without hearing back, without hearing from you, still hoping, hoping to hear back, resending, re-sending, sending it again,
  sending this again, written twice, wrote twice, twice now, times now, multiple times, several times, yet again, pestering, pester you,
  keep bugging, bugging you, nagging, nag you, keep chasing, did my last, did my previous, did my earlier, reach you?, reached you?,
  make it to your inbox, you opened my, you've opened my, why haven't you, why didn't you, why have you not, mean a lot to get,
  would mean a lot, need an answer, need a reply, need a response, resending my, resending this, slipped through, through the cracks,
  fell through, missed my message, missed my email, missed my note, probably missed, here it is again,
  guess you're busy, guess you are busy, guess ur busy, guess youre busy, you must be busy, you must be swamped, must be so busy,
  you've been posting, you have been posting, you've been active, you have been active, saw you've been, i see you've been,
  seen you posting, saw you posting, you've been online, did not answer to, didn't answer to, no answer from you,
  courtesy of a reply, courtesy of an answer, courtesy of a response, common courtesy, a reply this time, an answer this time,
  a response this time, my 2nd reminder, my second reminder, my 3rd reminder, my third reminder, a 2nd reminder, a second reminder,
  without a word, without a single word, third time's the charm, third time lucky, second reminder, third reminder, 2nd reminder, 3rd reminder, this is my 2nd, this is my second, this is my third, my 2nd attempt, my second attempt, my 2nd try, my second try,
  second time asking, asking again, guess you're swamped, guess you are swamped, guess you're slammed, guess you are slammed,
  guess you've been busy, guess you have been busy, assume you're busy, assume you are busy, probably busy, seems you're busy,
  seems you are busy, suppose you're busy, guess ur busy, guess u r busy, guess you're swamped, reposting, re-posting, pinging again, ping again,
  nudging again, nudge again, still waiting on, radio silence, crickets, heard nothing, not a word,
  got buried, gets buried, get buried, you've been active, you've been pretty active, you've been very active, you've been quite active,
  you have been active, you've been busy posting, seen you posting, saw you posting, see you posting, see you've been posting,
  seen you've been posting, you've been posting, you've been online, got lost in, got lost under, buried under, buried in your inbox, lost in your inbox, no reply to my, no response to my, no answer to my, has been no reply, has been no response, there has been no, writing again, i am writing again, i'm writing again,
  still nothing, nothing from you, nothing back from you, nothing from your end, nothing from your side, no word from you,
  nothing yet from you, not a peep, no news from you, still have no reply, still have no answer, still have no response,
  have no reply from you, no reply from you, no response from you, had no news, not interesting enough, not worth an answer, not worth a reply,
  you were active, saw you were active, you were posting, you were online, one more try, one last try, third try, my third try, 3rd try, inboxes are brutal
`);

/**
 * More guilt, by concept: proof they saw it (read receipts), proof they are around (active
 * elsewhere), pressure for a reply, disappointment, and a last chance. Each names the silence
 * as their fault.
 */
export const guiltEvidence = phraseList(`
  shows as read, shows as seen, shows it as read, shows it as seen, marked as read, marked as seen, read receipt, read receipts,
  says seen, says read, shows seen, shows you opened, shows you've opened, shows you read, shows that you opened, see you opened,
  see you've opened, see that you opened, see you read, see that you read, noticed you opened, noticed you read, you viewed my,
  viewed my profile, you liked my, saw you liked, you reacted to my, know you're around, know you are around, know ur around,
  see you're online, see you are online, saw you were online, saw you online, replying to others, replied to others,
  responding to others, responded to others, answering others, answered others, answering other people, replying to other people,
  replied to other people, answered other people
`);
export const guiltPressure = phraseList(`
  awaiting your reply, awaiting your response, awaiting your answer, awaiting a reply, awaiting a response, await your reply,
  await your response, at your earliest convenience, a prompt reply, a prompt response, a prompt answer, your prompt reply,
  your prompt response, a timely reply, a timely response, reply asap, respond asap, answer asap, get back to me asap,
  expecting your reply, expecting a reply, expecting your response, expected a reply, expected a response, expected to hear,
  a bit disappointing, quite disappointing, rather disappointing, a little disappointing, bit disappointed, a little disappointed,
  disappointed not to, disappointing not to, disappointed that i, disappointed you, disappointing that, disappointing given,
  surprised not to hear, surprised i haven't, surprised you haven't, surprised you didn't, surprised not to get,
  given how much you talk, given how approachable, for someone who talks, for someone who says, for someone who writes about,
  you claim to, one last time, one final time, last attempt, final attempt, final try, one final try, last chance, final follow-up,
  final follow up, final reminder, last reminder
`);
/** Verbs of sending, which a count of times after them turns into a tally of attempts ("I've sent this three times"). */
export const sendingVerbs = phraseList(`
  sent, send, sending, written, wrote, write, writing, asked, asking, messaged, messaging, emailed, emailing, pinged, pinging,
  reached out, reaching out, contacted, contacting, followed up, following up, nudged, nudging, dm'd, dmed, tagged
`);
/** Counts of attempts ("twice", "three times", "more than once"). */
export const attemptCounts = phraseList(`
  twice, two times, three times, 3 times, four times, 4 times, 3x, 4x, a few times, a couple of times, a couple times,
  several times, multiple times, many times, repeatedly, more than once, again and again, over and over
`);
/** Apologies that, with a repetition after them, chase ("sorry to write again", "apologies for the repeat"). */
export const apologyWords = phraseList(`sorry, apologies, apologise, apologize, forgive me, pardon me, pardon`);
/** What makes an apology a chase: the message is sent again. */
export const repetitionWords = phraseList(`
  again, once more, one more time, another time, a second time, a third time, the repeat, the repetition, the double, repeated,
  repeatedly, the second message, the second email, the follow-up, the follow up, following up again, the reminder
`);
/** Words that, opening a follow-up, push it back up the inbox ("bump 👆 did you…", "Bumping:"). */
export const bumpOpeners = phraseList(`bump, bumping, bumped, ping, reminder, 2nd reminder, second reminder, resend, resending`);

/** Phrases that add a second or different request to a follow-up ("Also, would you…", "another question"). */
export const newAskPhrases = phraseList(`
  another question, a second question, one more question, a further question, an additional question, a new question,
  a different question, another request, one more request, a second request, another favour, another favor, one more favour,
  one more favor, a bigger favour, a bigger favor, two questions, a couple of questions, a few questions, a few more questions,
  some more questions, while i have you, on top of that, in addition to my question, besides my question, as well as my question,
  more questions, other questions, a couple more, another couple, few more things, three questions, some other things,
  send me, sending me, share with me, forward me, give me access, you can instead, you could instead, can you instead,
  could you instead, instead send, instead share, a related question, a follow-on question, a bonus question, bonus q, bonus question,
  one other question, one other thing, a separate question, while we're at it, while i'm at it, one more q, another q,
  ask you something else, ask something else, ask you something different, ask something different,
  another quick one, one more quick one, a second quick one, a second thing, unrelated but, on an unrelated note, on a related note
`);
/** Phrases that, in a request sentence of a follow-up, add to the one question ("I'm also curious…"), unlike "did you also…". */
export const addingWords = phraseList(`
  i'm also, i'd also, i also, i'll also, we'd also, we also, also curious, also wondering, also wanted, also want, also love, also like,
  also keen, also interested, also be open, also be able, also be willing, also have a, additionally, could you also, would you also,
  can you also, could u also, might you also, would it also, could we also, can we also, you could also, u could also, you might also,
  while you're at it, on top of that,
  while i'm here, while i am here, while im here, whilst i'm here, while i have you, while i've got you, more broadly, more generally,
  on a broader note, on a separate note, on another note
`);
/**
 * Verbs that set the first question aside ("forget my loot table q", "instead of my overdraft
 * question"): what is asked after them is a new question, not the one restated.
 */
export const replacingVerbs = phraseList(`
  forget, ignore, scrap, skip, drop, disregard, never mind, nevermind, nvm, instead of, rather than, forget about, scratch
`);
/** What the first question is called when it is set aside. */
export const askNouns = phraseList(`question, questions, q, qs, ask, request, query, earlier one, first one, last one`);
/** Words that open a sentence adding a request ("Also, would you…"). */
export const newAskOpeners = phraseList(
  `also, additionally, plus, and also, separately, besides, oh and, p.s, ps, one more thing, another thing`,
);

/**
 * Doubting that the first message arrived ("not sure my last note ever reached you", "did my
 * email land?", "in case it went to spam") asks them to account for the silence: guilt. Built
 * from four small families, joined in `guilt.ts`: whose message, what it was, an adverb, and a
 * verb of arriving.
 */
/** Whose message: the sender's ("this" is the message being read: "hope this note reaches you"). */
export const deliveryOwners = phraseList(`my, our, the, that`);
/** Words between the owner and the message that say it was the earlier one ("my *last* msg"). */
export const deliveryOrdinals = phraseList(
  `last, previous, earlier, first, original, prior, other, initial, old, short, little, quick, two, three, few, couple of, several`,
);
/** What was sent. */
export const deliveryNouns = phraseList(`
  msg, msgs, message, messages, email, emails, e-mail, mail, note, dm, dms, inmail, text, question, reply, letter, ping, linkedin message
`);
/** Adverbs and modals between the message and the verb ("ever", "may not have", "didn't"). */
export const deliveryAdverbs = phraseList(`
  ever, even, actually, really, definitely, properly, never, probably, possibly, maybe, may have, might have, may not have,
  might not have, didn't, did not, didnt, has, hasn't, has not, has ever, ever actually
`);
/** Verbs of arriving that need "you" after them ("reached you", "found you"). */
export const deliveryVerbsToYou = phraseList(
  `reach, reached, reaches, get to, got to, gets to, make it to, made it to, makes it to, made it past, make it past, got past, get past,
  slipped past, slipped by, slid past, slip past, slip by`,
);
/**
 * Verbs of arriving that end the clause ("did my email *arrive*?", "not sure it *went through*"):
 * followed only by punctuation or a few closing words, so "went through three drafts" is
 * something else.
 */
export const deliveryVerbsEnding = phraseList(`
  arrive, arrived, arrives, come through, came through, get through, got through, go through, went through, gone through, land,
  landed, make it, made it, get delivered, got delivered, was delivered, been delivered, be delivered, go missing, went missing,
  gone missing, bounce, bounced, reach, reached
`);
/** Closing words allowed after an ending verb of arriving ("landed ok", "came through on your end"). */
export const deliveryClosers = phraseList(`
  ok, okay, alright, safely, fine, properly, at all, on your end, on your side, in your inbox, to you, to your inbox, your way,
  anywhere, or not, though
`);
/** Where a lost message ends up: with "in", "to" or "into" before it, after an owner and a message. */
export const lostPlaces = phraseList(
  `spam, your spam, the spam, junk, your junk, the junk, promotions, your promotions, the promotions, a filter, the void`,
);
/** Verbs that send a message to a lost place ("went to spam", "ended up in junk"). */
export const lostVerbs = phraseList(`
  went, gone, go, goes, ended up, end up, landed, land, got caught, get caught, got filtered, get filtered, got sent, slipped, fell,
  got stuck, is stuck, got flagged
`);
/** Words of doubt that, before "it"/"this" and a verb of arriving, doubt delivery ("not sure it landed", "in case it didn't come through"). */
export const deliveryDoubts = phraseList(`
  not sure, unsure, no idea, don't know, dont know, do not know, wasn't sure, was not sure, in case, wondering if, wondering whether,
  wonder if, wonder whether, can't tell, cant tell, not certain, check that, checking that, make sure, making sure, double-check,
  double-checking, double check, double checking
`);

/** Denials that open the silence named ("have *not* yet received a reply", "*never* got a response"). */
export const silenceDenials = phraseList(`haven't, have not, havent, hasn't, has not, didn't, did not, didnt, not, never, yet to`);

/**
 * Words before such a denial that keep the silence between the two of them ("I", "you", "and",
 * "still"); "customers haven't received a reply" is about someone else.
 */
export const silenceSubjects = phraseList(`
  you, u, i, we, i've, we've, ive, weve, still, yet, and, but, have, has, had, so, since, as, because, read, it
`);
/** Fillers between the denial and the receiving ("have not *yet* received", "haven't *still* had"). */
export const silenceFillers = phraseList(`yet, still, actually, really, ever, even`);
/** Verbs of receiving a reply ("received", "had", "got", "heard"). */
export const receivingVerbs = phraseList(`received, receive, had, have, got, gotten, get, heard`);
/** What was not received. */
export const replyNouns = phraseList(`reply, replies, response, responses, answer, answers, word, anything, a thing`);
/** Words before "no reply" that deny it after the sending ("I see you read it *but* no answer"). */
export const silenceContrasts = phraseList(`but, and, yet, still`);

/**
 * Openers that release the reader from any debt: a lost or buried message said after them ("no
 * worries if it's buried under launch stuff") excuses the silence instead of blaming it.
 */
export const releaseOpeners = phraseList(`
  no pressure at all, no rush at all, zero pressure, no worries if, no worry if, no pressure if, no stress if, no problem if, totally fine if, completely fine if, it's fine if,
  its fine if, all good if, totally get it if, totally understand if, completely understand if, i understand if, understandable if,
  no biggie if, no big deal if, zero pressure if
`);
/** Promises after a last attempt that release the reader ("one more try and then I'll leave you be"). */
export const releaseClosers = phraseList(`
  leave you be, leave you alone, leave you in peace, won't bother you again, will not bother you again, won't chase again,
  won't chase you again, stop bugging you, won't follow up again, will not follow up again, last time i'll write
`);
