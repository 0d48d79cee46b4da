/**
 * Word lists and thresholds of the goal check (SPEC §1.1). Data, reviewed like code: each list
 * names the concept it stands for. Lists are written `a | b | c`. Phrases are matched whole-word
 * on the lower-cased text with `phraseRegex` (`*` = exactly one word in between); list inflections
 * and spellings explicitly (hyphenated and spaced forms of metrics and artifacts are added).
 */

/** Splits a list written as `a | b | c` (line breaks separate too) into trimmed phrases. */
function phrases(text: string): readonly string[] {
  return text
    .split(/[|\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A goal's horizon should fall within these months (inclusive), else `horizon-range` warns. */
export const horizonRange = { min: 3, max: 6 } as const;

/**
 * A goal is a sentence or two: the outcome is read from the first this-many characters, so the
 * check stays well inside its time budget on any input (the stats still count the whole text).
 */
export const maxStatementChars = 5_000;

/** How far ahead the suggested deadline of `no-deadline` lies, in months. */
export const suggestedHorizonMonths = 4;

/** Named product and business metrics, with synonyms, abbreviations and spellings. */
export const metricTerms = phrases(`
  activation | activation rate | activated users | activated accounts | sign-ups | signups | sign ups | sign-up rate |
  signup rate | registrations | installs | app installs | downloads | visitors | unique visitors | traffic | page views |
  pageviews | leads | qualified leads | mqls | demo requests | demos booked | meetings booked | trial starts | trials |
  free trials | new customers | new users | new accounts | customer acquisition | user acquisition | acquisition |
  onboarding completion | completion rate | time to value | time-to-value | time to first value | aha moment
  conversion | conversions | conversion rate | conversion rates | trial-to-paid | free-to-paid | paid conversion |
  upgrade rate | upgrades | upsell | upsells | cross-sell | attach rate | checkout completion | win rate | close rate |
  monetization | monetisation | take rate | revenue | revenues | arr | mrr | gmv | gross merchandise value | bookings |
  sales | net revenue | recurring revenue | expansion revenue | expansion | profit | profits | profitability |
  gross margin | margin | margins | contribution margin | ebitda | cash flow | burn | burn rate | cost | costs | spend |
  cac | customer acquisition cost | cpa | cpc | cpi | cpm | roas | roi | ltv | clv | lifetime value | payback |
  payback period | arpu | arpa | arppu | arpau | average revenue per user | average revenue per account | aov |
  average order value | order value | basket size | basket value | cart value | deal size | average deal size | acv | tcv |
  pipeline | paying customers | paying users | paid users | paid accounts | paying accounts | paid subscribers |
  paying subscribers | subscribers | subscriptions | memberships | orders | order volume | transactions |
  transaction volume | payment volume | tpv | purchases | repeat purchases | purchase frequency | reorder rate |
  repeat rate | nights booked | listings | enrolment | enrolments | enrollment | enrollments
  retention | retention rate | retained users | churn | churn rate | logo churn | revenue churn | attrition | nrr |
  net revenue retention | net dollar retention | ndr | grr | gross revenue retention | net retention | gross retention |
  renewal rate | renewals | cancellations | engagement | engagement rate | dau | mau | wau | daus | maus | waus | dau/mau |
  stickiness | active users | active teams | active accounts | active customers | active members | active sellers |
  active buyers | active creators | active workspaces | monthly actives | weekly actives | daily actives | sessions |
  session length | time spent | time on site | watch time | listening time | minutes watched | streams | plays |
  open rate | click-through rate | click through rate | ctr | click rate | clicks | bounce rate | drop-off | drop-offs |
  dropoff | drop off | abandonment | cart abandonment | adoption | adoption rate | feature adoption | usage | utilisation |
  utilization | market share | referrals | invites | viral coefficient | k-factor | virality | nps | net promoter score |
  csat | customer satisfaction | satisfaction score | ces | customer effort score | app rating | app store rating |
  star rating | rating | ratings
  refund rate | refunds | chargebacks | chargeback rate | support tickets | tickets | ticket volume | contact rate |
  complaints | resolution time | response time | first response time | handle time | latency | load time | page load time |
  uptime | availability | error rate | errors | crash rate | crashes | crash-free | defects | bugs | incidents | mttr |
  cycle time | lead time | deployment frequency | downtime | wait time | unsubscribes | uninstalls | returns |
  return rate | fraud | failed payments | no-shows | escalations
`);

/** Metric names that, leading a sentence, are imperative verbs ("*Spend* 5 hours a week…"). */
export const verbLikeMetrics = phrases(
  `spend | cost | burn | return | returns | play | stream | click | order | invite | book | trial | usage`,
);

/** Metrics where lower is better: "improve churn" means bring it down. */
export const downMetrics = phrases(`
  churn | attrition | cac | customer acquisition cost | cost | costs | spend | cpa | cpc | cpi | cpm | burn | payback |
  drop-off | drop-offs | dropoff | drop off | abandonment | bounce | refund | refunds | chargebacks | tickets |
  complaints | contact rate | response time | resolution time | handle time | latency | load time | errors | error rate |
  crashes | crash rate | defects | bugs | incidents | mttr | cycle time | lead time | time to value | time-to-value |
  time to first value | downtime | wait time | unsubscribes | uninstalls | returns | fraud | failed payments | no-shows |
  escalations | cancellations
`);

/** Metrics that are scores: a change between two plain numbers is in points ("NPS from 32 to 40"). */
export const scoreMetrics = ['nps', 'net promoter score', 'csat', 'ces', 'score', 'rating', 'ratings', 'sus'];

/** Generic metric shapes: "<x> rate", "number of <x>", "<x> per <y>". Lower-case regex sources. */
export const metricShapes = phrases(`
  [\\p{L}'-]+ (?:rate|rates|ratio|score|volume|frequency|velocity|share|count|yield)(?![\\p{L}]) |
  (?:number|share|percentage|percent|proportion|ratio|rate|count|amount|volume|fraction|%) of(?![\\p{L}]) |
  [\\p{L}'-]+ per (?:[\\p{L}'-]+ ){0,2}[\\p{L}'-]+
`);

/** Verbs (and nouns) that push a metric up. */
export const upVerbs = phrases(`
  increase | increases | increased | increasing | raise | raises | raising | grow | grows | growing | lift | lifts |
  lifting | boost | boosts | boosting | improve | improves | improving | expand | expands | expanding | accelerate |
  maximise | maximize | double | doubling | triple | tripling | quadruple | scale | scaling | add | adding | gain | win |
  acquire | acquiring | uplift | enhance | multiply | drive up | push up | bring up | move up | ramp up | increase of |
  increase in | growth in | growth of | lift in | lift of | improvement in | improvement of | rise in | gain in |
  boost in | boost to | uplift in
`);

/** Verbs (and nouns) that push a metric down. */
export const downVerbs = phrases(`
  reduce | reduces | reducing | cut | cuts | cutting | lower | lowers | lowering | decrease | decreases | decreasing |
  shrink | shrinks | shrinking | drop | dropping | minimise | minimize | minimising | minimizing | halve | halving | trim |
  slash | eliminate | lessen | curb | compress | shorten | shortening | bring down | drive down | push down | get down |
  reduction in | reduction of | decrease in | decrease of | drop in | cut in | decline in | fall in
`);

/**
 * Verbs that name a target level ("reach 40%", "get NPS to 50"), that move a metric the way a
 * particle says ("push churn down", "take activation from 30% to 40%") or, before a count, an
 * acquisition ("get 500 more subscribers", "sign 10 new logos").
 */
export const targetVerbs = phrases(`
  reach | reaches | hit | achieve | attain | get to | get up to | get | land | sign | close | secure | push | drive |
  move | bring | take | keep
`);

/** Arrows that stand for a rise ("NPS ↑ from 32 to 40"). */
export const upArrows = ['↑', '⬆', '↗', '📈'];
/** Arrows that stand for a fall ("churn ↓"). */
export const downArrows = ['↓', '⬇', '↘', '📉'];

/** Verbs that release something to people: they take an audience as completion criterion. */
export const shipVerbs = phrases(`
  ship | ships | shipping | shipped | launch | launches | launching | launched | release | releases | releasing |
  released | roll out | rolls out | rolling out | rolled out | deploy | deploys | deploying | deployed | go live |
  introduce | introducing | open | make available | bring to market | deliver | delivers | delivering | delivered
`);

/** Verbs that make an artifact or output. */
export const makeVerbs = phrases(`
  write | writes | writing | wrote | written | draft | drafts | drafting | create | creates | creating | build | builds |
  building | design | designs | designing | define | defines | defining | produce | produces | producing | prepare |
  preparing | put together | publish | publishes | publishing | published | develop | develops | developing | document |
  set up | stand up | establish | implement | implements | implementing | redesign | rebuild | migrate | migrating |
  finalise | finalize | complete | completes | completing | finish | run | runs | running | conduct | conducting | host |
  hold | hire | hiring | propose | outline | overhaul | revamp | replace | sunset | deprecate | onboard | negotiate |
  present | presents | pitch | lead | own | oversee | spearhead | interview | survey | recruit | train | visit
`);

/** Making verbs whose output is counted in people met or enrolled ("interview 20 customers", "hire 3 engineers"). */
export const peopleVerbs = phrases(`
  interview | interviews | interviewing | survey | surveying | recruit | recruiting | hire | hiring | onboard | onboarding |
  train | training | visit | visiting | call | calling
`);

/** Artifacts and outputs a deliverable goal produces. */
export const deliverableNouns = phrases(`
  document | documents | doc | docs | strategy | strategies | vision | roadmap | roadmaps | prd | prds | spec | specs |
  specification | playbook | playbooks | framework | deck | proposal | plan | plans | business case | pricing model |
  model | teardown | analysis | report | reports | dashboard | dashboards | programme | program | feature | features |
  flow | product | products | system | platform | integration | integrations | api | apis | sdk | app | release |
  releases | launch | launches | experiment | experiments | test | tests | a/b test | a/b tests | ab tests | pilot |
  pilots | mvp | prototype | prototypes | redesign | migration | definition | policy | process | guidelines | okrs | tier |
  page | pages | landing page | checkout | onboarding | campaign | campaigns | curriculum | handbook | template |
  templates | pricing | packaging | offering | bundle | memo | one-pager | narrative | brief | charter | rfc | design doc |
  metric tree | north star | case study | case studies | interviews | survey | version | module | workflow | tool |
  tooling | service | website | site | portal | extension | plugin | marketplace | markets | market | countries | regions |
  languages | locales | hires | engineers | designers | partnerships | deals | improvements | fixes | iterations | change |
  changes | overhaul | revamp | scorecard | okr | taxonomy | architecture | backlog | sprint | rollout
`);

/** Outputs that can be counted ("ship 12 experiments"): a count of them is a measurable result. */
export const countableOutputs = phrases(`
  experiment | experiments | test | tests | a/b test | a/b tests | ab tests | feature | features | release | releases |
  launches | pilot | pilots | prototype | prototypes | interviews | integrations | campaigns | templates | case studies |
  landing pages | pages | markets | countries | regions | languages | locales | apis | dashboards | reports | playbooks |
  docs | prds | specs | improvements | fixes | iterations | hires | engineers | designers | partnerships | deals |
  changes | tools | modules | workflows
`);

/** Approval-type completion criteria: someone accepts the deliverable ("approved by", "signed off"). */
export const approvalCriteria = phrases(`
  approved | approve | approves | approval | approvals | signed off | signed-off | sign off | sign-off | signoff |
  signs off | sign * off | signed * off | adopted | adopt | adopts | adoption by | aligned | aligns | align | alignment |
  agreed | agree on | agree to | endorsed | endorse | accepted | accept | ratified | ratify | green-lit | greenlit |
  green light | greenlight | green-light | buy-in | committed to | commit to | funded | used by | uses | in use by |
  in use across | rolled out to | shipped to | launched to | released to | available to | in production | to production |
  into production | live | go live | goes live | generally available | general availability | signed | merged |
  deployed to
`);

/**
 * Audience words after "to / for / in / across" that make a launch complete ("to all UK
 * customers", "to every marketplace seller"); a plural "s" is also accepted.
 */
export const audienceNouns = phrases(`
  user | customer | seller | buyer | merchant | account | team | member | subscriber | client | market | region | country |
  countries | traffic | everyone | everybody | production | employee | partner | developer | host | guest | driver |
  rider | student | learner | patient | creator | advertiser | publisher | agency | agencies | store | shop | restaurant |
  organisation | organization | company | companies | business | businesses | smb | enterprise | workspace | tenant |
  platform | device | ios | android | web | eu | uk | us | usa | emea | apac | latam | dach | anz | nordics | europe | ga |
  beta | cohort | squad | staff | sales | support | visitor | shopper | reader | listener | viewer | player | admin |
  operator | agent | franchise | branch | office | city | cities | site | school | clinic | hospital | portfolio
`);

/** Who signs off or aligns, counted as stakeholders when a number is given ("aligns 3 teams"). */
export const stakeholderNouns = phrases(`
  teams | squads | stakeholders | departments | execs | executives | leaders | vps | directors | orgs | organisations |
  organizations | business units | functions | tribes | groups | pods | peers | managers | product teams |
  engineering teams | leads
`);

/** Phrases of learning, practising or bettering oneself, and of personal aspiration: not results. */
export const activityPhrases = phrases(`
  learn | learns | learning | study | studies | studying | read | reads | reading | master | mastering | understand |
  understanding | get better at | get good at | become better at | be better at | grow better at | improve myself |
  improve my skills | improve my * skills | improve my knowledge | improve my understanding | improve at | improve as |
  improving myself | grow as | grow myself | develop myself | develop my | build my | deepen my | strengthen my |
  sharpen my | work on my | work on myself | level up | upskill | brush up | get up to speed | ramp up on |
  familiarise myself | familiarize myself | get familiar with | gain experience | get experience | gain exposure |
  get exposure | gain knowledge | practise | practice | practising | practicing | shadow | shadowing | attend | attending |
  observe | watch | listen to | take a course | take the course | take * course | take * * course | take * class |
  take * series | take * * series | take * training | take * bootcamp | do a course | do * course | complete a course |
  complete * course | complete * * course | finish a course | finish * course | finish * bootcamp | finish * * bootcamp |
  complete * bootcamp | complete * certification | finish * certification | get certified | earn * certification |
  get * certification | enrol | enroll | become | becoming | be seen as | be recognised as | be recognized as |
  be known as | be perceived as | be viewed as | be a | be an | be the | be more | be better | be less | feel more |
  feel confident | get promoted | earn a promotion | land a promotion | get a promotion | get * promotion | be promoted |
  network with | explore | figure out | wrap my head around | get my head around | immerse myself | educate myself |
  teach myself | train myself | get comfortable with | get more comfortable | gain confidence | build confidence |
  build up my | keep up with | stay on top of | dive into | deep dive into | go through | double down on | double down | focus on | focus more on | spend more time | spend time
`);

/** Course-like things: finishing one is learning, not a deliverable ("finish a data bootcamp"). */
export const courseNouns = phrases(`
  course | courses | class | classes | bootcamp | certification | certificate | series | training | module | modules |
  lesson | lessons | mooc | degree | mba | workshop | workshops | conference | conferences | book | books | podcast |
  podcasts | talk | talks | webinar | webinars | tutorial | tutorials | cohort | masterclass
`);

/** Words that make an outcome unmeasurable ("make users happier", "a world-class NPS"). */
export const vagueQualities = phrases(`
  happier | happy | happiness | delight | delighted | delightful | love | loved | satisfied | experience | quality |
  perception | sentiment | brand | awareness | healthier | stickier | more loyal | loyalty | more engaged |
  more successful | better | best | great | amazing | awesome | seamless | intuitive | easier | simpler | smoother |
  nicer | stronger | the business | our business
`);

/** Amounts that state no number ("significantly", "a lot", "to a world-class level"). */
export const vagueAmounts = phrases(`
  significantly | substantially | dramatically | massively | a lot | hugely | considerably | meaningfully | noticeably |
  greatly | materially | sharply | world-class | world class | best-in-class | best in class | industry-leading |
  industry leading | top-tier | as much as possible | as high as possible | as low as possible | much more | way more |
  much higher | much lower | more | further | a bit | somewhat | healthy level | good level | higher level | next level
`);

/** Words after which a verb is part of a question or a skill being learned, not the goal ("learn how to write"). */
export const subordinators = ['how', 'what', 'why', 'when', 'where', 'whether', 'which', 'who'];

/** Words that introduce the purpose of a means ("launch X *to* grow Y"): the purpose is the outcome. */
export const purposeMarkers = ['to', 'so that', 'so we can', 'so i can', 'in order to', 'and thereby', 'thereby', 'which will'];
