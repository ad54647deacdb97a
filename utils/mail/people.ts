import type { Person } from './snapshot';
import { INVISIBLE_CHARS, lineText } from './text';

/**
 * Participants as the page shows them. Names are cleaned of direction overrides
 * and zero-width characters (a sender can spoof "Maria\u202Egnol" to render
 * differently from what it compares as), addresses are lower-cased.
 */

const MAX_NAME = 300;
const MAX_EMAIL = 320;
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+$/;
const EMAIL_IN_TEXT = /[^\s@<>()[\]",;:']+@[^\s@<>()[\]",;:']+\.[^\s@<>()[\]",;:']+/;

/** A display name: invisible and control characters dropped, spaces collapsed, outer quotes removed. */
export function cleanName(raw: string | null | undefined): string {
  if (!raw) return '';
  const name = raw
    .slice(0, 4 * MAX_NAME)
    .replace(INVISIBLE_CHARS, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();
  return name.slice(0, MAX_NAME);
}

/** A lower-cased address, or '' when the text is not one. */
export function normaliseEmail(raw: string | null | undefined): string {
  if (!raw || raw.length > 2 * MAX_EMAIL) return '';
  const email = raw
    .replace(INVISIBLE_CHARS, '')
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/^mailto:/i, '')
    .replace(/\?.*$/, '')
    .trim()
    .toLowerCase();
  return email.length <= MAX_EMAIL && EMAIL.test(email) ? email : '';
}

/** The first address inside free text ("Alex Morgan\nalex@x.example", "From: Tom <tom@x>"), or ''. */
export function emailInText(raw: string | null | undefined): string {
  // Bounded: the unanchored pattern would backtrack on a huge run without '@'.
  if (!raw || raw.length > 2000) return '';
  const match = EMAIL_IN_TEXT.exec(raw.replace(INVISIBLE_CHARS, ''));
  return match ? normaliseEmail(match[0]) : '';
}

/** "Name <email>", "\"Last, First\" <email>", "Name (email)" or a bare address; null when there is no address. */
export function parsePerson(raw: string | null | undefined): Person | null {
  if (!raw) return null;
  const text = raw.replace(INVISIBLE_CHARS, '').trim();
  const angle = /^(.*?)<([^<>]+)>\s*$/s.exec(text);
  if (angle) {
    const email = normaliseEmail(angle[2]);
    return email ? { name: cleanName(angle[1]), email } : null;
  }
  const paren = /^(.*?)\(([^()]+@[^()]+)\)\s*$/s.exec(text);
  if (paren) {
    const email = normaliseEmail(paren[2]);
    return email ? { name: cleanName(paren[1]), email } : null;
  }
  const email = normaliseEmail(text);
  return email ? { name: '', email } : null;
}

/** A list of people separated by commas or semicolons (outside quotes and angle brackets). */
export function parsePeople(raw: string | null | undefined): Person[] {
  if (!raw) return [];
  const out: Person[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  for (const char of raw) {
    if (char === '"') quoted = !quoted;
    else if (char === '<') angle += 1;
    else if (char === '>') angle = Math.max(0, angle - 1);
    if ((char === ',' || char === ';') && !quoted && angle === 0) {
      const person = parsePerson(current);
      if (person) out.push(person);
      current = '';
      continue;
    }
    current += char;
  }
  const last = parsePerson(current);
  if (last) out.push(last);
  return out;
}

/**
 * What the UI shows instead of the signed-in account's name ("to me", "To: You")
 * in the languages we read. Such a name is replaced by the account's real name.
 */
const SELF_NAMES = new Set([
  'me',
  'you',
  'ich',
  'mich',
  'mir',
  'sie',
  'du',
  'dich',
  'moi',
  'vous',
  'toi',
  'yo',
  'mí',
  'tú',
  'usted',
  'eu',
  'você',
  'ik',
  'mij',
  'jij',
  'jag',
  'mig',
  '自分',
  '我',
  '나',
]);

export function isSelfPlaceholder(name: string): boolean {
  return SELF_NAMES.has(name.trim().toLowerCase());
}

/**
 * The best name known for each address on the page: the account's own name, and
 * any full name shown elsewhere in the thread. Used only when the page shows a
 * placeholder ("me") or nothing.
 */
export interface PeopleDirectory {
  remember(person: Person | null, options?: { account?: boolean }): void;
  /** The person with a placeholder or empty name replaced by the best known name. */
  resolve(person: Person): Person;
}

export function createPeopleDirectory(): PeopleDirectory {
  const accountNames = new Map<string, string>();
  const shownNames = new Map<string, string>();
  return {
    remember(person, options = {}) {
      if (!person?.email) return;
      const name = cleanName(person.name);
      if (!name || isSelfPlaceholder(name) || name.toLowerCase() === person.email) return;
      if (options.account) {
        if (!accountNames.has(person.email)) accountNames.set(person.email, name);
        return;
      }
      // The fuller name wins: "Maria Gonzalez" over the "Maria" of a short recipient line.
      const known = shownNames.get(person.email);
      if (!known || name.length > known.length) shownNames.set(person.email, name);
    },
    resolve(person) {
      const name = cleanName(person.name);
      if (name && !isSelfPlaceholder(name)) return { name, email: person.email };
      return { name: accountNames.get(person.email) ?? shownNames.get(person.email) ?? '', email: person.email };
    },
  };
}

/**
 * A recipient chip or hover target: the address from the first attribute that
 * holds one, the name from name-like attributes or the visible text.
 */
export function personFromElement(element: Element, emailAttributes: readonly string[], nameAttributes: readonly string[]): Person | null {
  let email = '';
  let nameFromAddress = '';
  for (const attribute of emailAttributes) {
    const value = element.getAttribute(attribute);
    if (!value) continue;
    const parsed = parsePerson(value);
    if (parsed) {
      email = parsed.email;
      nameFromAddress = parsed.name;
      break;
    }
    const bare = normaliseEmail(value);
    if (bare) {
      email = bare;
      break;
    }
  }
  if (!email) return null;
  let name = '';
  for (const attribute of nameAttributes) {
    name = cleanName(element.getAttribute(attribute));
    if (name) break;
  }
  if (!name) name = nameFromAddress;
  if (!name) {
    const shown = cleanName(lineText(element));
    name = shown.toLowerCase() === email ? '' : shown.replace(/\s*<[^>]*>\s*$/, '');
  }
  return { name, email };
}

/** People from a list of elements, first occurrence of each address kept. */
export function uniquePeople(people: ReadonlyArray<Person | null>): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const person of people) {
    if (!person?.email || seen.has(person.email)) continue;
    seen.add(person.email);
    out.push(person);
  }
  return out;
}
