import type { TimelineEvent } from '../messaging';
import type { Client, Commitment, MailRecord } from '../model';
import type { Signal } from '../signals';

/** One client on one time axis: messages (with heat), deadlines, and signals tied to a dated commitment. */
export function timelineEvents(client: Client, commitments: readonly Commitment[], mail: readonly MailRecord[], signals: readonly Signal[]): TimelineEvent[] {
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const events: TimelineEvent[] = [
    ...mail.map((m) => ({
      at: m.sentAt,
      kind: 'message' as const,
      label: `${m.inbound ? 'From' : 'To'} ${m.inbound ? m.fromName || m.from : client.name}: heat ${Math.round(m.heat)}`,
      heat: m.heat,
      inbound: m.inbound,
    })),
    ...commitments.map((c) => ({ at: `${c.dueAt}T12:00:00Z`, kind: 'commitment' as const, label: `${c.title} (${c.kind}, ${c.status})` })),
    ...signals.flatMap((s) => {
      const subject = s.subjectId ? byId.get(s.subjectId) : undefined;
      return subject ? [{ at: `${subject.dueAt}T12:00:00Z`, kind: 'signal' as const, label: s.message, severity: s.severity }] : [];
    }),
  ];
  return events.sort((a, b) => a.at.localeCompare(b.at));
}
