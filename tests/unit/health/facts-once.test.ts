import { describe, expect, it } from 'vitest';
import { assessHealth, factsOnce } from '../../../utils/health';
import type { HealthView, SignalView } from '../../../utils/messaging';
import { defaultSettings } from '../../../utils/model';
import { computeSignals } from '../../../utils/signals';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

const NOW = new Date('2026-05-18T15:00:00Z');
const TZ = 'America/New_York';
const TODAY = '2026-05-18';
const settings = defaultSettings();

/** The background's status for a client, reduced to what the views get. */
function viewsOf(commitments: ReturnType<typeof makeCommitment>[], mailSentAt?: string) {
  const client = makeClient({ tier: 'key' });
  const contacts = [makeContact()];
  const mail = mailSentAt
    ? [
        {
          schemaVersion: 1 as const,
          id: 'm1',
          clientId: client.id,
          provider: 'gmail' as const,
          threadId: 't',
          from: 'sam@northwind.example',
          fromName: '',
          to: [],
          cc: [],
          sentAt: mailSentAt,
          inbound: false,
          heat: 0,
          mentions: [],
        },
      ]
    : [];
  const signals = computeSignals({ client, contacts, commitments, mail, settings, now: NOW, timeZone: TZ });
  const health = assessHealth({ client, commitments, signals, settings, today: TODAY });
  const healthView: HealthView = {
    level: health.level,
    score: health.score,
    reasons: health.reasons.map((r) => r.message),
    basis: health.reasons.map(({ message, commitmentId, signalId }) => ({
      message,
      ...(commitmentId ? { commitmentId } : {}),
      ...(signalId ? { signalId } : {}),
    })),
  };
  const signalViews: SignalView[] = signals.map((s) => ({
    id: s.id,
    kind: s.kind,
    severity: s.severity,
    message: s.message,
    ...(s.subjectId ? { subjectId: s.subjectId } : {}),
  }));
  return { healthView, signalViews };
}

describe('factsOnce', () => {
  const agreement = makeCommitment(); // 12 days overdue, waited 63 days for signature
  const qbr = makeCommitment({
    id: 'qbr',
    kind: 'meeting',
    title: 'Acme Retail QBR',
    sentAt: undefined,
    dueAt: '2026-05-26',
    notified: [{ contactId: 'contact-maria', at: '2026-05-01T00:00:00Z' }],
  });

  it('says "12 days overdue" and "waited 63 days" on the commitment’s line only, never as a reason or a signal', () => {
    const { healthView, signalViews } = viewsOf([agreement, qbr]);
    const facts = factsOnce(healthView, [agreement.id, qbr.id], signalViews);
    expect(facts.reasons).toEqual([]);
    expect(facts.flagged.get(agreement.id)).toEqual([
      '2026 services agreement is 12 days overdue.',
      '2026 services agreement has waited 63 days for signature (limit 30).',
    ]);
    expect(facts.signals).toEqual([]);
    // Without the change, the same facts were also signals: the case this guards against.
    expect(signalViews.map((s) => s.kind).sort()).toEqual(['agreement-waiting', 'overdue']);
  });

  it('keeps a commitment’s reason among the reasons when that commitment is not shown (a popup card lists only overdue and next)', () => {
    const { healthView, signalViews } = viewsOf([agreement]);
    const facts = factsOnce(healthView, [], signalViews);
    expect(facts.reasons).toEqual(['2026 services agreement is 12 days overdue.', '2026 services agreement has waited 63 days for signature (limit 30).']);
    expect(facts.signals).toEqual([]);
  });

  it('shows silence once, as a reason, and not again as a signal', () => {
    const { healthView, signalViews } = viewsOf([], '2026-04-01T10:00:00-04:00');
    const facts = factsOnce(healthView, [], signalViews);
    expect(facts.reasons).toEqual(['Acme Retail has not answered our last message for 33 business days (the limit for a key client is 3).']);
    expect(signalViews.map((s) => s.kind)).toEqual(['silence']);
    expect(facts.signals).toEqual([]);
  });

  it('leaves a signal that does not count towards health among the signals', () => {
    const info: SignalView = { id: 'single-threaded:client-acme', kind: 'single-threaded', severity: 'info', message: 'Every thread runs through one person.' };
    const facts = factsOnce({ level: 'ok', score: 0, reasons: [], basis: [] }, [], [info]);
    expect(facts.signals).toEqual([info]);
  });
});
