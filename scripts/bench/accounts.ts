import {
  ClientSchema,
  CommitmentSchema,
  ContactSchema,
  MailRecordSchema,
  SCHEMA_VERSION,
  type Client,
  type Commitment,
  type CommitmentKind,
  type Contact,
  type ContactRole,
  type MailRecord,
} from '../../utils/model';
import type { MailMessage, Person, ThreadSnapshot } from '../../utils/mail/snapshot';
import { seededRandom, type SeededRandom } from './random';

/**
 * Deterministic account books of any size, every record valid under the
 * model schemas (they are parsed on the way out, outside the timed part).
 */

export const OWN_ADDRESSES = ['sam.carter@northwind-analytics.example', 'accounts@northwind-analytics.example'];
const OWN: Person = { name: 'Sam Carter', email: OWN_ADDRESSES[0]! };
const STAMP = '2026-01-05T09:00:00.000Z';

const BRANDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Contoso',
  'Tyrell',
  'Soylent',
  'Wonka',
  'Stark',
  'Wayne',
  'Cyberdyne',
  'Oscorp',
  'Gringotts',
  'Monarch',
  'Aperture',
  'Massive',
  'Pied Piper',
  'Dunder',
];
const TRADES = ['Retail', 'Health', 'Logistics', 'Analytics', 'Foods', 'Bank', 'Energy', 'Labs', 'Systems', 'Media', 'Travel', 'Insurance', 'Pharma', 'Motors'];
const REGIONS = ['', ' Europe', ' Nordics', ' Americas', ' APAC', ' UK', ' Benelux'];
const CITIES = ['Berlin', 'Lyon', 'Leeds', 'Austin', 'Osaka', 'Porto', 'Malmö', 'Dublin', 'Denver', 'Turin', 'Ghent', 'Perth'];
const SUFFIXES = ['com', 'co.uk', 'de', 'io', 'example', 'fr', 'com.au'];
const FIRST = ['Maria', 'Tom', 'Priya', 'Chen', 'Fatima', 'Lukas', 'Aisha', 'Diego', 'Hannah', 'Kenji', 'Olga', 'Samuel', 'Ines', 'Noah', 'Zanele', 'Pierre'];
const LAST = ['Gonzalez', 'Becker', 'Okafor', 'Nakamura', 'Rossi', 'Smith', 'Haddad', 'Novak', 'Silva', 'Jensen', 'Kowalski', 'Dubois', 'Müller', 'Patel'];
const ROLES: readonly ContactRole[] = ['champion', 'decision-maker', 'finance', 'user', 'leadership', 'other'];
const KINDS: readonly CommitmentKind[] = ['agreement', 'payment', 'renewal', 'service-hold', 'deliverable', 'meeting', 'other'];
const PERSONAL = ['gmail.com', 'outlook.com', 'yahoo.com'];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

export interface AccountBook {
  clients: Client[];
  contacts: Contact[];
  commitments: Commitment[];
}

export interface AccountBookSize {
  clients: number;
  contactsPerClient: number;
  commitmentsPerClient: number;
  seed?: number;
}

/** Clients with one to three domains, contacts at those domains (a few on personal mail), commitments around `now`. */
export function generateAccounts(size: AccountBookSize, now = new Date('2026-11-20T15:00:00Z')): AccountBook {
  const random = seededRandom(size.seed ?? 1);
  const book: AccountBook = { clients: [], contacts: [], commitments: [] };
  const names = new Set<string>();
  for (let i = 0; i < size.clients; i++) {
    const brand = random.pick(BRANDS);
    const trade = random.pick(TRADES);
    const name = distinctName(`${brand} ${trade}${random.pick(REGIONS)}`, names, i);
    const base = `${slug(brand)}-${slug(trade)}-${i.toString(36)}`;
    const domains = [`${base}.${random.pick(SUFFIXES)}`];
    if (random.chance(0.15)) domains.push(`eu.${domains[0]}`);
    if (random.chance(0.1)) domains.push(`${base}-group.com`);
    const id = `client-${i}`;
    book.clients.push(
      ClientSchema.parse({
        schemaVersion: SCHEMA_VERSION,
        id,
        name,
        domains,
        tier: random.chance(0.2) ? 'key' : 'standard',
        status: random.pick(['active', 'active', 'active', 'at-risk', 'on-hold'] as const),
        ...(random.chance(0.6) ? { annualValue: { amount: random.int(5, 500) * 1000, currency: random.pick(['EUR', 'USD', 'GBP']) } } : {}),
        notes: '',
        protocols: random.chance(0.1) ? ['critical deadlines: tell the champion two weeks ahead'] : [],
        createdAt: STAMP,
        updatedAt: STAMP,
      }),
    );
    for (let c = 0; c < size.contactsPerClient; c++) {
      book.contacts.push(makeContact(random, id, `contact-${i}-${c}`, domains, c));
    }
    for (let k = 0; k < size.commitmentsPerClient; k++) {
      book.commitments.push(makeCommitment(random, id, `commitment-${i}-${k}`, now));
    }
  }
  return book;
}

/** Two clients of one book do not share a name, as in a real CRM: a taken name gets a city, then a number. */
function distinctName(name: string, taken: Set<string>, index: number): string {
  const choice = [name, ...CITIES.map((city) => `${name} ${city}`)].find((candidate) => !taken.has(candidate)) ?? `${name} ${index}`;
  taken.add(choice);
  return choice;
}

function makeContact(random: SeededRandom, clientId: string, id: string, domains: readonly string[], index: number): Contact {
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const local = `${slug(ascii(first))}.${slug(ascii(last))}${index}`;
  const emails = [`${local}@${random.pick(domains)}`];
  if (random.chance(0.1)) emails.push(`${slug(ascii(first))[0]}${slug(ascii(last))}${index}@${domains[0]}`);
  if (random.chance(0.03)) emails.push(`${local}.${clientId}@${random.pick(PERSONAL)}`);
  return ContactSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    clientId,
    name: `${first} ${last}`,
    emails,
    role: index === 0 ? 'champion' : random.pick(ROLES),
    newInRole: random.chance(0.05),
    title: index === 0 ? 'Head of Operations' : '',
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  });
}

function isoDay(now: Date, offsetDays: number): string {
  return new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function makeCommitment(random: SeededRandom, clientId: string, id: string, now: Date): Commitment {
  const kind = random.pick(KINDS);
  const due = random.int(-40, 90);
  return CommitmentSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    clientId,
    kind,
    title: `${kind[0]!.toUpperCase()}${kind.slice(1)} for ${id}`,
    dueAt: isoDay(now, due),
    ...(kind === 'agreement' ? { sentAt: isoDay(now, due - random.int(10, 60)) } : {}),
    status: due < 0 && random.chance(0.5) ? 'done' : 'open',
    notified: [],
    createdAt: STAMP,
    updatedAt: STAMP,
  });
}

/**
 * `perClient` messages of each client's recent mail: in and out, mostly calm,
 * some heated, some with deadline mentions or a leadership sender.
 */
export function generateMail(book: AccountBook, perClient: number, now = new Date('2026-11-20T15:00:00Z'), seed = 3): MailRecord[] {
  const random = seededRandom(seed);
  const contactsOf = groupBy(book.contacts, (contact) => contact.clientId);
  const records: MailRecord[] = [];
  for (const client of book.clients) {
    const contacts = contactsOf.get(client.id) ?? [];
    let at = now.getTime() - random.int(60, 120) * 86_400_000;
    for (let m = 0; m < perClient; m++) {
      at += random.int(1, 48) * 3_600_000;
      if (at > now.getTime()) at = now.getTime() - random.int(1, 100) * 60_000;
      const contact = contacts.length ? random.pick(contacts) : undefined;
      const theirs = contact?.emails[0] ?? `someone@${client.domains[0]}`;
      const inbound = random.chance(0.5);
      const threadId = `t-${client.id}-${Math.floor(m / 5)}`;
      records.push(
        MailRecordSchema.parse({
          schemaVersion: SCHEMA_VERSION,
          id: `gmail:${threadId}:${m}`,
          clientId: client.id,
          provider: m % 3 === 0 ? 'outlook' : 'gmail',
          threadId,
          from: inbound ? theirs : OWN.email,
          fromName: inbound ? (contact?.name ?? '') : OWN.name,
          to: inbound ? [OWN.email] : [theirs],
          cc: random.chance(0.3) && contacts.length > 1 ? [random.pick(contacts).emails[0]!] : [],
          sentAt: new Date(at).toISOString(),
          inbound,
          heat: random.chance(0.1) ? random.int(60, 100) : random.int(0, 35),
          mentions: random.chance(0.1) ? [{ kind: random.pick(KINDS), due: isoDay(now, random.int(-10, 30)) }] : [],
          ...(inbound && random.chance(0.05) ? { senderTitle: 'VP Finance' } : {}),
        }),
      );
    }
  }
  return records;
}

/**
 * Threads as the adapters report them: most with one client's people, some
 * copying a second client, some from a new person at a known domain, some
 * from personal addresses, some (newsletters, vendors) with no client at all.
 */
export function generateSnapshots(book: AccountBook, count: number, seed = 7): ThreadSnapshot[] {
  const random = seededRandom(seed);
  const contactsOf = groupBy(book.contacts, (contact) => contact.clientId);
  const person = (contact: Contact): Person => ({ name: contact.name, email: random.pick(contact.emails) });
  const snapshots: ThreadSnapshot[] = [];
  for (let t = 0; t < count; t++) {
    const client = random.pick(book.clients);
    const people = (contactsOf.get(client.id) ?? []).map(person);
    const kind = random.next();
    let outsiders: Person[];
    if (kind < 0.1) outsiders = [{ name: 'Vendor News', email: `newsletter@vendor-${t}.example` }];
    else if (kind < 0.2) outsiders = [{ name: 'New Person', email: `new.person${t}@${random.pick(client.domains)}` }];
    else if (kind < 0.3) {
      const other = random.pick(book.clients);
      outsiders = [...people.slice(0, 2), ...(contactsOf.get(other.id) ?? []).slice(0, 1).map(person)];
    } else outsiders = people.slice(0, random.int(1, Math.max(1, people.length)));
    if (outsiders.length === 0) outsiders = [{ name: '', email: `someone@${client.domains[0]}` }];

    const messages: MailMessage[] = [];
    const length = random.int(1, 8);
    for (let m = 0; m < length; m++) {
      const inbound = m % 2 === 0;
      const sender = inbound ? random.pick(outsiders) : OWN;
      const recipients = inbound ? [OWN] : outsiders.slice(0, 2);
      messages.push({
        id: `msg-${t}-${m}`,
        from: sender,
        to: recipients,
        cc: outsiders.slice(2),
        sentAt: `2026-11-${String(1 + ((t + m) % 19)).padStart(2, '0')}T09:${String(m * 7).padStart(2, '0')}:00+01:00`,
        collapsed: m < length - 1,
        text: 'Thanks, see the attached order form.',
        quoted: '',
        signature: '',
      });
    }
    snapshots.push({
      provider: t % 2 ? 'outlook' : 'gmail',
      threadId: `thread-${t}`,
      subject: `${client.name} – renewal ${t}`,
      messages,
      compose: random.chance(0.2) ? [{ to: outsiders.slice(0, 1), cc: [], subject: `Re: ${client.name}`, draftText: 'Hi,' }] : [],
    });
  }
  return snapshots;
}

/** A spreadsheet export of a CRM: one contact per row with its company's columns. */
export function generateCsv(rows: number, seed = 11): string {
  const book = generateAccounts({ clients: Math.ceil(rows / 5), contactsPerClient: 5, commitmentsPerClient: 0, seed });
  const clients = new Map(book.clients.map((client) => [client.id, client]));
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = ['Company,Domains,Tier,Status,Annual value,Currency,Name,Email,Role,Job title'];
  for (const contact of book.contacts.slice(0, rows)) {
    const client = clients.get(contact.clientId)!;
    lines.push(
      [
        client.name,
        client.domains.join('; '),
        client.tier,
        client.status,
        client.annualValue ? String(client.annualValue.amount) : '',
        client.annualValue?.currency ?? '',
        contact.name,
        contact.emails.join('; '),
        contact.role,
        contact.title,
      ]
        .map(quote)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
