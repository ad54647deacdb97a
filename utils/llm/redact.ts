/**
 * Masks what the user chose not to send: email addresses, phone numbers and
 * money amounts become numbered tokens ("[email 1]"), the same value always
 * the same token, so the model can still refer to it and the reply can be
 * put back together locally.
 */
export interface RedactOptions {
  emails: boolean;
  phones: boolean;
  amounts: boolean;
}

export type RedactedKind = 'email' | 'phone' | 'amount';

export interface Replacement {
  token: string;
  original: string;
  kind: RedactedKind;
}

/** Addresses with Unicode local parts and domains (josé@…, jane@münchen.de), and fullwidth "＠". */
const EMAIL = /[\p{L}\p{N}\p{M}._%+-]+[@＠][\p{L}\p{N}\p{M}-]+(?:[.．。][\p{L}\p{N}\p{M}-]+)*[.．。][\p{L}\p{M}]{2,}/gu;
/** "jane at acme dot com", "jane (at) acme (dot) co (dot) uk": spelled out to dodge filters. */
const SPELLED_EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:\(at\)|\[at\]|\{at\}|\sat\s)\s*[\p{L}\p{N}-]+(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s)\s*[\p{L}\p{N}-]+)*\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s)\s*\p{L}{2,6}\b/giu;

const SCALE = String.raw`(?:\s?(?:k|m|bn|million|billion|thousand)\b)?`;
const CODES = 'USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|INR';
const AMOUNT = new RegExp(
  [
    String.raw`[$€£¥]\s?\d[\d,.]*${SCALE}`,
    String.raw`\b(?:${CODES})\s?\d[\d,.]*${SCALE}`,
    String.raw`\b\d[\d,.]*${SCALE}\s?(?:${CODES}|dollars|euros|pounds)\b`,
  ].join('|'),
  'gi',
);

/** Digit groups with separators, optionally an international prefix and an area code in brackets. */
const D = '[0-9\\uFF10-\\uFF19]'; // ASCII and fullwidth digits
const PHONE_SHAPE = new RegExp(
  String.raw`(?<![\w-])(?:[+＋]${D}{1,3}[\s.-]?)?(?:\(${D}{1,4}\)[\s.-]?)?${D}{2,4}(?:[\s.-]${D}{2,5}){1,4}(?![\w-])|(?<![\w-])[+＋]?${D}{10,15}(?![\w-])`,
  'g',
);
const DATE_SHAPE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;

function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/[^0-9\uFF10-\uFF19]/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (DATE_SHAPE.test(candidate)) return false;
  if (/^[+＋]/.test(candidate) || candidate.includes('(')) return true;
  // Without a prefix or brackets, only the usual shapes: 555-0142, 617 555 0142, 020 7946 0958.
  return /^\d{3}[\s.-]\d{4}$/.test(candidate) || digits >= 10;
}

/** Redacts several texts with one numbering, so "[email 1]" means the same address in each. */
export class Redactor {
  readonly replacements: Replacement[] = [];
  private readonly counts: Record<RedactedKind, number> = { email: 0, phone: 0, amount: 0 };

  constructor(private readonly options: RedactOptions) {}

  private tokenFor(original: string, kind: RedactedKind): string {
    const seen = this.replacements.find((r) => r.kind === kind && r.original === original);
    if (seen) return seen.token;
    this.counts[kind] += 1;
    const token = `[${kind} ${this.counts[kind]}]`;
    this.replacements.push({ token, original, kind });
    return token;
  }

  redact(text: string): string {
    let out = text;
    if (this.options.emails) {
      out = out.replace(EMAIL, (m) => this.tokenFor(m, 'email'));
      out = out.replace(SPELLED_EMAIL, (m) => this.tokenFor(m, 'email'));
    }
    if (this.options.amounts) {
      out = out.replace(AMOUNT, (m) => {
        // "$186,000." ends a sentence: the full stop is not part of the amount.
        const amount = m.replace(/[.,]+$/, '');
        return this.tokenFor(amount, 'amount') + m.slice(amount.length);
      });
    }
    if (this.options.phones) out = out.replace(PHONE_SHAPE, (m) => (looksLikePhone(m) ? this.tokenFor(m, 'phone') : m));
    return out;
  }
}

export function redact(text: string, options: RedactOptions): { text: string; replacements: Replacement[] } {
  const redactor = new Redactor(options);
  const redacted = redactor.redact(text);
  return { text: redacted, replacements: redactor.replacements };
}

/** Puts the masked values back into a reply, locally, after it arrived. */
export function restore(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const { token, original } of replacements) out = out.split(token).join(original);
  return out;
}
