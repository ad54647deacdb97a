import { outermost, precedes, queryEach, safeMatches } from './dom-query';
import { readSplitText, tidyText, type SplitText, type TextLimits } from './text';

/**
 * Splits a message body (or a draft) into the author's own words, the signature
 * and the quoted history.
 *
 * Markup first, because clients mark what they insert: Gmail wraps history in
 * `.gmail_quote` and signatures in `.gmail_signature`; Outlook appends history
 * after `#appendonsend` / `#divRplyFwdMsg` and marks `#Signature`. Quoted copies
 * carry the same markers with a prefix (`m_123x_gmail_quote`, `x_divRplyFwdMsg`),
 * hence the substring/suffix selectors. Then text patterns ("On … wrote:",
 * "-----Original Message-----", a "From: … Sent: …" block, trailing "> " lines,
 * the "-- " signature delimiter) for plain-text mail and unknown clients.
 *
 * Why not @mozilla/readability: it finds an article's main content, not where a
 * reply ends. Measured on the 6 expanded fixture messages (Gmail and Outlook):
 * Readability kept 10 of 12 bodyIncludes phrases, left 3 of 5 bodyExcludes
 * (quoted-only) phrases in the text and split off 0 of 6 signatures; this
 * splitter kept 12/12, removed 5/5 and split off 6/6. Readability also needs a
 * cloned Document per body. So we keep our own.
 */

/** History appended after this point (Outlook, Outlook for Mac, Thunderbird forwards): everything after it is quoted. */
export const HISTORY_START_SELECTORS = ['[id$="appendonsend"]', '[id$="divRplyFwdMsg"]', '[id$="OLK_SRC_BODY_SECTION"]', '.moz-forward-container'] as const;
export const HISTORY_START_CSS = HISTORY_START_SELECTORS.join(', ');

/** Quoted blocks: only their own subtree is quoted (bottom-posting and inline replies keep their text). */
export const QUOTE_BLOCK_SELECTORS = ['[class*="gmail_quote"]', 'blockquote', '.yahoo_quoted', '.moz-cite-prefix'] as const;
export const QUOTE_BLOCK_CSS = QUOTE_BLOCK_SELECTORS.join(', ');

/** Signature markers; the "-- " prefix span comes first in document order, so it starts the signature. */
const SIGNATURE_SELECTORS = ['[data-smartmail="gmail_signature"]', '[class*="gmail_signature"]', '[id$="Signature"]', '.moz-signature'] as const;
const SIGNATURE_CSS = SIGNATURE_SELECTORS.join(', ');

const MARKERS = [...QUOTE_BLOCK_SELECTORS, ...HISTORY_START_SELECTORS, ...SIGNATURE_SELECTORS];

/** Reads `body` into own text, signature and quoted history, each cut at `limits` (a `truncated` flag says the own text was). */
export function splitMessageBody(body: Element, limits: TextLimits = {}): SplitText {
  // Every marker at once (a 5 MB body is 10,000 elements to look through), then each is sorted by kind.
  const marked = queryEach(body, MARKERS);
  const islands = outermost(marked.filter((element) => safeMatches(element, QUOTE_BLOCK_CSS)));
  const inIsland = (element: Element) => {
    const block = element.closest(QUOTE_BLOCK_CSS);
    return block !== null && block !== body && body.contains(block);
  };
  const quoteStart = marked.find((element) => safeMatches(element, HISTORY_START_CSS) && !inIsland(element)) ?? null;
  const signatureStart =
    marked.find(
      (element) =>
        safeMatches(element, SIGNATURE_CSS) && !inIsland(element) && (!quoteStart || (!quoteStart.contains(element) && precedes(element, quoteStart))),
    ) ?? null;

  const split = readSplitText(body, { quoteStart, signatureStart, quoteIslands: new Set(islands) }, limits);
  const refined = refineByText(split);
  return split.truncated ? { ...refined, truncated: true } : refined;
}

/** Applies the text patterns to what the markup left as own text. */
function refineByText(split: SplitText): SplitText {
  let { text, signature, quoted } = split;
  const byQuote = splitQuotedText(text);
  if (byQuote.quoted) {
    text = byQuote.text;
    // Text that sat before the marked-up history: it reads first.
    quoted = joinParts(byQuote.quoted, quoted);
  }
  if (!signature) {
    const bySignature = splitSignatureText(text);
    text = bySignature.text;
    signature = bySignature.signature;
  }
  return { text, signature, quoted };
}

function joinParts(first: string, second: string): string {
  return [first, second].filter(Boolean).join('\n\n');
}

/** Longest line the patterns look at: keeps regexes cheap on hostile single-line bodies. */
const MAX_PATTERN_LINE = 1000;

/**
 * "On … wrote:" lines and their translations, as start/end/contains checks
 * rather than regexes with two open-ended gaps, which backtrack badly on
 * hostile lines like "Am schrieb schrieb schrieb…".
 */
interface AttributionShape {
  start: string;
  end: string;
  contains?: string;
}
const ATTRIBUTIONS: readonly AttributionShape[] = [
  { start: 'on ', end: 'wrote:' },
  { start: 'am ', end: ':', contains: ' schrieb ' },
  { start: 'le ', end: 'a écrit :' },
  { start: 'le ', end: 'a écrit:' },
  { start: 'el ', end: 'escribió:' },
  { start: 'il giorno ', end: 'ha scritto:' },
  { start: 'op ', end: ':', contains: ' schreef ' },
];
const MAX_ATTRIBUTION = 500;

function isAttribution(line: string): boolean {
  if (line.length > MAX_ATTRIBUTION) return false;
  const lower = line.toLowerCase();
  return ATTRIBUTIONS.some((shape) => lower.startsWith(shape.start) && lower.endsWith(shape.end) && (!shape.contains || lower.includes(shape.contains)));
}

const SEPARATOR_LINES: readonly RegExp[] = [
  /^-{2,} ?(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Forwarded message|Weitergeleitete Nachricht|Message transféré) ?-{2,}$/i,
];

const HEADER_FROM = /^(?:From|Von|De|Da|Van|Från|Fra|Od):\s*\S/i;
const HEADER_SENT = /^(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|Verzonden|Skickat|Sendt|Wysłano|Fecha|Data):\s*\S/i;
const UNDERSCORE_RULE = /^_{10,}$/;

/** Splits plain text at the first sign of quoted history. */
export function splitQuotedText(input: string): { text: string; quoted: string } {
  const lines = input.split('\n');
  const at = findQuoteLine(lines);
  if (at < 0) return { text: input, quoted: '' };
  return { text: tidyText(lines.slice(0, at).join('\n')), quoted: tidyText(lines.slice(at).join('\n')) };
}

function findQuoteLine(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (!line || line.length > MAX_PATTERN_LINE) continue;
    if (isAttribution(line)) return i;
    // Plain-text wrapping often breaks "On … <address>" / "wrote:" over two lines.
    const next = (lines[i + 1] ?? '').trim();
    if (next && isAttribution(`${line} ${next}`)) return i;
    if (SEPARATOR_LINES.some((re) => re.test(line))) return i;
    if (HEADER_FROM.test(line)) {
      for (let j = i + 1; j <= i + 3 && j < lines.length; j += 1) {
        const candidate = (lines[j] ?? '').trim();
        if (candidate.length <= MAX_PATTERN_LINE && HEADER_SENT.test(candidate)) {
          const previous = (lines[i - 1] ?? '').trim();
          return UNDERSCORE_RULE.test(previous) ? i - 1 : i;
        }
      }
    }
  }
  return trailingQuotedBlock(lines);
}

/** Start of a final block of "> " lines (blank lines allowed), or -1. */
function trailingQuotedBlock(lines: readonly string[]): number {
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    if (!line.startsWith('>')) break;
    start = i;
  }
  return start;
}

/** Most lines a "-- " signature may have; a longer tail is more likely text after a divider. */
const MAX_SIGNATURE_LINES = 12;

/** Splits plain text at a "-- " signature delimiter near the end. */
export function splitSignatureText(input: string): { text: string; signature: string } {
  const lines = input.split('\n');
  // Walk back over at most MAX_SIGNATURE_LINES non-empty lines: the earliest delimiter there wins.
  let nonEmptyAfter = 0;
  let at = -1;
  for (let i = lines.length - 1; i >= 0 && nonEmptyAfter <= MAX_SIGNATURE_LINES; i -= 1) {
    const line = lines[i] ?? '';
    if (/^-- ?$/.test(line)) {
      if (nonEmptyAfter > 0) at = i;
    } else if (line.trim()) {
      nonEmptyAfter += 1;
    }
  }
  if (at < 0) return { text: input, signature: '' };
  return { text: tidyText(lines.slice(0, at).join('\n')), signature: tidyText(lines.slice(at).join('\n')) };
}
