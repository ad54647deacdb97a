import { todayIn } from '../dates';
import { detectInMessage } from '../deadlines';
import { deadlineCards } from '../deadlines/cards';
import type { MailMessage, ThreadSnapshot } from '../mail/snapshot';
import { canonicalAddress, matchThread, type ThreadMatch } from '../match';
import type { DeadlineSuggestion, ThreadView, ToneContextView } from '../messaging';
import { COMMITMENT_KIND_LABELS, SCHEMA_VERSION, type Client, type Contact, type MailRecord } from '../model';
import { analyzeTone } from '../tone';
import '../tone/model/shipped'; // the background scores inbound mail with the shipped model
import type { AccountSnapshot } from './account-cache';
import { clientSignals, clientStatus, commitmentView } from './status';
import { situationsFor } from './situations';

/** Stable across visits: the same commitment in the same message always has the same id. */
export function suggestionId(snapshot: ThreadSnapshot, message: MailMessage, kind: string, due: string): string {
  return `${snapshot.provider}:${snapshot.threadId ?? '-'}:${message.id}:${kind}:${due}`;
}

const LEADERSHIP_TITLE =
  /\b(chief [a-z]+ officer|c[eft]o|coo|cio|cmo|cro|(?:senior |executive )?vice president|svp|evp|vp\b[^\n]*|head of [a-z &]+|(?:managing |general )?director[^\n]*|president|founder|owner|partner)\b/i;

/** A leadership title in the first lines of a signature ("VP Operations", "Chief Financial Officer"). */
export function leadershipTitle(signature: string): string | undefined {
  for (const line of signature.split('\n').slice(0, 5)) {
    const match = LEADERSHIP_TITLE.exec(line);
    if (match && line.length < 120) return line.trim();
  }
  return undefined;
}

interface ViewInputs {
  accounts: AccountSnapshot;
  snapshot: ThreadSnapshot;
  match: ThreadMatch;
  /** Everything stored for the matched client, this thread's messages included. */
  mail: MailRecord[];
  dismissed: ReadonlySet<string>;
  now: Date;
  timeZone: string;
}

export function matchSnapshot(accounts: AccountSnapshot, snapshot: ThreadSnapshot): { match: ThreadMatch; client: Client | undefined } {
  const match = matchThread(accounts.index, snapshot, { ownAddresses: accounts.settings.ownAddresses });
  const client = match.status === 'matched' && match.clientId ? accounts.clientsById.get(match.clientId) : undefined;
  return { match, client };
}

/** Everything the sidebar shows for the thread on screen, and nothing it does not (see ThreadViewSchema). */
export function buildThreadView({ accounts, snapshot, match, mail, dismissed, now, timeZone }: ViewInputs): ThreadView {
  const { settings } = accounts;
  const own = new Set(settings.ownAddresses);
  const client = match.status === 'matched' && match.clientId ? accounts.clientsById.get(match.clientId) : undefined;
  const base = {
    threadId: snapshot.threadId,
    subject: snapshot.subject,
    confidence: match.confidence,
    reason: match.reason,
    participants: match.participants.map((p) => ({
      email: p.email,
      name: p.name,
      ...(p.role ? { role: p.role } : {}),
      ...(p.newInRole !== undefined ? { newInRole: p.newInRole } : {}),
    })),
    unknownExternal: match.unknownExternal,
    tone: { sensitivity: settings.toneSensitivity, holdOnRisk: settings.holdOnRisk },
    debugLog: settings.debugLog,
    account: null,
  };
  if (!client) {
    return { ...base, state: 'none', commitments: [], deadlineSuggestions: [], situations: [], signals: [], toneContext: {}, llm: false };
  }

  const today = todayIn(timeZone, now);
  const contacts = accounts.contactsByClient.get(client.id) ?? [];
  const commitments = accounts.commitmentsByClient.get(client.id) ?? [];
  const signals = clientSignals(accounts, client, mail, now, timeZone);
  const status = clientStatus(accounts, client, signals, today);
  const threadMail = mail.filter((r) => r.threadId === (snapshot.threadId ?? '') && r.provider === snapshot.provider);

  const tracked = new Set(commitments.map((c) => `${c.kind}:${c.dueAt}`));
  const suggestions = deadlineSuggestions(snapshot, tracked, dismissed, timeZone, today);

  return {
    ...base,
    state: 'matched',
    client: { id: client.id, name: client.name },
    health: status.health,
    commitments: commitments
      .filter((c) => c.status === 'open')
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
      .map((c) => {
        const { description, overdue } = commitmentView(c, today);
        return { id: c.id, description, overdue };
      }),
    deadlineSuggestions: suggestions,
    situations: situationsFor({ accounts, client, contacts, commitments, snapshot, match, mail, signals, today, own }),
    signals: status.signals,
    toneContext: toneContextFor(client, contacts, snapshot, threadMail, status.health.level, signals.length),
    llm: false,
  };
}

/**
 * The dates the thread names, one card per commitment: the kinds one sentence
 * ties to a date are one card, a commitment restated in a later message keeps
 * the card (and id) of its first statement, and a dismissal of any statement
 * hides it. Dates already behind `today` are marked past.
 */
export function deadlineSuggestions(
  snapshot: ThreadSnapshot,
  tracked: ReadonlySet<string>,
  dismissed: ReadonlySet<string>,
  timeZone: string,
  today: string,
): DeadlineSuggestion[] {
  const cards: DeadlineSuggestion[] = [];
  const hidden = new Set<DeadlineSuggestion>();
  for (const message of snapshot.messages) {
    for (const card of deadlineCards(message.text, detectInMessage(message, timeZone), today)) {
      const kinds = [card.kind, ...card.also];
      const id = suggestionId(snapshot, message, card.kind, card.due);
      const earlier = cards.find((s) => s.due === card.due && kinds.some((k) => k === s.kind || s.also.includes(k)));
      const suggestion = earlier ?? {
        id,
        kind: card.kind,
        also: card.also,
        due: card.due,
        quote: card.quote.slice(0, 1000),
        title: (card.title || COMMITMENT_KIND_LABELS[card.kind]).slice(0, 300),
        messageId: message.id,
        tracked: kinds.some((k) => tracked.has(`${k}:${card.due}`)),
        past: card.past,
      };
      if (!earlier) cards.push(suggestion);
      if (dismissed.has(id)) hidden.add(suggestion);
    }
  }
  return cards.filter((s) => !hidden.has(s));
}

/** What is kept of the thread's messages: who wrote to whom, when, how hot, which dates they named. */
export function mailRecords(snapshot: ThreadSnapshot, client: Client, own: ReadonlySet<string>, timeZone: string): MailRecord[] {
  const out: MailRecord[] = [];
  for (const message of snapshot.messages) {
    // One odd participant never fails the thread: a sender outside the address grammar drops its
    // message's record, a recipient outside it drops from the record, nothing else.
    const from = canonicalAddress(message.from.email);
    if (!message.sentAt || !from) continue;
    const inbound = !own.has(from);
    const title = message.signature ? leadershipTitle(message.signature) : undefined;
    out.push({
      schemaVersion: SCHEMA_VERSION,
      id: `${snapshot.provider}:${snapshot.threadId ?? '-'}:${message.id}`.slice(0, 128),
      clientId: client.id,
      provider: snapshot.provider,
      threadId: snapshot.threadId ?? '',
      from,
      fromName: message.from.name,
      to: message.to.map((p) => canonicalAddress(p.email)).filter(Boolean),
      cc: message.cc.map((p) => canonicalAddress(p.email)).filter(Boolean),
      sentAt: message.sentAt,
      inbound,
      heat: message.text ? analyzeTone(message.text).score : 0,
      mentions: detectInMessage(message, timeZone).map((d) => ({ kind: d.kind, due: d.due })),
      ...(title ? { senderTitle: title } : {}),
    });
  }
  return out;
}

function toneContextFor(
  client: Client,
  contacts: Contact[],
  snapshot: ThreadSnapshot,
  records: MailRecord[],
  health: 'ok' | 'watch' | 'at-risk',
  openConflicts: number,
): ToneContextView {
  const byEmail = new Map<string, Contact>();
  for (const contact of contacts) for (const email of contact.emails) byEmail.set(email, contact);
  const recipients = snapshot.compose[0]?.to ?? [];
  const lastInbound = [...records].reverse().find((r) => r.inbound);
  const recipient = recipients.map((p) => byEmail.get(p.email)).find(Boolean) ?? (lastInbound ? byEmail.get(lastInbound.from) : undefined);
  return {
    clientName: client.name,
    clientTier: client.tier,
    clientHealth: health,
    openConflicts,
    ...(recipient ? { recipientRole: recipient.role, recipientNewInRole: recipient.newInRole } : {}),
    ...(lastInbound ? { incomingHeat: lastInbound.heat } : {}),
  };
}
