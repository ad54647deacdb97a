import type { CommitmentKind } from '../model/commitment';
import type { DetectedDeadline } from './schema';
import { splitSentences } from './sentences';

/** One commitment a message states, as the sidebar offers it: one card however many kinds share its date. */
export interface DeadlineCard {
  kind: CommitmentKind;
  /** Other kinds the same words tie to this date ("without a signed agreement, we will hold all services from 15 May"). */
  also: CommitmentKind[];
  due: string;
  /** A short title from the sentence itself: "Hold all services". */
  title: string;
  /** The sentence that states it. */
  quote: string;
  /** The date was already behind `today`. */
  past: boolean;
}

const TITLE_MAX = 60;
const QUOTE_MAX = 240;

/** Words left dangling at the end once the date is cut out: "hold all services from", "invoice #4471 is due on". */
const TRAILING =
  /(?:[\s,;:.!?—–-]+|\s*\b(?:by|on|from|until|till|before|after|at|in|for|of|to|the|this|next|latest|no\s+later\s+than|on\s+or\s+before|is|are|was|were|be|will\s+be|due|dated|starting|effective|as\s+of|since)\b)\s*$/i;
/** …and at the start: "Friday, we will suspend", "please send the deck". */
const LEADING =
  /^(?:[\s,;:.!?—–-]+|\s*\b(?:and|but|so|or|then|also|please|kindly|note(?:\s+that)?|could\s+you|can\s+you|would\s+you|can\s+we|could\s+we|shall\s+we|(?:we|i|you|they)(?:\s+will|'ll|\s+must|\s+need\s+to|\s+have\s+to|\s+shall|\s+would\s+like\s+to|'d\s+like\s+to)?(?:\s+have\s+to)?|the|a|an|our|your|their|as\s+of|from|by|on|for|if|unless|without|until|till|after|before|latest|else|otherwise|(?:will\s+)?(?:have|has|need|needs)\s+to|must|to)\b)\s*/i;
/** Where a clause's own words start, looking back from a finding: "Just a reminder that | invoice #4471". */
const CLAUSE_START = /[,;:()—–]|\b(?:that|which|who|because|so|and|but|if|when|once|unless)\b/gi;

function trimRepeatedly(text: string, pattern: RegExp): string {
  let out = text;
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(pattern, '');
  }
  return out;
}

/**
 * The words of a finding without its date and the little words that tied
 * them to it: "hold all services from 15 May." → "Hold all services",
 * "invoice #4471 is due on June 30th" → "Invoice #4471".
 */
export function titleFromFinding(
  text: string,
  finding: DetectedDeadline,
  sentenceStart = finding.start,
  otherDates: ReadonlyArray<{ start: number; end: number }> = [],
): string {
  // Another date inside the quote ("Invoice 2291 was due on 15 May and invoice 2310 is due on 15 June") belongs to another card.
  const from = Math.max(finding.start, ...otherDates.filter((d) => d.start >= finding.start && d.end <= finding.dateStart).map((d) => d.end));
  let before = trimRepeatedly(trimRepeatedly(text.slice(from, finding.dateStart), TRAILING), LEADING);
  if (before && !/\s/.test(before)) {
    // "signature by 31 March" says little alone: take the words before it in its clause ("Could you arrange signature").
    const lead = text.slice(sentenceStart, from);
    let cut = 0;
    CLAUSE_START.lastIndex = 0;
    for (let m = CLAUSE_START.exec(lead); m; m = CLAUSE_START.exec(lead)) cut = m.index + m[0].length;
    const raw = trimRepeatedly(text.slice(from, finding.dateStart), TRAILING);
    before = trimRepeatedly(`${lead.slice(cut).trim().split(/\s+/).slice(-6).join(' ')} ${raw}`, LEADING);
  }
  const after = trimRepeatedly(trimRepeatedly(text.slice(finding.dateEnd, finding.end), LEADING), TRAILING);
  // The words on the side of the date that names the thing; a date first ("Friday, we will suspend") leaves only the after side.
  let words = (before.length >= after.length ? before : after).replace(/\s+/g, ' ');
  words = trimRepeatedly(trimRepeatedly(words, LEADING), TRAILING).trim();
  if (!words) return '';
  if (words.length > TITLE_MAX) words = `${words.slice(0, TITLE_MAX).replace(/\s+\S*$/, '')}…`;
  return words[0]!.toUpperCase() + words.slice(1);
}

function sentenceAround(text: string, start: number, end: number): { start: number; quote: string } {
  const sentence = splitSentences(text).find((s) => s.start <= start && s.end >= end);
  const quote = (sentence?.text ?? text.slice(start, end)).replace(/\s+/g, ' ').trim();
  return { start: sentence?.start ?? start, quote: quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX).replace(/\s+\S*$/, '')}…` : quote };
}

/**
 * One card per commitment in one message: the kinds a sentence ties to the
 * same date words are one card, titled from the finding that hugs the date
 * closest (in "without a signed agreement, we will have to hold all services
 * from 15 May" that is the hold; the agreement is its condition).
 */
export function deadlineCards(text: string, found: readonly DetectedDeadline[], today: string): DeadlineCard[] {
  const groups = new Map<string, DetectedDeadline[]>();
  for (const finding of found) {
    const key = `${finding.due}@${finding.dateStart}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()].map((group) => {
    // A threatened stop of service is what the date is about; the payment or paperwork that averts it is its condition.
    const primary = group.find((f) => f.kind === 'service-hold') ?? group.reduce((best, f) => (f.end - f.start < best.end - best.start ? f : best));
    const start = Math.min(...group.map((f) => f.start));
    const end = Math.max(...group.map((f) => f.end));
    const sentence = sentenceAround(text, start, end);
    return {
      kind: primary.kind,
      also: group.filter((f) => f !== primary).map((f) => f.kind),
      due: primary.due,
      title: titleFromFinding(
        text,
        primary,
        sentence.start,
        found.filter((f) => f.dateStart !== primary.dateStart).map((f) => ({ start: f.dateStart, end: f.dateEnd })),
      ),
      quote: sentence.quote,
      past: primary.due < today,
    };
  });
}
