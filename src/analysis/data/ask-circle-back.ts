/**
 * Word lists of the ask check at stage `circle-back` (SPEC §1.5): the four parts of a report
 * back — the advice applied, where, what happened, thanks — and what each part is not.
 * The escalation stage reads the same lists for its `prior-context` rule.
 */
import { phraseList } from './ask.js';

/** Nouns that name a piece of advice; alone ("your advice", "the framework") they name nothing. */
export const adviceNouns = phraseList(`
  advice, advices, advise, idea, ideas, tip, tips, suggestion, suggestions, rule, rules, framework, frameworks, point, points,
  approach, method, trick, tricks, recommendation, recommendations, heuristic, heuristics, principle, principles, playbook,
  checklist, template, technique, tactic, tactics, insight, insights, lesson, lessons, guidance, pointer, pointers, hint, hints,
  concept, formula, thing, mantra, motto, script, habit, format, routine, canvas, matrix, scorecard, rubric, nudge, steer, guideline, guidelines, hack, hacks, counsel, wisdom, exercise, comments, comment, notes,
  feedback, input, framing, framings, reframe, reframing, argument, arguments, model, models, methodology, system
`);

/** The advice nouns that, bare after "the", are placeholders ("I applied the framework"). */
export const coreAdviceNouns = phraseList(`
  advice, advices, advise, idea, ideas, tip, tips, suggestion, suggestions, recommendation, recommendations, framework, frameworks,
  rule, rules, approach, method, trick, tricks, technique, playbook, heuristic, principle, guidance, model, models, methodology, system
`);

/** Their works, which stand for the advice only with a topic ("your talk on pricing"). */
export const workNouns = phraseList(`
  talk, post, article, podcast, episode, book, newsletter, thread, workshop, course, class, session, video, keynote, blog, essay,
  chapter, lecture, presentation, webinar, tweet, piece, write-up, writeup, teardown, deck, slides
`);

/**
 * Words after "your" that are not advice at all ("your time", "your reply", "your team"), so
 * "thanks for your time" names no advice and is no placeholder either.
 */
export const notAdviceAfterYour = phraseList(`
  time, help, reply, replies, answer, answers, response, responses, message, messages, email, emails, note, mail, dm, kindness,
  support, patience, generosity, day, week, weekend, schedule, calendar, inbox, attention, consideration, company, team, teams,
  product, products, own, side, end, way, thoughts, opinion, opinions, view, views, perspective, take, experience, work, career,
  name, profile, network, job, role, call, chat, meeting, conversation, words, encouragement, guys, folks, users, customers,
  favourite, favorite, understanding, trust, expertise, permission, blessing, thought, question, questions
`);

/** Modifiers that praise or place the advice without naming it ("your great advice", "the same tip"). */
export const genericModifiers = phraseList(`
  great, good, helpful, useful, wonderful, amazing, excellent, brilliant, valuable, insightful, thoughtful, kind, quick, detailed,
  generous, last, earlier, previous, recent, original, whole, same, simple, little, small, big, main, key, awesome, fantastic, super,
  really, very, so, such, invaluable, practical, smart, clever, lovely, solid, spot-on, sage, wise, fab, nice, cool, best, top, one,
  other, many, several, few, various, all, some, any, specific, particular, sound, timely, honest, candid, gentle, great-great
`);

/** Determiners that open a noun phrase naming an advice or a place. */
export const determiners = phraseList(`the, that, this, those, these, a, an`);

/** Words after a noun that attach its topic ("the tip *on* scoring", "your advice *to* let…"). */
export const qualifiers = phraseList(`
  on, about, to, of, for, around, regarding, re, re:, that, from, with, against, behind, where, toward, towards
`);

/**
 * Verbs of advising after "you" ("like you suggested", "the scoring you recommended"): the
 * advice is named when the rest of the sentence says what was done.
 */
export const advisingVerbs = phraseList(`
  suggested, recommended, advised, said, proposed, mentioned, described, outlined, explained, shared, showed, told me, told us,
  taught me, taught us, pointed out, put it, wrote, laid out, walked me through, gave me, recommend, suggest, argue for, argued for,
  argue, argued, make the case for, made the case for, did, did it, do it, ran it, run it, pushed for, push for, championed,
  insisted on, pushed me toward, pushed us toward, pushed me towards, pushed us towards, talked me into, talked us into,
  convinced me to, convinced us to, persuaded me to, persuaded us to, nudged me to, nudged us to, nudged me toward, nudged us toward,
  nudged me towards, nudged us towards, pushed me to, pushed us to
`);

/** Gerunds of advising after "for" ("thanks for suggesting we price per seat"): named by what follows. */
export const advisingGerunds = phraseList(`
  suggesting, recommending, proposing, pointing me to, pointing me towards, pointing out, sharing, telling me about, mentioning,
  explaining, showing me, introducing me to, the nudge to, the push to, nudging me to, pushing me to, encouraging me to, pointing me at,
  pointing us at, pointing us to, pointing me toward, steering me toward, steering me towards, nudging me toward, nudging me towards,
  steering me there, steering us there, pointing me there, telling me to, telling us to, pushing us to, nudging us to, encouraging us to, challenging me to, challenging us to, talking me into,
  talking us into, convincing me to, convincing us to, reminding me to, reminding us to
`);

/** Verbs that only say the advice was used; they describe nothing ("I applied it"). */
export const applyingVerbs = phraseList(`
  applied, apply, applying, used, use, using, tried, try, trying, implemented, implement, took, take, followed, follow, adopted,
  tested, test, put, did, done, do, went, ran, run, acted, leveraged, utilised, utilized, incorporated, brought, rolled
`);

/**
 * Verbs that describe a concrete change, so "like you suggested" or "I took your advice and …"
 * names the advice through what was done.
 */
export const actionVerbs = phraseList(`
  moved, move, moving, added, add, adding, cut, cutting, dropped, drop, dropping, removed, remove, removing, changed, change,
  changing, switched, switch, switching, capped, cap, capping, set, setting, gave, give, giving, let, letting, split, splitting,
  limited, limit, limiting, lowered, lower, lowering, introduced, introduce, introducing, replaced, replace, replacing, rewrote,
  rewrite, rewriting, renamed, rename, reordered, reorder, merged, merge, killed, kill, paused, pause, launched, launch, built,
  build, redesigned, redesign, reframed, reframe, priced, price, bundled, bundle, hid, hide, hiding, surfaced, surface,
  interviewed, interview, scored, score, scoring, ranked, rank, ranking, grouped, segmented, segment, defined, define, picked,
  pick, chose, choose, narrowed, narrow, trimmed, trim, delegated, delegate, delegating, handed, hand, wrote, write, writing,
  drafted, draft, framed, frame, anchored, anchor, offered, offer, offering, charged, charge, discounted, scheduled, schedule,
  shortened, shorten, simplified, simplify, sent, send, asked, ask, asking, started, start, starting, stopped, stop, stopping,
  swapped, swap, shifted, shift, gated, gate, tied, tie, timeboxed, timebox, reduced, reduce, raised, raise, doubled, halved,
  flipped, flip, pushed, push, pulled, pull, tracked, track, measured, measure, mapped, map, focused, focus,
  focusing, kept, keep, made, make, making, turned, turn, showed, show, showing, skipped, skip, sequenced, batched, prioritised,
  prioritized, deprioritised, deprioritized, ended, end, opened, open, closed, close, rebuilt, rebuild, retired, sunset,
  sunsetted, automated, automate, called, call, emailed, email, nudged, nudge, required, require, group, paired, pair
`);

/** Action verbs too general to stand for the advice when the writer reports them ("I asked", "we started"). */
/**
 * Verbs of change that say nothing of which change ("we changed the onboarding"): they name the
 * advice only with what the change was ("changed the onboarding *to* a checklist").
 */
export const vagueChangeVerbs = phraseList(`
  changed, change, improved, improve, updated, update, reworked, rework, redid, redo, tweaked, tweak, adjusted, adjust, modified,
  modify, revamped, revamp, fixed, fix, touched
`);
/** Words that bring in what a vague change was ("changed the onboarding *to* a checklist", "*by* removing a step"). */
export const changeComplements = phraseList(`to, into, from, by, so, with, without, using, around, toward, towards`);
export const generalActions = phraseList(`
  asked, ask, asking, sent, send, called, call, emailed, email, made, make, making, kept, keep, started, start, starting, ended, end,
  opened, open, closed, close, showed, show, showing, turned, turn, pushed, push, pulled, pull, framed, frame, focused, focus
`);

/** Headings of a report line for each part ("- Where: our ski-rental tool", "Result: …"). */
export const adviceLabels = phraseList(
  `advice, applied, tip, idea, what we did, what i did, what i tried, what we tried, what we changed, change, the change, what you suggested,
  what you said, what you advised, your advice, your suggestion, suggestion, the advice, the tip, prior advice, previous advice,
  earlier advice, your tip`,
);
/** Headings of the line that names where the advice was applied. */
export const contextLabels = phraseList(
  `where, context, applied to, used in, used on, tried on, setting, situation, project, product, team`,
);
/** Headings of the line that says what happened. */
export const resultLabels = phraseList(
  `result, results, outcome, outcomes, impact, what happened, learning, learnings, lesson, lessons, takeaway, takeaways, effect`,
);

/** Nouns that name nothing on their own: no place ("my project", "our team"), no change ("the tweak"). */
export const placeholderNouns = phraseList(`
  project, projects, product, products, team, teams, company, work, job, business, org, organisation, organization, side, end,
  case, situation, thing, things, stuff, role, area, domain, space, field, startup, users, customers, clients, people, stakeholders,
  own, current, day, week, month, quarter, year, conversation, chat, call, meeting, question, message, email, notes, mind, thanks,
  idea, ideas, results, result, numbers, data, metric, metrics, progress, problem, problems, challenge, issue, change,
  changes, tweak, tweaks, fix, fixes, everything, something, anything, adjustments, adjustment, exchange, based, initiative,
  initiatives, programme, program, workstream, effort, efforts
`);

/**
 * Nouns of places where advice gets applied: surfaces, flows, launches, tests, meetings,
 * documents, segments. One of them after "on/in/to/at … the" makes a context.
 */
export const contextNouns = phraseList(`
  page, pages, flow, flows, funnel, onboarding, checkout, signup, sign-up, registration, paywall, pricing, plan, plans, tier, tiers,
  trial, launch, release, rollout, roll-out, experiment, experiments, test, tests, pilot, campaign, feature, revamp, redesign,
  migration, sprint, sprints, roadmap, backlog, review, reviews, meeting, meetings, standup, stand-up, stand-ups, standups, retro,
  retros, offsite, workshop, planning, kickoff, kick-off, one-on-one, one-on-ones, 1:1, 1:1s, all-hands, demo, deck, presentation,
  doc, prd, spec, strategy, segment, segments, squads, cohort, cohorts, market, markets, region, squad, app, tool, api, dashboard, dashboards,
  email, emails, newsletter, notifications, notification, search, cart, homepage, landing, website, site, store, account, accounts,
  beta, project, product, team, teams, process, workflow, survey, interviews, board, forecast, budget, hiring, interview, loop,
  platform, service, integration, extension, widget, screen, screens, form, forms, step, steps, dialog, modal, prompt, invite,
  invites, referral, program, programme, rituals, ritual, cycle, cycles, quarter, okrs, okr, bet, bets, initiative, portfolio,
  mobile, ios, android, desktop, web, enterprise, smb, self-serve, b2b, b2c, marketplace, catalog, catalogue, subscription,
  subscriptions, renewal, renewals, upsell, cross-sell, support, docs, faq, crm, pipeline, sales, playbook, calls,
  banner, banners, button, buttons, tooltip, tooltips, card, cards, tab, tabs, menu, menus, sidebar, toolbar, header, footer,
  popup, pop-up, toast, badge, feed, inbox, wizard, template, templates, editor, settings, profile, report, reports, digest,
  alert, alerts, reminder, reminders, shop, restaurant, bistro, cafe, café, kitchen, clinic, ward, hospital, school, classroom,
  class, classes, lesson, lessons, course, courses, curriculum, office, warehouse, branch, studio, salon, gym, bakery, library,
  charity, shift, shifts, rota, event, events, conference, meetup, webinar, channel, channels, community, forum,
  schools, wards, pupils, patients, line, hotline, helpline, deals, sensor, firmware, module, modules,
  bookings, reservations, helpdesk, storefront, listing, listings, route, routes, clinic's, depot, site visits, ward rounds
`);

/** Place nouns that need a modifier to name anything ("the downstream team", not "the team"). */
export const contextNeedsModifier = phraseList(`
  project, product, team, teams, squad, group, users, customers, clients, org, company, business, work, process, program, programme,
  loop, initiative, plan, service, platform, help, support, step, steps, board, calls, prompt, invite, invites, account, accounts
`);

/** Words that end a noun phrase being scanned (verbs, prepositions, conjunctions, pronouns). */
export const phraseStops = phraseList(`
  and, or, but, so, to, in, on, at, for, with, by, from, of, into, onto, after, before, since, once, when, while, than, as, like,
  is, was, were, are, be, been, am, has, have, had, do, did, does, will, would, could, should, can, may, might, went, got, saw,
  grew, rose, fell, ran, gets, get, made, which, who, that, where, because, it, we, i, you, they, he, she, me, us, them, this,
  these, those, then, now, just, also, again, up, down, over, out, instead, via, per, about, through, during
`);

/**
 * Metric words: what a result moves. After a verb of change ("cut churn", "lifted activation")
 * they make the sentence a result rather than the action taken.
 */
export const metricWords = phraseList(`
  activation, retention, conversion, conversions, churn, revenue, arpu, arpa, arr, mrr, nps, csat, engagement, sign-ups, signups,
  sales, usage, adoption, uptake, dau, wau, mau, actives, active, ctr, click-through, rate, rates, cac, ltv, margin, margins,
  bookings, trials, upgrades, downgrades, renewals, expansion, numbers, metric, metrics, score, scores, satisfaction, tickets,
  complaints, velocity, throughput, latency, errors, bugs, leads, pipeline, deals, referrals, invites, installs, downloads,
  visits, traffic, sessions, clicks, orders, purchases, transactions, aov, subscribers, subscriptions, signup, registrations,
  win, wins, cycle, lead, time, costs, cost, spend, profit, profits, growth, curve, funnel, completion, response, responses, nrr,
  grr, payback, attrition, abandonment, bounce, cancellations, cancellation, refunds, escalations, incidents, share, gmv
`);

/** Verbs of change that, with any number in the sentence, state a result ("sign-ups went from 40 to 65"). */
export const changeVerbs = phraseList(`
  rose, risen, went, moved, went up, gone up, has gone up, went down, gone down, is up, are up, was up, were up, is down, are down, was down,
  were down, dropped, fell, fallen, grew, grown, increased, decreased, jumped, climbed, dipped, declined, improved, doubled, tripled,
  quadrupled, halved, spiked, plummeted, shrank, shrunk, soared, went from, moved from, lifted, raised, boosted, gained, lost, reduced,
  cut, saved, reached, hit, recovered, flattens, flattened, levelled off, leveled off, stabilised, stabilized, settled, came in at,
  landed at, shortened, up by, down by, moved up, moved down, ticked up, ticked down, crept up, bumped, lifts, rises, drops, grows,
  falls, improves, went to, dropped to, rose to, fell to, grew to, slid, sank, surged, peaked, tanked, took off, more than doubled,
  gone from, have gone from, has gone from, shaved, slashed, trimmed, knocked
`);

/** Comparatives and nouns of change that state a result only with a percent, points, a multiple or money ("9% more"). */
export const changeComparatives = phraseList(`
  up, down, higher, lower, more, fewer, less, faster, slower, better, worse, lift, uplift, increase, decrease, improvement, gain, gains,
  reduction, growth, drop, jump, boost, bump, decline, dip, rise, swing, delta, difference, shorter, longer, quicker, sooner, earlier,
  early, cheaper, ahead, saves, saved, saving
`);

/** Verbs of change that an action can use too ("we cut the discount"); a metric after them makes it a result. */
export const actionableChangeVerbs = phraseList(`
  cut, raised, lowered, reduced, increased, decreased, moved, set, changed, dropped, lifted, boosted, doubled, halved, tripled,
  moved up, moved down, capped, bumped, shortened, improved, rolled, launched, released, enabled, exposed, shaved, slashed, trimmed
`);

/** Subject words that make a change an action of the writer rather than an outcome ("we cut …"). */
export const actorWords = phraseList(`i, we, i've, we've, ive, weve, i'd, we'd, i then, we then, i also, we also, they`);

/**
 * Verbs whose subject is the thing done, so the subject names the advice when the sentence holds
 * a result ("the invite prompt change *lifted* activation", "limiting ourselves to three tests
 * *got* every test to significance"). They take an object.
 */
export const causalVerbs = phraseList(`
  lifted, raised, boosted, drove, got, cut, reduced, halved, doubled, tripled, increased, improved, grew, helped, saved, brought,
  pushed, made, fixed, solved, stopped, unblocked, gave, pulled, moved, dropped, lowered, shortened, took, turned, earned, won, added,
  kept, sold, drives, lifts, raises, cuts, gets, brings, makes, keeps, sells, shaved, slashed, trimmed, quadrupled
`);

/** Causal verbs that always take an object, so a number after them is one ("got 14 customers to …"). */
export const alwaysTransitiveVerbs = phraseList(`
  got, brought, drove, gave, saved, won, earned, took, helped, pushed, pulled, made, added, gets, brings, drives, makes
`);

/** Verbs whose subject is the thing done and which may take a number directly ("the window showed 70% …"). */
export const revealingVerbs = phraseList(
  `found, showed, revealed, proved, confirmed, exposed, surfaced, uncovered, highlighted, told us, taught us, showed us`,
);

/** Words that open a clause saying what was done before a result ("after I gave …, conversion rose"). */
export const temporalOpeners = phraseList(`after, since, once, now that, ever since, as soon as`);

/** Words that cannot open the subject of a causal verb: pronouns and "our"/"my" (a place, not advice). */
export const subjectBlockers = phraseList(`
  i, we, you, they, it, he, she, this, that, these, those, our, my, their, there, which, who, what, and, so, but, then, also, its,
  it's, we've, i've, everything, nothing, something, someone, nobody, everyone, after, before, in, on, at, during, within, over,
  since, once, when, for, by, with, now, today, yesterday, last, first, overall
`);

/** Sentence openers that put a number in the past against now ("instead of 9", "down from 30%"). */
export const comparisonWords = phraseList(`
  against a plan of, against a target of, against a goal of, against a forecast of, against plan, against target, above target,
  over target, ahead of plan, behind plan, instead of, rather than, compared to, compared with, versus, vs, down from, up from, than before, than last, than the, than planned,
  than expected, than usual, than our, than we
`);

/** Verbs of delivery that, with a duration, state a result ("shipped in 5 weeks"). */
export const deliveryWords = phraseList(`
  shipped, launched, released, delivered, finished, completed, closed, went live, got it out, out in, done in, live in, stopped, killed,
  wrapped up, signed, approved
`);

/**
 * Phrases of a learning or a qualitative outcome ("turns out…", "realised…", "for the first time",
 * "they accepted"). Negated or future uses do not count.
 */
export const outcomePhrases = phraseList(`
  caught, spotted, avoided, prevented, dodged, surfaced, uncovered, exposed, unlocked, saving us, saving, decided to, we decided,
  so we're, so we are, so we've, realised, realized, realise that, learned, learnt, found that, found out, we found, i found, discovered, noticed that, we noticed,
  turns out, turned out, it showed, showed us, showed me, showed that, revealed, confirmed, proved, proven, became clear, now know,
  showed, taught us, taught me, for the first time, first time ever, stopped arguing, reached significance, hit significance,
  statistically significant, to significance, accepted, agreed to, agreed on, approved, signed off, bought in, got buy-in, no longer,
  saved us, saved me, stopped us from, kept us from, helped us, helped me, made it easier, made it clear, unblocked, resolved,
  moved up, went away, disappeared, cleared up, zero complaints, fewer complaints, fewer tickets, the lesson, lesson learned,
  lesson learnt, the learning, key learning, the takeaway, my takeaway, our takeaway, we learned, we learnt, we saw that, i saw that,
  it worked because, clicked for, finally agreed, got approved, got the green light, green-lit, greenlit, stuck with me, changed how,
  changed the way, led to, resulted in, paid off, the difference was, the result was, the outcome was, root cause, the cause was,
  the reason was, the real problem, the real issue, the real reason, was actually, were actually, than we thought, like we thought,
  as we thought, than we expected, than expected, we had assumed, not what we assumed, to agree, to align, to sign off, to commit,
  to accept, to buy in, aligned on, got aligned, reached agreement, got agreement, got a yes, said yes, signed up, converted,
  already paid, paid for it, renewed, upgraded, is gone, are gone, was gone, got rid of, eliminated, no more, was cancelled,
  was canceled, got cancelled, with zero, without a single, out with, out on time, out early, on time, ahead of schedule, under budget,
  closed the, settled the, resolved the, ended the, won the, fixed the, solved the, unblocked the, in one session, in one meeting,
  in a single meeting, in one go, first try, so it's going, so it is going, transformed, has transformed, vanished, basically vanished,
  raised problems, raised issues, raised concerns, spoke up, opened up, started raising, started speaking up, by a third, by two thirds, by two-thirds, by a quarter, by a fifth, by a tenth, by half, in half, by a factor of,
  still holding, is holding, keeps working, kept working, still working, still works, allowed us, allowed me, enabled us, freed up, free up,
  on the first pass, first pass, found, passed, ended, put an end to, had stopped, have stopped, has stopped, had disappeared,
  had vanished, had gone away, we'd completely missed, we had completely missed, we'd missed, we had missed, better than i did,
  better than we did, better than before, better than ever, than i feared, than we feared, than i expected, than i thought,
  than i hoped, than we hoped, now lets, now let the, now let us, now allows, now enables, now means, didn't budge, did not budge,
  didn't move, did not move, barely moved, barely budged, hardly moved, stayed flat, stayed the same, stayed up, held up, stayed stable,
  stayed online, didn't crash, did not crash, didn't go down, did not go down, without crashing, without an outage, no outage,
  no outages, had a normal, had a quiet, had a calm, said it was the first, said it was the best, said it was the clearest,
  said it was the only, signed with us, signed on with us, came on board, came aboard, chose us, switched to us, renewed with us,
  called it the best, called it the clearest, called it the first, actually believed, finally believed, got sign-off, got signoff,
  got sign off, got the sign-off, got a sign-off, got approval, got the approval, got the go-ahead, got a go-ahead, got the nod,
  closed our, closed last year's, closed out, no new findings, zero findings, with no findings, got through, made it through,
  sailed through, big learning, biggest learning, main learning, the big lesson, the biggest lesson, main takeaway, big takeaway,
  biggest takeaway, with no objections, without objections, with zero objections, now pass, now passes, now meet, now meets,
  passes with, the board kept, kept it for, kept it as, adopted it, made it permanent, made it standard, board approved
`);

/** Results that name nothing ("we saw a result", "it worked", "great results"). */
export const placeholderResults = phraseList(`
  a result, results, some results, great results, good results, positive results, the results, a good result, a great result,
  it worked, it helped, it went well, went well, worked well, worked great, worked really well, some improvement, an improvement,
  improvements, a difference, a big difference, made a difference, good outcome, a good outcome, an outcome, great success, a success,
  huge success, big success, very helpful, so helpful, really helpful
`);

/** Words right before a cue that make it future or conditional ("to see", "will know", "once we see"). */
export const futureMarkers = phraseList(`to, will, 'll, would, could, might, may, can, should, once, if, when, until, shall`);

/** Words up to three before a cue that make it future or hoped for ("I'm hoping activation rises"). */
export const futureMarkersNear = phraseList(`
  will, 'll, ill, going, gonna, once, if, until, hope, hoping, hopefully, expect, expecting, plan, planning, aim, aiming, trying,
  wants, demands, expects, targets, target, needs
`);

/** Outcome words that are the writer's action after "I"/"we" ("we showed the prompt earlier"). */
export const actorSensitiveOutcomes = phraseList(
  `showed, revealed, proved, confirmed, surfaced, exposed, highlighted, converted, upgraded, found, passed, ended, fixed the`,
);

/** Thanks in its usual forms; "thanks to your idea" is a cause, not thanks. */
export const gratitudePhrases = phraseList(`
  thank you, thank-you, thank-yous, thank yous, thank u, thankyou, thanks, thanx, thx, thnx, thks, ty, tysm, tyvm, many thanks, big thanks, appreciate, appreciated,
  appreciating, appreciation, grateful, gratitude, indebted, owe you, cheers for, cheers again, merci, danke, gracias, obrigado,
  kudos to you, much obliged, thankful, greatful, apreciate, apreciated, thnk you, thank's, tks, thanks so much, merci beaucoup,
  obrigada, muito obrigado, muito obrigada, grazie, mille grazie, dankeschön, danke schön, vielen dank, dank je, dank u, bedankt,
  tack, takk, kiitos, arigato, arigatou, gracias, muchas gracias, shukran, dhanyavaad, dhanyavad, asante, mahalo, xièxie, xiexie,
  can't thank you enough, cannot thank you enough, cant thank you enough, can't thank u enough, cant thank u enough,
  couldn't be more grateful, could not be more grateful, can't say thanks enough
`);

/** Offers to help back ("happy to share the data", "let me know if I can return the favour"). */
export const offerPhrases = phraseList(`
  happy to share, happy to send, happy to help, happy to return, happy to pass, happy to give, happy to show, happy to walk,
  happy to jump, happy to introduce, happy to do, happy to write, happy to talk, happy to return the favour, glad to share,
  glad to send, glad to help, more than happy to, would be happy to, i'd be happy to, id be happy to, i would be happy to,
  let me know if i can, let me know if there's anything, let me know if there is anything, if i can ever, if i can help,
  if i can return, anything i can do, return the favour, return the favor, repay the favour, repay the favor, pay it forward,
  if it's ever useful, if it is ever useful, if it's useful, if it is useful, if it helps, if it'd help, if it would help,
  if that's useful, if that's helpful, if it's helpful, if they'd help, if they would help, if you'd like the, if you want the,
  if you'd like to see, if you want to see, if you ever want, if you ever need, it's yours, i can share, i could share, i can send, i could send, i can introduce, i'd love to help,
  in return, i owe you one, my turn to help, feel free to use, you're welcome to use, you are welcome to use, can pass along,
  would it help if i, would it be useful if i, would it help to see, want me to send, want me to share, shall i send, should i send,
  i can help, i could help, can i help, could i help, may i help, how can i help, how could i help, how can i return, how can i repay,
  anything i can help, anything i could help, anything i could do, is there anything i can, is there anything i could,
  what can i do for you, what could i do for you, let me know how i can, tell me how i can, i can return, i'd like to return,
  i would like to return, i'd be glad to, happy to connect you, happy to intro, i can connect you, i could connect you
`);

/**
 * Phrases that ask the mentor for something new in a circle-back ("could you also look at…",
 * "one more question"). Questions that are offers do not count.
 */
export const newRequestPhrases = phraseList(`
  could you, can you, would you, will you, could i, can i, may i, could we, can we, would it be possible, would you mind, do you mind,
  one more question, another question, a quick question, a follow-up question, follow up question, i'd love your, i would love your,
  i'd love to hear, i'd love to know, id love to know, i'd appreciate your, would appreciate your, any thoughts, any tips, any advice,
  any suggestions, any pointers, let me know what you think, let me know your thoughts, please review, please look, please take a look,
  please send, please share, please let me know, do you have, would you have, are you free, are you open, is there any chance,
  any chance you, wondering if you, wondering whether you, curious if you, curious whether you, curious how you, curious what you
`);

/** Verbs of success that need no object: their subject is what was done when the sentence holds a result ("the deposit worked"). */
export const succeedingVerbs = phraseList(`worked, works, succeeded, delivered, landed, clicked`);

/** Causal verbs in the form a denial takes ("didn't *move* no-shows"): the subject still names what was done. */
export const causalBaseVerbs = phraseList(`
  move, lift, budge, shift, change, help, improve, fix, dent, boost, raise, cut, reduce, affect, solve
`);

/** Words that open a subordinate clause before its subject ("*Since* the cap took our rate from 34% to 51%"). */
export const subjectSubordinators = phraseList(`since, after, once, because, as, when, now, ever, that`);

/** Words that attach "you suggested" or "your post" to the clause before them ("…, *as* you advised"). */
export const attributingWords = phraseList(`as, like, per`);

/** Words before "your <work>" that credit it with what was done ("as in your essay", "following your talk"). */
export const attributedToPhrases = phraseList(`
  as in, like in, as per, per, following, based on, inspired by, straight from, taken from
`);

/** Openers of a question that recalls rather than asks ("Remember you said…?"). */
export const recallingOpeners = phraseList(
  `remember, recall, you remember, do you remember, that point, that thing, that idea, that tip, that bit, that line, that advice, that trick`,
);

/** Place nouns that are spans of time after a count ("in one quarter", "in a single meeting"). */
export const timeSpanNouns = phraseList(`
  meeting, meetings, session, sessions, call, calls, quarter, quarters, sprint, sprints, cycle, cycles, shift, shifts, class,
  classes, lesson, lessons
`);

/** Words that, with a count, make a span of time of a place noun ("the first quarter", "a single meeting"). */
export const timeModifiers = phraseList(`
  first, second, third, fourth, last, next, same, whole, entire, following, previous, final, current, single
`);

/** Counts before a span of time ("one", "a", "each", or digits). */
export const spanCounts = phraseList(`one, two, three, four, five, six, seven, eight, nine, ten, a, an, each, every, per`);

/** Nouns of news that name a place after "from" ("a quick update from the bistro"); "the rule from Small Bets" names a source. */
export const reportNouns = phraseList(`update, updates, news, result, results, report, numbers, data, learnings, notes`);

/** Markers of intent that are as often nouns ("our Pro *plan*", "the *aim*"): intent only after a person or before "to". */
export const nounLikeMarkers = phraseList(`plan, aim, hope, needs, target, targets, demands`);
