import { roleFromText } from './fields';
import { AccountImport, type ImportIssue, type ImportOptions, type ImportPlan } from './plan';

/** One card as read from a .vcf file, before it is checked. */
export interface VCard {
  /** Line of its BEGIN:VCARD. */
  line: number;
  version?: string;
  name?: string;
  emails: Array<{ address: string; line: number }>;
  org?: string;
  title?: string;
  role?: string;
  note?: string;
}

export interface VCardParse {
  cards: VCard[];
  /** Cards that could not be read whole (no END:VCARD, a line that is not a property). */
  errors: ImportIssue[];
}

interface ContentLine {
  line: number;
  name: string;
  params: Map<string, string[]>;
  value: string;
}

function isQuotedPrintable(head: string): boolean {
  return /(^|;)(ENCODING=)?QUOTED-PRINTABLE(;|:|$)/i.test(head);
}

/** Index of the first `char` outside double quotes, or -1. */
function indexOutsideQuotes(text: string, char: string, from = 0): number {
  let quoted = false;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) return i;
  }
  return -1;
}

function splitOutsideQuotes(text: string, char: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = indexOutsideQuotes(text, char); at !== -1; at = indexOutsideQuotes(text, char, start)) {
    parts.push(text.slice(start, at));
    start = at + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Physical lines joined back into logical ones, each with the line it starts
 * on: a line beginning with a space or tab continues the previous one
 * (3.0/4.0 folding), and in a quoted-printable value of 2.1 a trailing `=` is
 * a soft line break.
 */
function unfold(text: string): Array<{ line: number; text: string }> {
  const physical = text.split(/\r\n|\n|\r/);
  const logical: Array<{ line: number; text: string }> = [];
  physical.forEach((raw, index) => {
    const last = logical[logical.length - 1];
    if (last && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      last.text += raw.slice(1);
      return;
    }
    if (last && last.text.endsWith('=') && isQuotedPrintable(last.text.slice(0, indexOutsideQuotes(last.text, ':')))) {
      last.text = last.text.slice(0, -1) + raw;
      return;
    }
    if (raw.trim() !== '') logical.push({ line: index + 1, text: raw });
  });
  return logical;
}

function parseContentLine(line: number, text: string): ContentLine | undefined {
  const colon = indexOutsideQuotes(text, ':');
  if (colon <= 0) return undefined;
  const [rawName = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  // Apple writes grouped properties such as `item1.EMAIL`.
  const name = rawName
    .slice(rawName.lastIndexOf('.') + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params = new Map<string, string[]>();
  for (const param of rawParams) {
    const eq = param.indexOf('=');
    // vCard 2.1 writes bare parameters: `EMAIL;INTERNET;PREF:` means TYPE=INTERNET,PREF.
    const key = eq < 0 ? (/^(QUOTED-PRINTABLE|BASE64|B|8BIT|7BIT)$/i.test(param) ? 'ENCODING' : 'TYPE') : param.slice(0, eq).trim().toUpperCase();
    const values = (eq < 0 ? param : param.slice(eq + 1))
      .split(',')
      .map((value) => value.trim().replace(/^"|"$/g, '').toLowerCase())
      .filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { line, name, params, value: text.slice(colon + 1) };
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The value with its transfer encoding undone (2.1 quoted-printable, base64), still escaped. */
function decodedValue(property: ContentLine): string {
  const encoding = property.params.get('ENCODING')?.[0];
  const charset = property.params.get('CHARSET')?.[0];
  if (encoding === 'quoted-printable') {
    const bytes: number[] = [];
    const value = property.value;
    for (let i = 0; i < value.length; i += 1) {
      const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else bytes.push(...new TextEncoder().encode(value[i]));
    }
    return decodeBytes(Uint8Array.from(bytes), charset);
  }
  if (encoding === 'b' || encoding === 'base64') {
    try {
      return decodeBytes(
        Uint8Array.from(atob(property.value.replace(/\s+/g, '')), (c) => c.charCodeAt(0)),
        charset,
      );
    } catch {
      return property.value;
    }
  }
  return property.value;
}

/** `\n`, `\,`, `\;`, `\\` as the characters they stand for. */
function unescapeText(text: string): string {
  return text.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).replace(/\r\n?/g, '\n');
}

/** A structured value (N, ORG) split on its unescaped semicolons. */
function components(text: string): string[] {
  return text.split(/(?<!\\);/).map((part) => unescapeText(part).trim());
}

function preference(property: ContentLine): number {
  const pref = property.params.get('PREF')?.[0];
  if (pref !== undefined && /^\d+$/.test(pref)) return Number(pref);
  return property.params.get('TYPE')?.includes('pref') ? 1 : 101;
}

/** Reads every card of a .vcf text (versions 2.1, 3.0 and 4.0). */
export function parseVcards(raw: string): VCardParse {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const cards: VCard[] = [];
  const errors: ImportIssue[] = [];
  let open: { card: VCard; properties: ContentLine[] } | undefined;

  const close = () => {
    if (!open) return;
    const { card, properties } = open;
    const emails: Array<{ address: string; line: number; rank: number; order: number }> = [];
    let structuredName: string | undefined;
    for (const property of properties) {
      const value = decodedValue(property);
      switch (property.name) {
        case 'VERSION':
          card.version = value.trim();
          break;
        case 'FN':
          card.name ??= unescapeText(value).trim() || undefined;
          break;
        case 'N': {
          const [family = '', given = '', additional = '', prefix = '', suffix = ''] = components(value);
          structuredName ??= [prefix, given, additional, family, suffix].filter(Boolean).join(' ') || undefined;
          break;
        }
        case 'EMAIL': {
          const address = unescapeText(value)
            .trim()
            .replace(/^mailto:/i, '');
          if (address) emails.push({ address, line: property.line, rank: preference(property), order: emails.length });
          break;
        }
        case 'ORG':
          card.org ??= components(value)[0] || undefined;
          break;
        case 'TITLE':
          card.title ??= unescapeText(value).trim() || undefined;
          break;
        case 'ROLE':
          card.role ??= unescapeText(value).trim() || undefined;
          break;
        case 'NOTE':
          card.note = [card.note, unescapeText(value).trim()].filter(Boolean).join('\n') || undefined;
          break;
        default:
          break;
      }
    }
    card.name ??= structuredName;
    card.emails = emails.sort((a, b) => a.rank - b.rank || a.order - b.order).map(({ address, line }) => ({ address, line }));
    cards.push(card);
    open = undefined;
  };

  for (const { line, text: content } of unfold(text)) {
    const property = parseContentLine(line, content);
    if (!property) {
      if (open) {
        errors.push({
          line,
          field: 'card',
          message: `line ${line} is not a vCard property (NAME:value); the card starting on line ${open.card.line} was skipped`,
        });
        open = undefined;
      }
      continue;
    }
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') {
      if (open) {
        errors.push({
          line: open.card.line,
          field: 'card',
          message: `the card starting on line ${open.card.line} has no END:VCARD before the next card; it was skipped`,
        });
      }
      open = { card: { line, emails: [] }, properties: [] };
      continue;
    }
    if (property.name === 'END' && property.value.trim().toUpperCase() === 'VCARD') {
      if (open) close();
      continue;
    }
    open?.properties.push(property);
  }
  if (open) {
    errors.push({
      line: open.card.line,
      field: 'card',
      message: `the card starting on line ${open.card.line} has no END:VCARD (the file may be cut off); it was skipped`,
    });
  }
  if (cards.length === 0 && errors.length === 0) {
    errors.push({ line: 1, field: 'card', message: 'no BEGIN:VCARD found; this is not a vCard file' });
  }
  return { cards, errors };
}

/** Import fields named the way a vCard names them, so an error points at what the user sees in the file. */
const VCARD_FIELD: Record<string, string> = {
  clientName: 'ORG',
  clientDomains: 'EMAIL',
  contactName: 'FN',
  emails: 'EMAIL',
  title: 'TITLE',
  notes: 'NOTE',
  role: 'ROLE',
};

/**
 * Each card becomes a contact. Its client is the one owning the domain of
 * one of its addresses, else the one named by ORG, else a new client named
 * by ORG with the (non-personal) domains of its addresses. Writes nothing.
 */
export function buildVcardImport(text: string, options: ImportOptions): ImportPlan {
  const parsed = parseVcards(text);
  const plan = new AccountImport(options, { prefer: 'email-domain', domainsFromEmails: true });
  for (const card of parsed.cards) {
    const issues: ImportIssue[] = [];
    if (!card.name) issues.push({ line: card.line, field: 'FN', message: 'the card has no name (FN or N)' });
    if (card.emails.length === 0) issues.push({ line: card.line, field: 'EMAIL', message: 'the card has no email address; a contact needs one' });
    if (issues.length) {
      plan.rejectRow(issues);
      continue;
    }
    const role = card.role ? roleFromText(card.role) : undefined;
    plan.addRow({
      line: card.line,
      client: { ...(card.org ? { name: card.org } : {}), domains: [] },
      contact: {
        name: card.name ?? '',
        emails: card.emails.map((email) => email.address),
        emailLines: card.emails.map((email) => email.line),
        ...(role ? { role } : {}),
        ...(card.title ? { title: card.title } : {}),
        ...(card.note ? { notes: card.note } : {}),
      },
    });
  }
  const result = plan.finish();
  const rename = (issue: ImportIssue): ImportIssue => ({ ...issue, field: VCARD_FIELD[issue.field] ?? issue.field });
  return {
    ...result,
    errors: [...parsed.errors, ...result.errors.map(rename)].sort((a, b) => a.line - b.line),
    warnings: result.warnings.map(rename),
    stats: { ...result.stats, rows: result.stats.rows + parsed.errors.length, rowsWithErrors: result.stats.rowsWithErrors + parsed.errors.length },
  };
}
