import type { Accounts, AccountsOptions } from './accounts/ports.js';
import type { Clock } from './clock.js';
import type { IdGenerator } from './ids.js';
import type { Artifact, ArtifactQuestion, Template, TemplateQuestion } from './library/schemas.js';
import type { MemberMail, TeamMail } from './mail/ports.js';
import type { Conversation, InboxMessage, MentorOffer, OfficeHourBooking } from './mentoring/schemas.js';
import type { RowOf } from './records/entities.js';
import type { EntityName } from './records/schemas.js';
import type { Stage } from './relationships/schemas.js';
import type { User } from './users/schemas.js';

/** A window of a list. */
export interface Page {
  limit: number;
  offset: number;
}

/** Equality filters on a table's columns. */
export type Where<T> = { [K in keyof T]?: T[K] };

/**
 * One table of one user's workspace. Every read and write is scoped to that user, so a shared
 * server can host many users without changing what a row means.
 */
export interface RecordTable<T> {
  insert(row: T): Promise<void>;
  get(id: string): Promise<T | undefined>;
  /** Records matching `where`, in the entity's order; `page` limits how many. */
  list(where?: Where<T>, page?: Page): Promise<T[]>;
  /** Records whose `column` is one of `values`, in the entity's order. */
  listIn<K extends keyof T & string>(column: K, values: readonly T[K][]): Promise<T[]>;
  /**
   * The largest `column` in each group of rows with equal `group` (the latest check-in date of
   * each outcome): one grouped read, answered from an index on `(user_id, group, column)`.
   */
  maxBy<C extends keyof T & string, G extends keyof T & string>(column: C, group: G): Promise<Map<T[G], T[C]>>;
  update(id: string, patch: Partial<T>): Promise<T | undefined>;
  remove(id: string): Promise<boolean>;
}

/** A library document found by a search, with a snippet around the match. */
export interface ArtifactHit {
  id: string;
  title: string;
  kind: string;
  tags: string[];
  rating: number | null;
  sourceFile: string | null;
  /** Higher is better; comparable within one search only. */
  score: number;
  snippet: string;
  /** Where the matched words are in `snippet` (UTF-16 offsets, end exclusive). */
  highlights: Array<[number, number]>;
}

/**
 * One item of the loop's plan: an action, a doctor finding or a keep-in-touch clock, made from
 * one mentor's records. `dueOn` is when it falls due (an action) or starts to hold (a finding,
 * losing touch); `body` is what core made of it, kept as it was given.
 */
export interface PlannedItem {
  item: 'action' | 'finding' | 'touch';
  id: string;
  mentorId: string;
  dueOn: string;
  body: unknown;
}

/**
 * The loop's plan kept between calls, so the loop is read in time proportional to what is due
 * rather than to the whole workspace. The database marks a mentor stale whenever a record
 * their plan reads is written, whatever wrote it.
 */
export interface LoopPlanStore {
  /**
   * Cheap check: whether any mentor's plan must be made again (some mentor is stale, or the
   * plan was made by another `version` of the rules).
   */
  isStale(version: string): Promise<boolean>;
  /**
   * Claims the stale mentors, clearing their marks: their ids, or `'all'` when the stored plan
   * was made by another `version` (then every mark is cleared and `version` recorded). Call it
   * inside a transaction together with `replace`.
   */
  takeStale(version: string): Promise<readonly string[] | 'all'>;
  /** Replaces the planned items of `mentorIds` (of every mentor, for `'all'`) with `items`. */
  replace(mentorIds: readonly string[] | 'all', items: readonly PlannedItem[]): Promise<void>;
  /** The bodies of the items of one sort due on or before `until`, soonest first. */
  due(item: PlannedItem['item'], until: string): Promise<unknown[]>;
}

/** Who shared an item with the team: their account id and name. */
export interface SharedBy {
  id: string;
  name: string;
}

/** What every item of the team library carries: who shared it, and when (an ISO timestamp). */
export interface SharedMark {
  owner: SharedBy;
  sharedAt: string;
}

/** A shared library document as lists show it: without its text, with the text's length. */
export type SharedArtifactSummary = Omit<Artifact, 'body'> & { characters: number } & SharedMark;
/** A shared library document with its text and the questions it answers. */
export type SharedArtifact = Artifact & { questions: ArtifactQuestion[] } & SharedMark;
/** A shared library document found by a search of the team library. */
export type SharedArtifactHit = ArtifactHit & SharedMark;
/** A shared template as lists show it, with how many questions it has. */
export type SharedTemplateSummary = Template & { questionCount: number } & SharedMark;
/** A shared template with its questions in order (not its sources: they may not be shared). */
export type SharedTemplate = Template & { questions: TemplateQuestion[] } & SharedMark;
/** What a member can share with the team. */
export type ShareableEntity = 'artifacts' | 'templates';

/**
 * What the members of a team shared, read across users: only rows marked shared (the reader's
 * own shared rows among them), never anything else of another user. Sharing changes only the
 * acting user's own rows.
 */
export interface TeamLibrary {
  /** Shared documents, the most recently shared first. */
  listArtifacts(page: Page): Promise<SharedArtifactSummary[]>;
  /** A shared document by id; undefined when there is none or it is not shared. */
  getArtifact(id: string): Promise<SharedArtifact | undefined>;
  /** Shared documents matching the words of `query`, best first (the library's full-text search). */
  searchArtifacts(query: string, limit: number): Promise<SharedArtifactHit[]>;
  /** Shared templates, the most recently shared first. */
  listTemplates(page: Page): Promise<SharedTemplateSummary[]>;
  /** A shared template by id; undefined when there is none or it is not shared. */
  getTemplate(id: string): Promise<SharedTemplate | undefined>;
  /** The titles and owners of those of `ids` that are shared documents (a directory names its evidence by them). */
  sharedTitles(ids: readonly string[]): Promise<Map<string, { title: string; ownerId: string }>>;
  /**
   * Shares (`at`, kept when the row is shared already) or unshares (null) one of the acting
   * user's own rows: what it is after, or undefined when the user has no such row.
   */
  setShared(entity: ShareableEntity, id: string, at: string | null): Promise<{ sharedAt: string | null } | undefined>;
}

/** What the team-level figures count, as core defines it. */
export interface TeamFiguresQuery {
  /** Messages dated on or after `from` and before `until` (`YYYY-MM-DD`) count. */
  from: string;
  until: string;
  /** The stages at which a relationship's loop is under way. */
  activeStages: readonly Stage[];
  /** The check verdict a message passed with. */
  passedVerdict: string;
}

/** Team-level counts across every account: numbers only, never a record's text. */
export interface TeamFigures {
  /** Accounts of the team. */
  members: number;
  /** Relationships whose loop is under way. */
  activeLoops: number;
  /** Circle-backs logged in the period. */
  circleBacks: number;
  /** Asks logged in the period, and how many of them passed their check. */
  asks: number;
  asksPassed: number;
}

/** A member of the team as another member sees them: their account id and name. */
export interface Colleague {
  id: string;
  name: string;
}

/** A conversation as a list shows it to one of its two members. */
export interface ConversationSummary {
  conversation: Conversation;
  /** The other member: the mentor when the reader is the mentee, and the other way round. */
  other: Colleague;
  /** The reader's part in it. */
  role: 'mentee' | 'mentor';
  lastMessage: InboxMessage | null;
  /** Messages to the reader not yet read. */
  unread: number;
}

/**
 * Team mentoring, read across members but always as the acting member: the directory of offers
 * (every member's offer is readable by the team), and conversations, messages and bookings of
 * which the acting member is one of the two people. Nothing here reads a workspace's records;
 * a row of another member's that is not addressed to the acting member is never returned, and
 * writes are made as the acting member (a message is always from them, an offer always theirs).
 */
export interface TeamMentoring {
  /** The acting member's own offer, if they made one. */
  ownOffer(): Promise<MentorOffer | undefined>;
  /** Makes or replaces the acting member's offer (its `userId` is theirs whatever the row says). */
  saveOffer(offer: MentorOffer): Promise<void>;
  /** Withdraws the acting member's offer; false when there was none. */
  removeOffer(): Promise<boolean>;
  /** Every member's offer with the member's name, by name. */
  offers(): Promise<Array<MentorOffer & { name: string }>>;
  /** One member's offer with their name; undefined when they offer nothing. */
  offer(userId: string): Promise<(MentorOffer & { name: string }) | undefined>;
  /**
   * Holds a mentor's offer until the transaction ends (a row lock where the database has them),
   * so two first asks to one mentor are counted one after the other and cannot both take the
   * last place. SQLite's write transactions are serial already.
   */
  holdOffer(mentorUserId: string): Promise<void>;
  /** For each of `mentorUserIds`, first asks they received at or after `since` (an ISO timestamp). */
  asksReceived(mentorUserIds: readonly string[], since: string): Promise<Map<string, number>>;
  /** The acting member's conversation, as the mentee, with the colleague `mentorUserId`. */
  conversationWith(mentorUserId: string): Promise<Conversation | undefined>;
  /** Inserts or updates a conversation of which the acting member is the mentee. */
  saveConversation(conversation: Conversation): Promise<void>;
  /** A conversation of which the acting member is one of the two people; undefined otherwise. */
  conversation(id: string): Promise<Conversation | undefined>;
  /**
   * The acting member's conversations, the most recently active first; with `ids`, only those of
   * them (an id that is not the member's is left out, as one that does not exist).
   */
  conversations(only?: { ids: readonly string[] }): Promise<ConversationSummary[]>;
  /** Sends a message in one of the acting member's conversations: from them, to the other person. */
  insertMessage(message: InboxMessage): Promise<void>;
  /** The messages of one of the acting member's conversations, oldest first (none when it is not theirs). */
  messages(conversationId: string): Promise<InboxMessage[]>;
  /** Marks the messages to the acting member in a conversation read at `at`. */
  markRead(conversationId: string, at: string): Promise<void>;
  /** The bookings of `mentorUserId`'s slots starting at or after `from`: times only, whoever booked. */
  bookedStarts(mentorUserId: string, from: string): Promise<string[]>;
  /** Books a slot as the acting member (the mentee); false when that start is taken. */
  insertBooking(booking: OfficeHourBooking): Promise<boolean>;
  /** A booking of which the acting member is the mentee or the mentor. */
  booking(id: string): Promise<OfficeHourBooking | undefined>;
  /** Cancels a booking of which the acting member is the mentee or the mentor: what it was, or undefined. */
  removeBooking(id: string): Promise<OfficeHourBooking | undefined>;
  /** The acting member's bookings (as mentee or mentor) starting at or after `from`, soonest first. */
  bookings(from: string): Promise<OfficeHourBooking[]>;
  /**
   * The mentee's workspace of a conversation in which the acting member is the mentor, for the
   * two things a mentor's action writes or reads there: logging the reply they sent, and the
   * mentee's record when the mentee shared it. Undefined when the member is not its mentor.
   */
  menteeWorkspace(conversationId: string): Promise<Workspace | undefined>;
}

/** How a transaction may be committed. */
export interface TransactionOptions {
  /**
   * The work writes only what is made again from the records when lost (the loop plan and
   * its stale marks, together): the database may acknowledge it before it reaches the disk.
   * Ignored inside another transaction, whose writes keep their durability.
   */
  derivedOnly?: boolean;
}

/** The records of one user, with transactions that cover several tables. */
export interface Workspace {
  readonly userId: string;
  table<N extends EntityName>(name: N): RecordTable<RowOf<N>>;
  /** Library documents matching the words of `query`, best first (ranked full-text search). */
  searchArtifacts(query: string, limit: number): Promise<ArtifactHit[]>;
  readonly loopPlan: LoopPlanStore;
  /** What the team shared (read across users, shared rows only), and sharing this user's own rows. */
  readonly team: TeamLibrary;
  /** Team mentoring: offers, conversations and bookings the acting user is part of. */
  readonly mentoring: TeamMentoring;
  /** The user's mail settings and calendar feed. */
  readonly mail: MemberMail;
  /** Counts across the whole team: aggregates only, which read no text column. */
  teamFigures(query: TeamFiguresQuery): Promise<TeamFigures>;
  /** The owner's profile: the user acting on this workspace (role and level matter to the doctor). */
  profile(): Promise<User | undefined>;
  /** Sets fields of the owner's profile; inside `transaction` it commits or rolls back with the other writes. */
  updateProfile(patch: Partial<Omit<User, 'id'>>): Promise<void>;
  /** Runs `fn` atomically: on an error nothing it wrote is kept. */
  transaction<R>(fn: (ws: Workspace) => Promise<R>, options?: TransactionOptions): Promise<R>;
}

/** What the store offers to core: users and each user's workspace. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  getUser(id: string): Promise<User | undefined>;
  insertUser(user: User): Promise<void>;
  workspace(userId: string): Workspace;
  /** Mail across the team: recipients, due digests and their claims, calendar feeds by token. */
  readonly mail: TeamMail;
  /** Team mode's accounts and sessions, kept in this database (made once per store and URL). */
  accounts(options: AccountsOptions, clock: Clock): Promise<Accounts>;
  close(): Promise<void>;
}

/** What every use-case receives besides its own input. */
export interface Context {
  ws: Workspace;
  clock: Clock;
  newId: IdGenerator;
}
