/** A sentence of a message body, with its place in the body. */
export type SentenceSpan = { start: number; end: number; text: string };

/**
 * Words that end in a full stop without ending the sentence. Month short forms
 * are here because "Sept. 24" is a date, not two sentences.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'incl',
  'no',
  'nos',
  'nr',
  'ref',
  'dept',
  'a.m',
  'p.m',
  'rs',
  'tel',
  'ph',
  'ext',
  'vol',
  'ca',
  'pp',
  'para',
  'sec',
  'min',
  'max',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'co',
  'corp',
  'inc',
  'ltd',
  'fig',
  'cf',
  'attn',
]);

const BULLET = /^\s*(?:[-*•·‣◦]|\d{1,2}[.)])\s+/;

function isBoundary(text: string, index: number): boolean {
  const char = text[index];
  if (char === '!' || char === '?') return true;
  if (char !== '.') return false;
  // "30.09." and "v4.2" keep their dots; a dot followed by a comma or a digit is not an end.
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, index - 12), index))?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word.replace(/^\./, ''))) return false;
  if (/[a-z]\.[a-z]/i.test(word)) return false; // "w.e.f.", "e.g.", "a.m.
  if (/^[a-z]$/i.test(word)) return false; // an initial: "J. Smith"
  return true;
}

/**
 * Splits a message body into sentences. Blank lines and bullets always split;
 * a single line break splits only after sentence-ending punctuation or before
 * a bullet, because plain-text mail is often hard-wrapped mid-sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [];
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    const line = text.slice(lineStart, match.index).trimEnd();
    const nextStart = match.index + match[0].length;
    const nextBreak = text.indexOf('\n', nextStart);
    const nextLine = text.slice(nextStart, nextBreak < 0 ? text.length : nextBreak);
    const blank = line.trim().length === 0;
    if (
      blank ||
      nextLine.trim().length === 0 ||
      /[.!?:;]["')\]]*$/.test(line) ||
      BULLET.test(nextLine) ||
      // A short line (greeting, sign-off, heading) stands alone.
      (line.trim().length < 40 && /^[A-Z]/.test(nextLine.trimStart()))
    ) {
      cuts.push(match.index);
    }
    lineStart = nextStart;
  }
  for (let index = 0; index < text.length; index += 1) {
    if (!'.!?'.includes(text[index] ?? '')) continue;
    let end = index + 1;
    while (end < text.length && /[.!?"')\]]/.test(text[end] ?? '')) end += 1;
    const next = text.slice(end);
    if (!/^\s+/.test(next)) continue;
    const following = next.trimStart();
    if (!following || !/^["'([]?[A-Z0-9•*-]/.test(following)) continue;
    if (!isBoundary(text, index)) continue;
    cuts.push(end);
    index = end - 1;
  }
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...sorted, text.length]) {
    pushTrimmed(text, start, cut, spans);
    start = cut;
  }
  return spans;
}

function pushTrimmed(text: string, from: number, to: number, out: SentenceSpan[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  const bullet = BULLET.exec(text.slice(start, end));
  if (bullet) start += bullet[0].length;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
