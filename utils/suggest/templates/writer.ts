import type { Commitment, CommitmentKind } from '../../model/commitment';
import type { Money } from '../../model/common';
import { addBusinessDays, formatDay, relativeDays } from '../../dates';
import { type Dated, firstNameOf, type Person, type StateReading } from '../reading';
import { capitalize, joinNames, theTitle } from '../situations';
import { type Fill, gap, known, line, type Segment, type VariantStyle } from '../variant';

/** What every template reads: the state's facts, already worded. */
export interface Writer {
  reading: StateReading;
  client: string;
  /** "Tuesday 30 June". */
  day(isoDay: string): Fill;
  /** "in 7 days". */
  inDays(daysLeft: number): string;
  /** The n-th working day from today, for proposing a call. */
  workingDay(n: number): Fill;
  greeting(people: readonly Person[], style: VariantStyle): Segment[];
  signOff(style: VariantStyle): Segment[];
}

export function writerFor(reading: StateReading): Writer {
  const { today } = reading;
  const day = (isoDay: string) => known(formatDay(isoDay, today));
  return {
    reading,
    client: reading.clientName,
    day,
    inDays: relativeDays,
    workingDay: (n) => day(addBusinessDays(today, n)),
    greeting(people, style) {
      const hello = style === 'neutral' ? 'Hello' : 'Hi';
      const names = people.map((p) => p.firstName).filter((n): n is string => Boolean(n));
      // One person whose name we do not know: ask for it rather than guess from a mailbox.
      if (!names.length) return people.length > 1 ? line`${hello} all,` : line`${hello} ${gap('first name')},`;
      return line`${hello} ${joinNames(names)},`;
    },
    signOff(style) {
      const close = style === 'warm' ? 'Warm regards,' : style === 'neutral' ? 'Best regards,' : 'Thanks,';
      return reading.ownFirstName ? line`${close}\n${reading.ownFirstName}` : line`${close}`;
    },
  };
}

/** The person who wrote their last message, found among the client's people when we know them. */
export function lastWriter(reading: StateReading): Person | undefined {
  const inbound = reading.state.lastInbound;
  if (!inbound) return undefined;
  const byName = reading.people.find((p) => inbound.fromName && p.name.toLowerCase() === inbound.fromName.toLowerCase());
  if (byName) return byName;
  const contact = reading.state.contacts.find((c) => inbound.fromEmail && c.emails.includes(inbound.fromEmail.toLowerCase()));
  if (contact) return reading.people.find((p) => p.contactId === contact.id);
  if (!inbound.fromName) return undefined;
  const firstName = firstNameOf(inbound.fromName, reading.clientName);
  return { name: inbound.fromName, ...(firstName ? { firstName } : {}), role: 'unknown', newInRole: false, onThread: true };
}

/** The one person a message to the client goes to: whoever wrote last, else the champion, else the first stakeholder. */
export function mainContact(reading: StateReading): Person | undefined {
  return lastWriter(reading) ?? reading.champion ?? reading.stakeholders[0];
}

/** Everyone else among the stakeholders, by first name. */
export function othersThan(reading: StateReading, person: Person | undefined): string[] {
  return reading.stakeholders
    .filter((p) => p !== person && p.name !== person?.name)
    .map((p) => p.firstName)
    .filter((n): n is string => Boolean(n));
}

/** "you and Maria", "you". */
export function youAnd(names: readonly string[]): string {
  return names.length ? `you and ${joinNames(names)}` : 'you';
}

/** A commitment's title as a noun phrase in a sentence: "the 2026 services agreement". */
export function thing(commitment: Commitment | undefined, label = 'what is due'): Fill {
  return commitment ? known(theTitle(commitment.title)) : gap(label);
}

export function Thing(commitment: Commitment | undefined, label = 'what is due'): Fill {
  return commitment ? known(capitalize(theTitle(commitment.title))) : gap(label);
}

/** What the client has to do for a commitment to be met, when its kind says it. */
export function whatIsNeeded(commitment: Commitment | undefined): Fill {
  if (!commitment) return gap('what is needed, and from whom');
  const title = theTitle(commitment.title);
  const needs: Partial<Record<CommitmentKind, string>> = {
    agreement: `a signed copy of ${title}`,
    payment: `payment of ${title}`,
    renewal: `your decision on ${title}`,
  };
  const need = needs[commitment.kind];
  return need ? known(need) : gap('what is needed, and from whom');
}

/** The need in a few words, for its second mention: "a signed agreement", "payment". */
export function shortNeed(commitment: Commitment | undefined): Fill {
  if (commitment?.kind === 'agreement') return known('a signed agreement');
  if (commitment?.kind === 'payment') return known('payment');
  if (commitment?.kind === 'renewal') return known('a renewal decision');
  return gap('what is needed');
}

/** "is still unsigned", by kind; a placeholder when the kind does not say. */
export function stillOpen(commitment: Commitment | undefined): Fill {
  if (commitment?.kind === 'agreement') return known('is still unsigned');
  if (commitment?.kind === 'payment') return known('is still unpaid');
  if (commitment?.kind === 'renewal') return known('is still undecided');
  return gap('what is still open');
}

export function formatMoney(money: Money): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency, maximumFractionDigits: 0 }).format(money.amount);
  } catch {
    return `${money.currency} ${Math.round(money.amount).toLocaleString('en-US')}`;
  }
}

export function daysText(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** The soonest open commitment still ahead (today included) among these kinds. */
export function nextAhead(reading: StateReading, kinds: readonly CommitmentKind[]): Dated | undefined {
  return reading.open.find((d) => d.daysLeft >= 0 && kinds.includes(d.commitment.kind));
}
