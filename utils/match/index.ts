import { z } from 'zod';
import { domainOfEmail, isPersonalMailDomain } from '../import/personal-domains';
import type { ThreadSnapshot } from '../mail/snapshot';
import { CONTACT_ROLES, type Client, type Contact, type ContactRole } from '../model';
import { readAddress } from '../model/address';

/** Bidi controls and zero-width characters: never part of a real address, often part of a spoof. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * An address in the form the index compares (see `readAddress`): trimmed,
 * lower-case, its domain as an A-label, so a Unicode look-alike (`аcme.com`
 * with a Cyrillic а) never equals the real domain; '' for an address that
 * needed folding to look real (fullwidth letters, invisible characters).
 */
export function canonicalAddress(email: string): string {
  const read = readAddress(email);
  return read.ok ? read.address : '';
}

export function asciiDomain(domain: string): string {
  const bare = domain.replace(INVISIBLE, '').trim().toLowerCase().replace(/\.$/, '');
  if (!bare || /[\s/@:?#]/.test(bare)) return '';
  try {
    return new URL(`http://${bare}`).hostname;
  } catch {
    return '';
  }
}

export interface MatchIndex {
  /** canonical address → contact */
  byAddress: Map<string, Contact>;
  /** ASCII domain → client */
  byDomain: Map<string, Client>;
  clients: Map<string, Client>;
}

/** Maps only: 10,000 clients and 50,000 contacts build in a few milliseconds, and a thread matches in microseconds. */
export function buildMatchIndex(clients: readonly Client[], contacts: readonly Contact[]): MatchIndex {
  const index: MatchIndex = { byAddress: new Map(), byDomain: new Map(), clients: new Map() };
  for (const client of clients) {
    index.clients.set(client.id, client);
    for (const domain of client.domains) {
      const ascii = asciiDomain(domain);
      if (ascii && !isPersonalMailDomain(ascii)) index.byDomain.set(ascii, client);
    }
  }
  for (const contact of contacts) {
    if (!index.clients.has(contact.clientId)) continue;
    for (const email of contact.emails) {
      const address = canonicalAddress(email);
      if (address) index.byAddress.set(address, contact);
    }
  }
  return index;
}

/**
 * The client whose domain is this one or a parent of it, label by label from
 * the right: `eu.acme.com` → `acme.com`; `acme.com.evil.io` never reaches
 * `acme.com`.
 */
export function clientForDomain(index: MatchIndex, domain: string): { client: Client; domain: string } | null {
  if (!domain || isPersonalMailDomain(domain)) return null;
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i += 1) {
    const candidate = labels.slice(i).join('.');
    const client = index.byDomain.get(candidate);
    if (client) return { client, domain: candidate };
  }
  return null;
}

export const ParticipantSchema = z.object({
  email: z.string(),
  name: z.string(),
  contactId: z.string().optional(),
  role: z.enum(CONTACT_ROLES).optional(),
  newInRole: z.boolean().optional(),
  clientId: z.string().optional(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const ThreadMatchSchema = z.object({
  status: z.enum(['matched', 'none']),
  clientId: z.string().optional(),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
  participants: z.array(ParticipantSchema),
  unknownExternal: z.array(z.object({ email: z.string(), name: z.string(), domain: z.string() })),
});
export type ThreadMatch = z.infer<typeof ThreadMatchSchema>;

const ROLE_PHRASE: Record<ContactRole, string> = {
  champion: 'the champion',
  'decision-maker': 'the decision maker',
  finance: 'in finance',
  user: 'a user',
  leadership: 'in leadership',
  other: 'a contact',
};

export interface MatchOptions {
  ownAddresses: readonly string[];
}

/** Who is on the thread, in order of weight: latest external sender first, then everyone else. */
function peopleOf(snapshot: ThreadSnapshot): Array<{ email: string; name: string; sender: boolean }> {
  const out: Array<{ email: string; name: string; sender: boolean }> = [];
  const messages = [...snapshot.messages].reverse();
  for (const message of messages) out.push({ ...message.from, sender: true });
  for (const message of messages) for (const p of [...message.to, ...message.cc]) out.push({ ...p, sender: false });
  for (const compose of snapshot.compose) for (const p of [...compose.to, ...compose.cc]) out.push({ ...p, sender: false });
  return out;
}

/**
 * Thread → client: an exact contact address first, then the domain (and its
 * parents); personal-mail domains and the user's own addresses never match.
 */
export function matchThread(index: MatchIndex, snapshot: ThreadSnapshot, options: MatchOptions): ThreadMatch {
  const own = new Set(options.ownAddresses.map(canonicalAddress));
  const seen = new Set<string>();
  const participants: Participant[] = [];
  const unknownExternal: ThreadMatch['unknownExternal'] = [];
  let byContact: { contact: Contact; client: Client; email: string; sender: boolean } | null = null;
  let byDomain: { client: Client; domain: string; email: string; sender: boolean } | null = null;

  for (const person of peopleOf(snapshot)) {
    const email = canonicalAddress(person.email);
    if (!email || seen.has(email)) continue;
    seen.add(email);
    if (own.has(email)) continue;
    const contact = index.byAddress.get(email);
    const client = contact ? index.clients.get(contact.clientId) : undefined;
    if (contact && client) {
      participants.push({
        email,
        name: person.name || contact.name,
        contactId: contact.id,
        role: contact.role,
        newInRole: contact.newInRole,
        clientId: client.id,
      });
      byContact ??= { contact, client, email, sender: person.sender };
      continue;
    }
    const domain = domainOfEmail(email);
    const owner = clientForDomain(index, domain);
    participants.push({ email, name: person.name, ...(owner ? { clientId: owner.client.id } : {}) });
    if (owner) byDomain ??= { ...owner, email, sender: person.sender };
    else unknownExternal.push({ email, name: person.name, domain });
  }

  if (byContact) {
    const { contact, client, email, sender } = byContact;
    return {
      status: 'matched',
      clientId: client.id,
      confidence: sender ? 1 : 0.95,
      reason: `${sender ? 'sender' : 'recipient'} ${email} is ${ROLE_PHRASE[contact.role]} of ${client.name}`,
      participants,
      unknownExternal,
    };
  }
  if (byDomain) {
    const { client, domain, email, sender } = byDomain;
    return {
      status: 'matched',
      clientId: client.id,
      confidence: sender ? 0.8 : 0.7,
      reason: `${sender ? 'sender' : 'recipient'} ${email} writes from ${domain}, a domain of ${client.name}`,
      participants,
      unknownExternal,
    };
  }
  return {
    status: 'none',
    confidence: 0,
    reason: participants.length || unknownExternal.length ? 'No participant belongs to a tracked client.' : 'No external participants.',
    participants,
    unknownExternal,
  };
}

/** The contact or client an address belongs to. */
export function matchAddress(index: MatchIndex, email: string): { contact?: Contact; client?: Client } {
  const address = canonicalAddress(email);
  const contact = index.byAddress.get(address);
  if (contact) {
    const client = index.clients.get(contact.clientId);
    return client ? { contact, client } : { contact };
  }
  const owner = clientForDomain(index, domainOfEmail(address));
  return owner ? { client: owner.client } : {};
}

/** Why an address does or does not belong to a client: what `inspect match` prints. */
export function explainAddress(index: MatchIndex, raw: string, ownAddresses: readonly string[]): { clientId: string | null; reason: string } {
  const read = readAddress(raw);
  if (!read.ok) return { clientId: null, reason: `not matched: ${read.reason}` };
  if (ownAddresses.some((own) => canonicalAddress(own) === read.address)) return { clientId: null, reason: 'one of your own addresses' };
  const contact = index.byAddress.get(read.address);
  const client = contact ? index.clients.get(contact.clientId) : undefined;
  if (contact && client) return { clientId: client.id, reason: `${read.address} is ${ROLE_PHRASE[contact.role]} of ${client.name}` };
  if (isPersonalMailDomain(read.domain)) return { clientId: null, reason: `${read.domain} is a personal mail domain` };
  const owner = clientForDomain(index, read.domain);
  if (owner) {
    return {
      clientId: owner.client.id,
      reason:
        owner.domain === read.domain
          ? `writes from ${owner.domain}, a domain of ${owner.client.name}`
          : `${read.domain} is a subdomain of ${owner.domain}, a domain of ${owner.client.name}`,
    };
  }
  return { clientId: null, reason: `no tracked client has the domain ${read.domain}` };
}
