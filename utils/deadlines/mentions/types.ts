import type { CivilDate, WallClock } from '../../dates';

/**
 * A date expression found in one sentence. `due` is null when the words name
 * no single day (a window such as "next week", "mid-June", "in Q3"), when they
 * are timed from an undated event, or when they are recurring or alternatives:
 * such mentions still mark their clause as dated so nothing else is pinned on it.
 */
export type DateMention = {
  start: number;
  end: number;
  due: CivilDate | null;
  rule: string;
  /** Why a mention with words that look like a date gives no entry. */
  blocked?: 'vague' | 'recurring' | 'alternative' | 'undated-event' | 'range-end' | 'label';
  /** A duration with no starting point written ("within 30 days"): counted from the anchor unless the sentence times it from an event. */
  implicitStart?: boolean;
};

export type MentionContext = {
  wall: WallClock;
  timeZone: string;
  /** The last date named in the previous sentence, for "before then" at the start of this one. */
  previousDue?: CivilDate | null;
};

export type Unit = 'day' | 'business-day' | 'week' | 'month' | 'year' | 'hour';

/** A mention while the passes still read it against its neighbours. */
export type Candidate = DateMention & {
  /** A duration waiting for its base ("30 days of issue", "60 days before the 30 September …"). */
  offset?: { amount: number; unit: Unit; direction: 1 | -1; tail: string | null };
  /** "EOD"/"COB": the end of some day, the anchor unless a day is named next to it. */
  dayEnd?: boolean;
  /** "before then": the date of the previous mention. */
  refersBack?: boolean;
};

export type RuleMatch = RegExpExecArray & { groups: Record<string, string | undefined> };
/** One way of writing a date: a pattern, and what a match of it means on the anchor's calendar. */
export type Rule = {
  /** Unique: shown on each mention, and the key of its test rows. */
  name: string;
  pattern: RegExp;
  resolve: (match: RuleMatch, context: ResolveContext) => Partial<Candidate> | null;
};

/** The sender's context and the sentence, with the anchor day the rules count from. */
export type ResolveContext = MentionContext & { anchor: CivilDate; sentence: string };

/** One pass of settling a sentence's mentions: reads them against each other and changes them in place. */
export type Pass = (list: Candidate[], sentence: string, context: ResolveContext) => void;

/** A mention in its sentence, as a per-mention step sees it. */
export type MentionAt = {
  mention: Candidate;
  index: number;
  /** The mention before it in the text, already settled by every step of this pass. */
  previous: Candidate | undefined;
  /** The words before the mention where the rules found it, before any step moved its start. */
  before: string;
  list: Candidate[];
  sentence: string;
  context: ResolveContext;
};

/** One check a per-mention pass runs on each mention in turn. */
export type MentionStep = (at: MentionAt) => void;
