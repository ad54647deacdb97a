import type { CommitmentKind } from '../model/commitment';
import type { Parsed } from '../model/parse';
import { resolveAnchor, type ResolvedAnchor } from './anchor';
import { compareDates, formatIsoDate, type CivilDate } from '../dates';
import { findDateMentions, type DateMention } from './mentions';
import { compoundHead, findTriggers, isVerbTrigger, type Trigger } from './kinds';
import type { DeadlineAnchor, DetectedDeadline } from './schema';
import { splitSentences } from './sentences';

type Clause = { start: number; end: number; lead: string | null };

type Finding = { kind: CommitmentKind; due: CivilDate; start: number; end: number; dateStart: number; dateEnd: number; order: number };

/** Words that open a new clause; the clause remembers which one opened it. */
const CLAUSE_BREAK =
  /\s*[;:](?!\d)\s*|\s*[—–]\s*|\s+-\s+|\s*[()]\s*|,(?!\d)\s*|\s+(?=(?:and|but|so|because|while|whereas|if|unless|else|otherwise|when|once|assuming|provided|although|though|or\s+else|failing\s+(?:which|that))\b)/gi;
const LEADS =
  /^(and|but|so|because|while|whereas|if|unless|else|otherwise|when|once|assuming|provided|although|though|which|or\s+else|failing\s+(?:which|that)|failing|without)\b/i;
/** Leads that make a clause the condition of its neighbour ("Failing payment by Friday, …"). */
const CONDITION_LEADS = new Set(['if', 'unless', 'failing', 'without']);

/** A clause with its own subject or auxiliary is not an elliptical "the final version next Tuesday". */
const FULL_CLAUSE = /\b(?:we|i|you|they|he|she)\b(?!\.)|'ll\b|'re\b/i;

/** Clauses whose kind words never lend themselves to a neighbour's date. */
const SOCIAL_OPENING = /^\s*(?:thanks|thank\s+you|many\s+thanks|sorry|apologies|hope|hi|hello|dear|as\s+discussed|as\s+agreed|great|good)\b/i;

const OPTIONAL =
  /\b(?:if\s+you\s+(?:like|'d\s+like|would\s+like|want|wish|prefer|ever|need|have\s+time)(?!\s+to\s+(?:renew|sign|proceed|continue|extend|keep|go\s+ahead|order|upgrade|purchase|buy|stay|cancel))|if\s+(?:that|it|this)(?:'s|\s+is|\s+would\s+be|\s+works|\s+helps|\s+suits)?\s*(?:easier|helps|works|suits|convenient|better|possible)?\b|if\s+convenient|if\s+needed|if\s+necessary|feel\s+free|whenever|no\s+rush|no\s+hurry|at\s+your\s+convenience|if\s+you\s+ever|any\s*time)/i;

/** "Thanks for sending the signed MSA on Friday": thanked for, so already done. */
const THANKS_FOR_DOING =
  /^\s*(?:many\s+|big\s+)?(?:thanks|thank\s+you)\s+(?:\w+\s+)?for\s+(?:\w+ly\s+)?(?:sending|signing|countersigning|paying|returning|sharing|joining|attending|meeting|calling|submitting|processing|delivering|completing|hosting|presenting|settling|clearing|transferring|wiring|approving|running)\b/i;

/** "Further to our meeting today": a reference to what has happened. */
const FOLLOWING_UP =
  /^\s*(?:further\s+to|following(?:\s+up\s+on)?|as\s+per|as\s+discussed\s+(?:in|at|on|during)|per|after)\s+(?:our|the|your|my|today's|yesterday's)\s+(?:\w+\s+)?(?:meeting|call|conversation|chat|discussion|visit|workshop|session|demo|email|e-mail|message)\b/i;

/** "We can't do the demo this Thursday": a date ruled out. */
const NEGATED =
  /\b(?:can't|cannot|can\s+not|won't\s+be\s+able|unable\s+to|not\s+able\s+to|couldn't|won't\s+work|doesn't\s+work|isn't\s+possible|not\s+possible|instead\s+of)\b/i;

const BACKGROUND =
  /\b(?:out\s+of\s+(?:the\s+)?office|OOO|on\s+(?:annual\s+|parental\s+|sick\s+)?leave|on\s+holiday|on\s+vacation|away\s+from|public\s+holiday|bank\s+holiday|(?:last|previous)\s+year(?:'s)?|years?\s+ago|ago|financial\s+year|fiscal\s+year|covers?|covering|travell?ing|closed|cancell?ed|called\s+off|no\s+longer)\b/i;

const EVENT_LEAD_UP = /\b(?:before|by|until|ahead\s+of|prior\s+to|in\s+time\s+for)\s+(?:the|our|your)\s+(?:[\w-]+\s+)?$/i;

/** Words that make a date before the anchor a missed deadline rather than a past event. */
const DEADLINE_MARK =
  /\b(?:due|deadline|overdue|payable|expir\w*|ended|ends|lapse[ds]?|supposed\s+to|meant\s+to|missed|late|outstanding|should\s+have\s+been|was\s+to|were\s+to|needed|required|had\s+to|unpaid|pending|still\s+waiting|not\s+(?:yet\s+)?received)\b/i;

/** "by 3 March", "no later than 3 March": the date is stated as a limit even when it has passed. */
const DEADLINE_PREPOSITION = /\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|latest(?:\s+by)?|on\s+or\s+before)\s+(?:the\s+)?$/i;

const PAST_EVENT =
  /\b(?:met|missed|signed|countersigned|executed|paid|sent|arrived|received|released|launched|went|visited|created|started|began|happened|occurred|completed|finished|delivered|shipped|held|spoke|talked|discussed|had|joined|opened|submitted|approved|renewed|transferred|wired|processed|issued|raised|returned|installed|deployed|activated|migrated|called|emailed|took\s+place|came|cleared|settled|reviewed|presented|attended|hosted|ran|made|saw|switched|restored|reinstated|resumed|reconnected|reactivated|fixed|resolved|lifted)\b/gi;

/**
 * "were switched back on at 10:40 this morning": a passive past on the day the
 * message was written (or before) is something that happened, not a deadline.
 * Later dates stay open ("the call was moved to Friday").
 */
const PASSIVE_PAST = /\b(?:was|were)\s+(?:\w+ly\s+)?(\w+(?:ed|en)|made|set|put|cut|shut|sent|done|paid|brought)\b/gi;
/** Passives that place something on a date rather than report it. */
const PASSIVE_PLACING =
  /^(?:moved|postponed|rescheduled|pushed|set|booked|agreed|confirmed|extended|changed|shifted|delayed|deferred|arranged|fixed|planned|scheduled|expected|required|asked|told|given|chosen|supposed|meant|due)$/i;

/** A participle used as an adjective ("the signed agreement", "signed contract") is not an event. */
const DETERMINER_BEFORE = /\b(?:the|a|an|our|your|their|my|his|her|its|this|that|these|those|fully|duly)\s+$/i;
const NOUN_AFTER =
  /^\s+(?:agreement|contract|copy|copies|form|forms|order|renewal|paperwork|dpa|nda|sow|msa|documents?|invoices?|amendment|po|proposal|version|quote|offer|report|data|figures|deck|redlines|pages?|licen[cs]es?|statement|change|items?|goods|hardware|equipment)\b/i;
const NOT_PAST_BEFORE =
  /(?:\b(?:be|been|being|is|are|am|isn't|aren't|to|will|shall|must|should|can|could|would|may|might|not|get|gets|getting|please|once|when|if|unless)|'ll|n't)\s+(?:\w+ly\s+)?$/i;
const FUTURE =
  /\b(?:will|shall|going\s+to|gonna|must|needs?|has\s+to|have\s+to|please|kindly|let's|let\s+us|can\s+you|could\s+you|would\s+you|would\s+like|want(?:s|ed)?|require[sd]?|plan(?:s|ning)?\s+to|expect(?:s|ed)?|scheduled|planned|tomorrow)\b|'ll\b|'d\s+like\b/i;
const SUBJECT_BEFORE = /\b(?:we|i|they|he|she|you|it|was|were|had|has|have)\s+(?:\w+ly\s+)?$/i;

function splitClauses(sentence: string, mentions: DateMention[]): Clause[] {
  const cuts: Array<{ at: number; resume: number }> = [];
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match[0].length === 0) continue;
    const at = match.index;
    const resume = match.index + match[0].length;
    if (mentions.some((mention) => at < mention.end && resume > mention.start)) continue;
    cuts.push({ at, resume });
  }
  const clauses: Clause[] = [];
  let start = 0;
  for (const cut of [...cuts, { at: sentence.length, resume: sentence.length }]) {
    if (cut.at > start) {
      const lead = LEADS.exec(sentence.slice(start, cut.at))?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
      clauses.push({ start, end: cut.at, lead });
    }
    start = cut.resume;
  }
  return clauses;
}

function inside(span: { start: number; end: number }, clause: Clause): boolean {
  return span.start >= clause.start && span.start < clause.end;
}

/**
 * The trigger a date hangs on: an action before an object, the words before
 * the date before those after it, and the nearest of those.
 */
function pickTrigger(left: Trigger[], right: Trigger[]): Trigger | null {
  const ranks = [...new Set([...left, ...right].map((trigger) => trigger.rank))].sort((a, b) => b - a);
  for (const rank of ranks) {
    const leftOnes = left.filter((trigger) => trigger.rank === rank);
    if (leftOnes.length) return leftOnes.reduce((best, trigger) => (trigger.end > best.end ? trigger : best));
    const rightOnes = right.filter((trigger) => trigger.rank === rank);
    if (rightOnes.length) return rightOnes.reduce((best, trigger) => (trigger.start < best.start ? trigger : best));
  }
  return null;
}

/** A verb close before the chosen action noun governs it ("pause outbound shipments"). */
function governingVerb(chosen: Trigger, triggers: Trigger[], sentence: string): Trigger {
  const verb = triggers
    .filter((other) => other.end <= chosen.start && other.kind !== chosen.kind && isVerbTrigger(other, sentence))
    .filter((other) => /^\s+(?:(?:the|a|an|all|any|our|your|their|its|this|these|those)\s+)?(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(other.end, chosen.start)))
    .at(-1);
  return verb && chosen.strength === 'action' ? verb : chosen;
}

/** A passive past ("was restored", "were switched back on") reporting what happened by the message's own day. */
function isPassivePast(sentence: string, clause: Clause, mention: DateMention, anchorDate: CivilDate): boolean {
  if (!mention.due || compareDates(mention.due, anchorDate) > 0) return false;
  const text = sentence.slice(clause.start, clause.end);
  PASSIVE_PAST.lastIndex = 0;
  for (let match = PASSIVE_PAST.exec(text); match; match = PASSIVE_PAST.exec(text)) {
    if (PASSIVE_PLACING.test(match[1] ?? '') || DEADLINE_MARK.test(match[0]) || FUTURE.test(match[0])) continue;
    const verbAt = clause.start + match.index;
    const verbEnd = verbAt + match[0].length;
    if (verbAt > mention.start) continue;
    const between = sentence.slice(verbEnd, mention.start);
    if (DEADLINE_MARK.test(between) || FUTURE.test(between) || /\b(?:to|for|until|till|by|before|no\s+later\s+than)\s*$/i.test(between)) continue;
    return true;
  }
  return false;
}

function isPastEvent(sentence: string, clause: Clause, mention: DateMention, mentions: readonly DateMention[]): boolean {
  const text = sentence.slice(clause.start, clause.end);
  PAST_EVENT.lastIndex = 0;
  for (let match = PAST_EVENT.exec(text); match; match = PAST_EVENT.exec(text)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    if (DETERMINER_BEFORE.test(before) || NOUN_AFTER.test(after) || NOT_PAST_BEFORE.test(before)) continue;
    if (/^\s+to\s+\w/i.test(after) || (/^had$/i.test(match[0]) && /^\s+to\b/i.test(after))) continue;
    if (FUTURE.test(before)) continue;
    const verbAt = clause.start + match.index;
    const verbEnd = verbAt + match[0].length;
    const between = verbAt < mention.start ? sentence.slice(verbEnd, mention.start) : sentence.slice(mention.end, verbAt);
    // The date belongs to a later verb ("issued on 2 November must be paid within 30 days").
    const [from, to] = verbAt < mention.start ? [verbEnd, mention.start] : [mention.end, verbAt];
    const otherDateBetween = mentions.some((other) => other !== mention && other.start >= from && other.end <= to);
    if (DEADLINE_MARK.test(between) || FUTURE.test(between) || otherDateBetween) continue;
    // "We missed the 8/14 deadline" is a deadline; "I missed the meeting on Wednesday" an event.
    if (/^missed$/i.test(match[0]) && /\b(?:deadline|due|cut-?off)\b/i.test(text)) continue;
    // "renewed till 31 Dec 2027": the end of a period, not the day of the event.
    if (verbAt < mention.start && /^\s*(?:until|till|through|thru)\s*$/i.test(between)) continue;
    // "the first invoice paid by 11/30": a participle with a deadline, not an event.
    if (
      verbAt < mention.start &&
      /^\s*(?:by|before|no\s+later\s+than|not\s+later\s+than|until|till|latest(?:\s+by)?)\s*$/i.test(between) &&
      !SUBJECT_BEFORE.test(before)
    )
      continue;
    return true;
  }
  return false;
}

function clauseText(sentence: string, clause: Clause): string {
  return sentence.slice(clause.start, clause.end);
}

/** "since 2019", "dated 3 March": the words right before a date that make it background. */
function isBackground(sentence: string, clause: Clause, mention: DateMention): boolean {
  const before = sentence.slice(clause.start, mention.start);
  if (/\b(?:dated|(?:invoice|issue|order|delivery|start|purchase)\s+date\s+(?:of\s+)?)\s*$/i.test(before)) return true;
  // "your invoice from 15 October", "the email of 3 May": the date names the document.
  if (
    /\b(?:invoice|invoices|e-?mail|mail|message|letter|report|quote|proposal|statement|note|notes|order|PO|contract|agreement|recording|recap|slides|deck|minutes|summary|photos)\s+(?:from|of)\s+(?:the\s+|last\s+)?$/i.test(
      before,
    )
  )
    return true;
  if (/\bsince\s+$/i.test(before) && !/\b(?:overdue|outstanding|due|late|pending|unpaid|waiting)\b/i.test(clauseText(sentence, clause))) return true;
  return BACKGROUND.test(clauseText(sentence, clause));
}

function isOptional(sentence: string, clauses: Clause[], index: number): boolean {
  const clause = clauses[index];
  if (!clause) return false;
  if (OPTIONAL.test(clauseText(sentence, clause))) return true;
  const next = clauses[index + 1];
  if (next && (next.lead === 'if' || /^\s*whenever/i.test(clauseText(sentence, next))) && OPTIONAL.test(clauseText(sentence, next))) return true;
  const previous = clauses[index - 1];
  return Boolean(previous && previous.lead === 'if' && OPTIONAL.test(clauseText(sentence, previous)));
}

const CONDITION_KINDS: ReadonlySet<CommitmentKind> = new Set(['payment', 'agreement']);

/** One sentence, read once: its dates, kind words and clauses. */
type SentenceView = {
  sentence: string;
  mentions: DateMention[];
  triggers: Trigger[];
  clauses: Clause[];
  anchorDate: CivilDate;
};

const textOf = (view: SentenceView, clause: Clause) => clauseText(view.sentence, clause);
const triggersOf = (view: SentenceView, clause: Clause) => view.triggers.filter((trigger) => inside(trigger, clause));
const mentionsOf = (view: SentenceView, clause: Clause) => view.mentions.filter((mention) => inside(mention, clause));
const headOf = (view: SentenceView, trigger: Trigger) => governingVerb(compoundHead(trigger, view.triggers, view.sentence), view.triggers, view.sentence);

/**
 * Where the words that belong to a date start: after the previous date in the
 * clause, unless that one sits inside a noun phrase ("the recording of
 * Tuesday's webinar will be sent by Friday").
 */
function windowStartFor(view: SentenceView, clause: Clause, mention: DateMention): number {
  const own = mentionsOf(view, clause);
  const previous = own
    .slice(0, own.indexOf(mention))
    .reverse()
    .find((other) => !/^'s\s/.test(view.sentence.slice(other.end)));
  return previous?.end ?? clause.start;
}

type Tie = { trigger: Trigger; source: Clause; possessiveEvent: Trigger | undefined };

/** The kind word a date hangs on: in its own clause first, else borrowed from a neighbour. */
function tieFor(view: SentenceView, index: number, mention: DateMention): Tie | null {
  const { sentence, clauses } = view;
  const clause = clauses[index]!;
  const own = mentionsOf(view, clause);
  const position = own.indexOf(mention);
  const windowStart = windowStartFor(view, clause, mention);
  const windowEnd = own[position + 1]?.start ?? clause.end;
  const here = triggersOf(view, clause).filter((trigger) => trigger.end <= mention.start || trigger.start >= mention.end);
  const before = (t: Trigger) => t.end <= mention.start;
  const after = (t: Trigger) => t.start >= mention.end;
  let source = clause;
  let trigger =
    pickTrigger(
      here.filter((t) => before(t) && t.start >= windowStart),
      here.filter((t) => after(t) && t.end <= windowEnd),
    ) ?? pickTrigger(here.filter(before), here.filter(after));

  if (!trigger) {
    // Gapping: "the draft on Thursday, the final version next Tuesday": the kind comes from next door.
    const previous = clauses[index - 1];
    const next = clauses[index + 1];
    // A thank-you ("Thanks again for your time on Tuesday") never borrows a kind.
    const fullClause = FULL_CLAUSE.test(textOf(view, clause)) || SOCIAL_OPENING.test(textOf(view, clause));
    // "The payment bounced, so please resend it by Friday": "it" takes its kind from the clause before.
    const refersBack = /\b(?:it|them)\b/i.test(textOf(view, clause)) && clause.lead !== 'if' && clause.lead !== 'unless';
    if (previous && (refersBack || (!fullClause && (clause.lead === null || clause.lead === 'and'))) && !SOCIAL_OPENING.test(textOf(view, previous))) {
      trigger = pickTrigger(triggersOf(view, previous), []);
      if (trigger) source = previous;
    }
    if (!trigger && !fullClause && next && mentionsOf(view, next).length === 0 && (next.lead === null || next.lead === 'and')) {
      trigger = pickTrigger([], triggersOf(view, next));
      if (trigger) source = next;
    }
  }
  if (!trigger) return null;

  // "the numbers before Tuesday's call": the call is on Tuesday, and the numbers are due then too.
  const possessiveEvent = /^'s\s/.test(sentence.slice(mention.end)) ? here.find((t) => t.start >= mention.end && t.start <= mention.end + 4) : undefined;
  if (possessiveEvent)
    trigger =
      pickTrigger(
        here.filter((t) => before(t) && t.start >= windowStart),
        [],
      ) ?? trigger;
  return { trigger: headOf(view, trigger), source, possessiveEvent };
}

/** Terms for every item of a kind, stated as a rule. */
const GENERIC_RULE =
  /^\s*(?:all\s+|any\s+)?(?:invoices|payments|orders|renewals|requests|accounts|contracts|subscriptions|late\s+payments)\s+(?:that\s+are\s+|which\s+are\s+)?(?:not\s+)?(?:\w+ed|paid|received)\b/i;

/**
 * "Once we have it, we'll send the invoice, which is payable within 30 days":
 * the 30 days run from a sending that has no date.
 */
function countsFromUndatedEvent(view: SentenceView): boolean {
  const undatedTimeClause = view.clauses.some((clause) => (clause.lead === 'once' || clause.lead === 'when') && mentionsOf(view, clause).length === 0);
  return undatedTimeClause || /\b(?:as\s+soon\s+as|upon)\b/i.test(view.sentence);
}

/** The §1 filters: background, offers, thanks, ruled-out and past dates. */
function statesCommitment(view: SentenceView, index: number, mention: DateMention & { due: CivilDate }, source: Clause): boolean {
  const { sentence, clauses } = view;
  const clause = clauses[index]!;
  const text = textOf(view, clause);
  if (isBackground(sentence, clause, mention) || (source !== clause && isBackground(sentence, source, mention))) return false;
  if (isOptional(sentence, clauses, index)) return false;
  if (THANKS_FOR_DOING.test(text) || FOLLOWING_UP.test(text)) return false;
  if (!(clause.lead && CONDITION_LEADS.has(clause.lead)) && NEGATED.test(text)) return false;
  if (isPastEvent(sentence, clause, mention, view.mentions) || (source !== clause && isPastEvent(sentence, source, mention, view.mentions))) return false;
  if (isPassivePast(sentence, clause, mention, view.anchorDate)) return false;
  if (mention.implicitStart && countsFromUndatedEvent(view)) return false;
  // "Invoices not paid within 60 days will incur late fees": a rule for any invoice, not a date.
  if (GENERIC_RULE.test(text)) return false;
  const passed = compareDates(mention.due, view.anchorDate) < 0;
  const statedAsLimit =
    DEADLINE_MARK.test(text) || DEADLINE_MARK.test(textOf(view, source)) || DEADLINE_PREPOSITION.test(sentence.slice(clause.start, mention.start));
  return !passed || statedAsLimit;
}

/**
 * Kind words that share the date with the chosen one: an item due before a
 * dated event, and the §7 pairs of a threatened stop of service and the
 * payment or paperwork that averts it.
 */
function companionsOf(view: SentenceView, index: number, mention: DateMention, trigger: Trigger): Trigger[] {
  const { sentence, clauses } = view;
  const clause = clauses[index]!;
  const companions: Trigger[] = [];
  const kinds = new Set<CommitmentKind>([trigger.kind]);
  const take = (other: Trigger) => {
    if (kinds.has(other.kind)) return;
    kinds.add(other.kind);
    companions.push(other);
  };

  // "the PO number before the go-live on 2 February": the PO is due at the go-live too.
  const windowStart = windowStartFor(view, clause, mention);
  const leadUp = EVENT_LEAD_UP.exec(sentence.slice(windowStart, trigger.start));
  if (leadUp && trigger.start <= mention.start) {
    const limit = windowStart + leadUp.index;
    const earlier = pickTrigger(
      triggersOf(view, clause).filter((t) => t.start >= windowStart && t.end <= limit && t.kind !== trigger.kind),
      [],
    );
    if (earlier) take(earlier);
  }

  const inClause = triggersOf(view, clause);
  if (trigger.kind === 'service-hold') inClause.filter((other) => CONDITION_KINDS.has(other.kind)).forEach(take);
  else if (CONDITION_KINDS.has(trigger.kind)) {
    const hold = inClause.find((other) => other.kind === 'service-hold' && other.strength === 'action');
    if (hold) take(hold);
  }

  // The condition or consequence in the clause next door, when it has no date of its own.
  const next = clauses[index + 1];
  const previous = clauses[index - 1];
  const neighbours: Array<{ clause: Clause; wants: (kind: CommitmentKind) => boolean }> = [];
  const isCondition = (lead: string | null) => lead !== null && CONDITION_LEADS.has(lead);
  if (kinds.has('service-hold')) {
    if (next && isCondition(next.lead)) neighbours.push({ clause: next, wants: (kind) => CONDITION_KINDS.has(kind) });
    if (previous && (isCondition(previous.lead) || /\bfirst\b/i.test(textOf(view, previous)))) {
      neighbours.push({ clause: previous, wants: (kind) => CONDITION_KINDS.has(kind) });
    }
  }
  if ([...kinds].some((kind) => CONDITION_KINDS.has(kind))) {
    if (
      next &&
      (next.lead === 'else' || next.lead === 'otherwise' || next.lead === 'or else' || next.lead === 'failing which' || next.lead === 'failing that')
    ) {
      neighbours.push({ clause: next, wants: (kind) => kind === 'service-hold' });
    }
    // "If payment is not received by Friday, we will suspend …" and "We will suspend … if payment is not received by Friday".
    if (isCondition(clause.lead)) {
      if (previous) neighbours.push({ clause: previous, wants: (kind) => kind === 'service-hold' });
      if (next && next.lead === null) neighbours.push({ clause: next, wants: (kind) => kind === 'service-hold' });
    }
  }
  for (const { clause: neighbour, wants } of neighbours) {
    if (mentionsOf(view, neighbour).length > 0) continue;
    triggersOf(view, neighbour)
      .filter((other) => wants(other.kind))
      .forEach(take);
  }
  return companions;
}

/**
 * "Please countersign the amendment and send the form by Monday": an undated
 * clause joined by "and" to a dated one shares its date.
 */
function sharedAcrossAnd(view: SentenceView, index: number): { trigger: Trigger; mention: DateMention & { due: CivilDate } } | null {
  const { sentence, clauses } = view;
  const clause = clauses[index]!;
  const next = clauses[index + 1];
  if (mentionsOf(view, clause).length > 0 || !next || next.lead !== 'and' || triggersOf(view, next).length === 0) return null;
  const dated = mentionsOf(view, next).find((mention): mention is DateMention & { due: CivilDate } => Boolean(mention.due && !mention.blocked));
  const picked = pickTrigger(triggersOf(view, clause), []);
  if (!dated || !picked || SOCIAL_OPENING.test(textOf(view, clause))) return null;
  if (isPastEvent(sentence, clause, dated, view.mentions) || isPastEvent(sentence, next, dated, view.mentions) || isBackground(sentence, clause, dated))
    return null;
  if (isOptional(sentence, clauses, index + 1)) return null;
  if (compareDates(dated.due, view.anchorDate) < 0 && !DEADLINE_MARK.test(textOf(view, next))) return null;
  return { trigger: headOf(view, picked), mention: dated };
}

type SentenceResult = { findings: Finding[]; lastDue: CivilDate | null };

function detectInSentence(sentence: string, anchor: ResolvedAnchor, order: number, previousDue: CivilDate | null): SentenceResult {
  const mentions = findDateMentions(sentence, { wall: anchor.wall, timeZone: anchor.timeZone, previousDue });
  const lastDue = mentions.filter((mention) => mention.due).at(-1)?.due ?? null;
  if (mentions.length === 0) return { findings: [], lastDue };
  const triggers = findTriggers(sentence);
  if (triggers.length === 0) return { findings: [], lastDue };
  const view: SentenceView = {
    sentence,
    mentions,
    triggers,
    clauses: splitClauses(sentence, mentions),
    anchorDate: { year: anchor.wall.year, month: anchor.wall.month, day: anchor.wall.day },
  };
  const findings: Finding[] = [];
  const add = (kind: CommitmentKind, due: CivilDate, mention: DateMention, trigger: Trigger) => {
    findings.push({
      kind,
      due,
      start: Math.min(mention.start, trigger.start),
      end: Math.max(mention.end, trigger.end),
      dateStart: mention.start,
      dateEnd: mention.end,
      order: order * 10_000 + Math.min(mention.start, trigger.start),
    });
  };

  view.clauses.forEach((clause, index) => {
    for (const mention of mentionsOf(view, clause)) {
      if (!mention.due || mention.blocked) continue;
      const dated = mention as DateMention & { due: CivilDate };
      const tie = tieFor(view, index, dated);
      if (!tie || !statesCommitment(view, index, dated, tie.source)) continue;
      if (tie.possessiveEvent) add(tie.possessiveEvent.kind, dated.due, dated, tie.possessiveEvent);
      add(tie.trigger.kind, dated.due, dated, tie.trigger);
      for (const companion of companionsOf(view, index, dated, tie.trigger)) add(companion.kind, dated.due, dated, companion);
    }
    const shared = sharedAcrossAnd(view, index);
    if (shared) add(shared.trigger.kind, shared.mention.due, shared.mention, shared.trigger);
  });
  return { findings, lastDue };
}

/**
 * Dated commitments in a message body, resolved against the sender's local
 * date. Throws when the anchor cannot be read; use `detectDeadlinesChecked`
 * to get that as a value.
 */
export function detectDeadlines(text: string, anchor: DeadlineAnchor): DetectedDeadline[] {
  const result = detectDeadlinesChecked(text, anchor);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function detectDeadlinesChecked(text: string, anchor: DeadlineAnchor): Parsed<DetectedDeadline[]> {
  const resolved = resolveAnchor(anchor);
  if (!resolved.ok) return resolved;
  const findings: Finding[] = [];
  let previousDue: CivilDate | null = null;
  splitSentences(text).forEach((sentence, index) => {
    // Quoted history ("> Please send …") was written on another day; its dates are not anchored here.
    if (sentence.text.startsWith('>')) return;
    const result = detectInSentence(sentence.text, resolved.value, index, previousDue);
    previousDue = result.lastDue;
    for (const finding of result.findings) {
      findings.push({
        ...finding,
        start: finding.start + sentence.start,
        end: finding.end + sentence.start,
        dateStart: finding.dateStart + sentence.start,
        dateEnd: finding.dateEnd + sentence.start,
      });
    }
  });
  findings.sort((a, b) => a.order - b.order || a.start - b.start);
  const seen = new Set<string>();
  const out: DetectedDeadline[] = [];
  for (const finding of findings) {
    const due = formatIsoDate(finding.due);
    const key = `${finding.kind}|${due}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { start, end } = trimSpan(text, finding.start, finding.end);
    out.push({ kind: finding.kind, due, quote: text.slice(start, end), start, end, dateStart: finding.dateStart, dateEnd: finding.dateEnd });
  }
  return { ok: true, value: out };
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /[\s,;:]/.test(text[from] ?? '')) from += 1;
  while (to > from && /[\s,;:]/.test(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

/**
 * For the extension: a message as read from the page. Without a readable sent
 * time there is no anchor, so nothing is dated.
 */
export function detectInMessage(message: { text: string; sentAt: string | null }, timeZone: string): DetectedDeadline[] {
  if (!message.sentAt) return [];
  const result = detectDeadlinesChecked(message.text, { sentAt: message.sentAt, timeZone });
  return result.ok ? result.value : [];
}
