/**
 * Sentence-level rewrites for the pre-send panel. A risky phrase is never
 * spliced: the whole sentence that carries it is replaced by a complete,
 * capitalised sentence that says the same business point without the heat,
 * keeping the date or deadline the sentence named. Every template here is
 * checked by the tone engine in the tests and must read calm or firm.
 */

export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = new RegExp(
  `\\b(?:by|before|on|until|no later than)\\s+(?:the\\s+)?(?:end of (?:the )?(?:day|week|month|quarter)|(?:this|next)\\s+${WEEKDAY}|${WEEKDAY}(?:,?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+${MONTH})?)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|tomorrow|today|eod|eow|cob|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)`,
  'i',
);

/** The deadline a sentence names ("by Friday", "before 3 June"), as written, if any. */
export function deadlineIn(sentence: string): string | undefined {
  return DATE.exec(sentence)?.[0].replace(/\s+/g, ' ');
}

const TOPIC =
  /\b(?:for|on|about|regarding|with)\s+((?:the|your|our)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:agreement|contract|order form|form|invoice|invoices|po|purchase order|renewal|signature|payment|proposal|quote|sow|statement of work|figures|numbers|data|report|deck|plan|access|migration|integration|go-live|launch|decision|sign-off|approval|feedback|documents?|paperwork))\b/iu;

/** What the sentence is about ("the signed order form"), when it names a business object plainly. */
export function topicIn(sentence: string): string | undefined {
  const topic = TOPIC.exec(sentence)?.[1];
  return topic && !/\b(?:stupid|useless|damn|bloody|precious|so-called)\b/i.test(topic) ? topic.toLowerCase().replace(/^your /, 'the ') : undefined;
}

type Template = (deadline: string | undefined, sentence: string) => string;

/** One calm, complete sentence per kind of heat. */
const TEMPLATES: Record<string, Template> = {
  ultimatum: (d) =>
    d ? `Could we aim to settle this ${d}? I want to avoid any disruption for your team.` : 'I would like us to agree the next step together.',
  threat: (d) => (d ? `I would like to resolve this with you directly ${d}.` : 'I would like to resolve this with you directly.'),
  blame: (_d, sentence) => {
    const topic = topicIn(sentence);
    return `Could you help me understand what is holding up ${topic ?? 'this'}, so we can solve it together?`;
  },
  sarcasm: () => 'Thank you for the update.',
  condescension: () => 'Happy to walk through the details if that would help.',
  'passive-aggressive': (d, sentence) => {
    const topic = topicIn(sentence) ?? 'this';
    return d ? `I wanted to bring ${topic} back to the top of your list, as we need it ${d}.` : `I wanted to bring ${topic} back to the top of your list.`;
  },
  absolute: () => 'This has happened more than once, and I would like to find a way to prevent it.',
  dismissive: () => 'I understand the concern, and I would like to find an option that works for both of us.',
  'guilt-trip': () => 'Thank you for working through this with us; I want to get it right together.',
  insult: () => 'This has caused real problems on our side, and I would like to fix it with you.',
  impatience: (d) => (d ? `Could you let me know whether this can be done ${d}?` : 'Could you let me know when you expect to have this done?'),
  shouting: (_d, sentence) => unshout(sentence),
  emoticon: (_d, sentence) =>
    capitalise(sentence.replace(/\s*(?:\.\.\.|…)?\s*(?::-?\)|;-?\)|🙂|😉|🙃)\s*$|(?:\.\.\.|…)\s*$/u, '').replace(/[,;:\s]+$/, '') + '.'),
  heat: (d) => (d ? `I would like to find a way forward on this together ${d}.` : 'I would like to find a way forward on this together.'),
};

export const REWRITE_CATEGORIES = Object.keys(TEMPLATES);

function capitalise(s: string): string {
  return s.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase());
}

/** Capitals back to sentence case (acronyms of four letters or fewer stay), "!!!" to ".". */
function unshout(sentence: string): string {
  const lowered = sentence
    .replace(/\b\p{Lu}{5,}\b|\b\p{Lu}{2,4}\b(?=\s+\p{Lu}{2,}\b)|(?<=\b\p{Lu}{2,}\s+)\b\p{Lu}{2,4}\b/gu, (w) => w.toLowerCase())
    .replace(/\b(NOT|NOW|NEVER|STOP|WHY|THIS|YOUR|MUST|AGAIN|TODAY|NO)\b/g, (w) => w.toLowerCase())
    .replace(/[!?]*\?[!?]*$/, '?')
    .replace(/!+$/, '.')
    .replace(/[!?]{2,}/g, '.');
  return capitalise(/[.?!]$/.test(lowered.trim()) ? lowered : `${lowered.trimEnd()}.`);
}

const SALUTATION = /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|afternoon)\b[^,\n.!?]{0,40}[,!]\s*/i;

const SENTENCE_END = /[.!?…]+["”’)]*(?=\s|$)|\n/g;

/** The sentence around [start, end): from the previous sentence end (or line start) to the next. */
export function sentenceAround(text: string, start: number, end: number, skipBefore = 0): { start: number; end: number } {
  let from = skipBefore;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length;
    if (stop <= start && stop > from) from = stop;
    if (m.index >= end - 1 && m[0] !== '\n') {
      to = stop;
      break;
    }
    if (m[0] === '\n' && m.index >= end) {
      to = m.index;
      break;
    }
  }
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/** The rewrite of the sentence that carries a finding. `afterGreeting`: where the greeting ends, never rewritten. */
export function rewriteFor(text: string, finding: { start: number; end: number; category: string }, afterGreeting = 0): Rewrite {
  const around = sentenceAround(text, finding.start, finding.end, finding.start >= afterGreeting ? afterGreeting : 0);
  // "Hello team, per my last email…": the salutation stays, the rest of the sentence is rewritten.
  const salutation = SALUTATION.exec(text.slice(around.start, around.end));
  if (salutation && around.start + salutation[0].length < around.end) around.start += salutation[0].length;
  const sentence = text.slice(around.start, around.end);
  const template = TEMPLATES[finding.category] ?? TEMPLATES.heat!;
  return { ...around, text: template(deadlineIn(sentence), sentence) };
}
