import { businessDaysBetween } from '../dates';
import type { ThreadSnapshot } from '../mail/snapshot';
import type { ThreadMatch } from '../match';
import type { SituationView } from '../messaging';
import type { Client, Commitment, Contact, MailRecord } from '../model';
import type { Signal } from '../signals';
import { SITUATION_TITLES, chooseSituations, renderSuggestions, type SuggestStateInput } from '../suggest';
import type { AccountSnapshot } from './account-cache';

interface SituationInputs {
  accounts: AccountSnapshot;
  client: Client;
  contacts: Contact[];
  commitments: Commitment[];
  snapshot: ThreadSnapshot;
  match: ThreadMatch;
  /** The client's stored mail, this thread included. */
  mail: MailRecord[];
  signals: Signal[];
  today: string;
  own: ReadonlySet<string>;
}

const dayOf = (iso: string) => iso.slice(0, 10);

/** The suggestion engine's view of this client and thread, from what the background already knows. */
export function suggestState({ accounts, client, contacts, commitments, snapshot, match, mail, today, own }: SituationInputs): SuggestStateInput {
  const byTime = [...mail].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const thread = byTime.filter((r) => r.threadId === (snapshot.threadId ?? '') && r.provider === snapshot.provider);
  const lastInbound = [...thread].reverse().find((r) => r.inbound);
  const lastOutbound = [...thread].reverse().find((r) => !r.inbound);
  const lastOurs = [...byTime].reverse().find((r) => !r.inbound);
  const answeredSinceOurs = lastOurs ? byTime.some((r) => r.inbound && r.sentAt > lastOurs.sentAt) : true;
  const ownMessage = snapshot.messages.find((m) => own.has(m.from.email));
  return {
    today,
    client,
    contacts,
    commitments,
    participants: match.participants.map((p) => ({
      name: p.name,
      email: p.email,
      role: p.role ?? (own.has(p.email) ? 'own' : 'unknown'),
      ...(p.contactId ? { contactId: p.contactId } : {}),
      newInRole: p.newInRole ?? false,
    })),
    ...(lastInbound
      ? {
          lastInbound: {
            heat: lastInbound.heat,
            fromName: lastInbound.fromName,
            fromEmail: lastInbound.from,
            on: dayOf(lastInbound.sentAt),
            answered: Boolean(lastOutbound && lastOutbound.sentAt > lastInbound.sentAt),
          },
        }
      : {}),
    ...(lastOutbound ? { lastOutbound: { heat: lastOutbound.heat, on: dayOf(lastOutbound.sentAt) } } : {}),
    silenceDays: lastOurs && !answeredSinceOurs ? businessDaysBetween(dayOf(lastOurs.sentAt), today) : 0,
    silenceLimitDays: accounts.settings.silenceDays[client.tier],
    ...(ownMessage?.from.name ? { ownName: ownMessage.from.name } : {}),
  };
}

/** The situations that fit, best first, each with its filled variants. */
export function situationsFor(inputs: SituationInputs): SituationView[] {
  const state = suggestState(inputs);
  return chooseSituations(state).map((chosen) => ({
    id: chosen.id,
    title: SITUATION_TITLES[chosen.id],
    why: chosen.why,
    variants: renderSuggestions(state, chosen.id).map((v) => ({
      variant: v.variant,
      ...(v.subject ? { subject: v.subject } : {}),
      text: v.text,
      segments: v.segments,
      gaps: v.gaps,
    })),
  }));
}
