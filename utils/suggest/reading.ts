import type { Commitment, CommitmentKind } from '../model/commitment';
import type { ContactRole } from '../model/contact';
import { daysBetween } from '../dates';
import { type HeatLevel, type InboundMessage, levelOfHeat, type SuggestState } from './state';

/** Someone on the client's side: a tracked contact, or a client address seen on the thread. */
export interface Person {
  name: string;
  /** What to call them in a greeting; absent for team mailboxes ("Acme Retail Legal") and bare addresses. */
  firstName?: string;
  role: ContactRole | 'unknown';
  newInRole: boolean;
  onThread: boolean;
  contactId?: string;
}

/** An open commitment and how many days are left (negative: overdue). */
export interface Dated {
  commitment: Commitment;
  daysLeft: number;
}

export type Rupture =
  | { kind: 'hold'; on: string; title: string }
  | { kind: 'hard-message'; on?: string; level: HeatLevel; heat: number }
  | { kind: 'hostile-reply'; on?: string; heat: number; fromName: string };

/** Roles whose owners decide or pay: a new one re-examines budgets. */
export const BUDGET_ROLES: readonly ContactRole[] = ['leadership', 'decision-maker', 'finance'];
/** Roles that hear about critical dates. */
export const STAKEHOLDER_ROLES: readonly ContactRole[] = ['champion', 'decision-maker', 'finance', 'leadership'];
/** Commitments whose miss costs the client something. */
export const CRITICAL_KINDS: readonly CommitmentKind[] = ['agreement', 'payment', 'renewal', 'service-hold', 'deliverable'];
/** How long after a service hold the relationship still counts as ruptured. */
export const RUPTURE_MEMORY_DAYS = 45;
/** How far ahead a service hold is announced. */
export const HOLD_NOTICE_DAYS = 14;

/** What the suggestions need to know, read once from the state. */
export interface StateReading {
  state: SuggestState;
  today: string;
  clientName: string;
  ownFirstName?: string;
  people: Person[];
  champion?: Person;
  /** A contact new in a role that holds the budget. */
  newBudgetHolder?: Person;
  stakeholders: Person[];
  open: Dated[];
  /** Open agreements and payments past their day, most overdue first. */
  overdue: Dated[];
  /** Open service holds within HOLD_NOTICE_DAYS, soonest first. */
  holdsAhead: Dated[];
  rupture?: Rupture;
  inboundLevel?: HeatLevel;
}

const TEAM_WORDS =
  /\b(?:team|legal|support|procurement|purchasing|accounts?|ap|ar|billing|finance|payables|receivables|service\s*desk|helpdesk|help\s*desk|info|admin|office|contracts|sales|hr|it|operations|no-?reply|noreply|department|dept)\b/i;

/**
 * The name to greet someone by: "Maria" from "Maria Gonzalez" or
 * "Gonzalez, Maria"; nothing for a team mailbox or an address, so a greeting
 * is never addressed to "Acme" or "Legal".
 */
export function firstNameOf(name: string, clientName: string): string | undefined {
  const clean = name.replace(/["“”]/g, '').trim();
  if (!clean || clean.includes('@')) return undefined;
  if (TEAM_WORDS.test(clean)) return undefined;
  const clientFirst = clientName.trim().split(/\s+/)[0]?.toLowerCase();
  const words = clean.includes(',') ? clean.split(',').slice(1).join(' ').trim().split(/\s+/) : clean.split(/\s+/);
  const first = words[0];
  if (!first || first.toLowerCase() === clientFirst) return undefined;
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(first)) return undefined;
  return first;
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function readPeople(state: SuggestState): Person[] {
  const clientName = state.client.name;
  const contacts = state.contacts.filter((c) => c.clientId === state.client.id);
  const people: Array<Person & { emails: string[] }> = contacts.map((contact) => ({
    name: contact.name,
    ...withFirstName(contact.name, clientName),
    role: contact.role,
    newInRole: contact.newInRole,
    onThread: false,
    emails: contact.emails.map((e) => e.toLowerCase()),
    contactId: contact.id,
  }));
  const clientDomains = new Set(state.client.domains);
  for (const participant of state.participants) {
    if (participant.role === 'own') continue;
    const email = participant.email.toLowerCase();
    const known = people.find((p) => (participant.contactId !== undefined && p.contactId === participant.contactId) || p.emails.includes(email));
    if (known) {
      known.onThread = true;
      continue;
    }
    // An address nobody filed: only the client's own domains make it theirs.
    if (participant.role === 'unknown' && !clientDomains.has(domainOf(email))) continue;
    people.push({
      name: participant.name,
      ...withFirstName(participant.name, clientName),
      role: participant.role,
      newInRole: participant.newInRole,
      onThread: true,
      emails: [email],
    });
  }
  return people.map(({ emails: _emails, ...person }) => person);
}

function withFirstName(name: string, clientName: string): { firstName?: string } {
  const firstName = firstNameOf(name, clientName);
  return firstName ? { firstName } : {};
}

function inboundLevel(inbound: InboundMessage | undefined): HeatLevel | undefined {
  if (!inbound) return undefined;
  return inbound.level ?? levelOfHeat(inbound.heat);
}

function readRupture(state: SuggestState, today: string, level: HeatLevel | undefined): Rupture | undefined {
  const holds = state.commitments
    .filter((c) => c.clientId === state.client.id && c.kind === 'service-hold' && (c.status === 'open' || c.status === 'done'))
    .filter((c) => {
      const ago = daysBetween(c.dueAt, today);
      return ago >= 0 && ago <= RUPTURE_MEMORY_DAYS;
    })
    .sort((a, b) => b.dueAt.localeCompare(a.dueAt));
  const hold = holds[0];
  if (hold) return { kind: 'hold', on: hold.dueAt, title: hold.title };
  const outbound = state.lastOutbound;
  if (outbound) {
    const ours = outbound.level ?? levelOfHeat(outbound.heat);
    if (ours === 'heated' || ours === 'hostile') {
      return { kind: 'hard-message', level: ours, heat: outbound.heat, ...(outbound.on ? { on: outbound.on } : {}) };
    }
  }
  const inbound = state.lastInbound;
  if (inbound && level === 'hostile') {
    return { kind: 'hostile-reply', heat: inbound.heat, fromName: inbound.fromName, ...(inbound.on ? { on: inbound.on } : {}) };
  }
  return undefined;
}

/** Thread first, then by role weight: the person a message should name first. */
function byPrecedence(a: Person, b: Person): number {
  const rank = (p: Person) => {
    const index = STAKEHOLDER_ROLES.indexOf(p.role as ContactRole);
    return index < 0 ? STAKEHOLDER_ROLES.length : index;
  };
  const weight = (p: Person) => (p.onThread ? 0 : 10) + rank(p);
  return weight(a) - weight(b);
}

export function readState(state: SuggestState): StateReading {
  const today = state.today;
  const people = readPeople(state);
  const champions = people.filter((p) => p.role === 'champion').sort(byPrecedence);
  const newBudgetHolder = people.filter((p) => p.newInRole && BUDGET_ROLES.includes(p.role as ContactRole)).sort(byPrecedence)[0];
  const stakeholders = people.filter((p) => STAKEHOLDER_ROLES.includes(p.role as ContactRole) || p.onThread).sort(byPrecedence);
  const open = state.commitments
    .filter((c) => c.clientId === state.client.id && c.status === 'open')
    .map((commitment) => ({ commitment, daysLeft: daysBetween(today, commitment.dueAt) }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
  const overdue = open.filter((d) => d.daysLeft < 0 && (d.commitment.kind === 'agreement' || d.commitment.kind === 'payment'));
  const holdsAhead = open.filter((d) => d.commitment.kind === 'service-hold' && d.daysLeft >= 0 && d.daysLeft <= HOLD_NOTICE_DAYS);
  const level = inboundLevel(state.lastInbound);
  const rupture = readRupture(state, today, level);
  const ownFirstName = state.ownName?.trim().split(/\s+/)[0];
  const champion = champions[0];
  return {
    state,
    today,
    clientName: state.client.name,
    ...(ownFirstName ? { ownFirstName } : {}),
    people,
    ...(champion ? { champion } : {}),
    ...(newBudgetHolder ? { newBudgetHolder } : {}),
    stakeholders,
    open,
    overdue,
    holdsAhead,
    ...(rupture ? { rupture } : {}),
    ...(level ? { inboundLevel: level } : {}),
  };
}
