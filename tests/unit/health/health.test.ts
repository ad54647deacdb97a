import { describe, expect, it } from 'vitest';
import { assessHealth, commitmentLine, describeCommitment, nextDeadline, overdueCommitments } from '../../../utils/health';
import { defaultSettings, type MailRecord } from '../../../utils/model';
import { computeSignals } from '../../../utils/signals';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

const TODAY = '2026-05-18';
const NOW = new Date('2026-05-18T15:00:00Z'); // a Monday, 11:00 in New York
const TZ = 'America/New_York';

describe('describeCommitment', () => {
  it.each([
    [makeCommitment({ sentAt: '2026-03-16', dueAt: '2026-05-06' }), 'agreement, 12 days overdue, unsigned since it was sent 63 days ago'],
    [makeCommitment({ kind: 'payment', sentAt: undefined, dueAt: '2026-05-23' }), 'payment, in 5 days'],
    [makeCommitment({ kind: 'meeting', sentAt: undefined, dueAt: '2026-05-19' }), 'meeting, due tomorrow'],
    [makeCommitment({ kind: 'renewal', sentAt: undefined, dueAt: TODAY }), 'renewal, due today'],
    [makeCommitment({ kind: 'payment', sentAt: undefined, dueAt: '2026-05-17' }), 'payment, 1 day overdue'],
    [makeCommitment({ status: 'done', sentAt: undefined, dueAt: '2026-05-01' }), 'agreement, done (was due 2026-05-01)'],
  ])('%#: %s', (commitment, text) => {
    expect(describeCommitment(commitment, TODAY)).toBe(text);
  });

  it('names a commitment by its title, then what it is and when', () => {
    const qbr = makeCommitment({ kind: 'meeting', title: 'Acme Retail QBR', sentAt: undefined, dueAt: '2026-05-26' });
    expect(commitmentLine(qbr, TODAY)).toBe('Acme Retail QBR — meeting, in 8 days');
  });
});

function mail(overrides: Partial<MailRecord>): MailRecord {
  return {
    schemaVersion: 1,
    id: `m-${overrides.sentAt ?? ''}-${overrides.from ?? ''}`,
    clientId: 'client-acme',
    provider: 'gmail',
    threadId: 't1',
    from: 'sam@northwind.example',
    fromName: '',
    to: [],
    cc: [],
    sentAt: '2026-05-01T10:00:00-04:00',
    inbound: false,
    heat: 10,
    mentions: [],
    ...overrides,
  };
}

describe('assessHealth', () => {
  const settings = defaultSettings();
  const maria = makeContact();
  const helen = makeContact({ id: 'contact-helen', name: 'Helen Whitaker', emails: ['helen@acme-retail.example'], role: 'decision-maker' });

  /** Health from the same signals the sidebar shows. */
  function healthOf(input: {
    client?: ReturnType<typeof makeClient>;
    commitments?: ReturnType<typeof makeCommitment>[];
    contacts?: ReturnType<typeof makeContact>[];
    mail?: MailRecord[];
  }) {
    const client = input.client ?? makeClient();
    const commitments = input.commitments ?? [];
    const signals = computeSignals({
      client,
      contacts: input.contacts ?? [maria, helen],
      commitments,
      mail: input.mail ?? [],
      settings,
      now: NOW,
      timeZone: TZ,
    });
    return assessHealth({ client, commitments, signals, settings, today: TODAY });
  }

  it('is ok with nothing due', () => {
    expect(assessHealth({ client: makeClient(), commitments: [], settings, today: TODAY })).toMatchObject({ level: 'ok', reasons: [] });
  });

  it('puts a key client with an overdue, long-unsigned agreement at risk, one sentence per rule, each tied to the commitment', () => {
    const health = assessHealth({ client: makeClient({ tier: 'key' }), commitments: [makeCommitment()], settings, today: TODAY });
    expect(health.level).toBe('at-risk');
    expect(health.reasons.map((r) => [r.message, r.commitmentId])).toEqual([
      ['2026 services agreement is 12 days overdue.', 'commitment-agreement'],
      ['2026 services agreement has waited 63 days for signature (limit 30).', 'commitment-agreement'],
    ]);
  });

  it('weighs the same facts more for a key client', () => {
    const commitments = [makeCommitment({ kind: 'payment', sentAt: undefined, dueAt: '2026-05-23' })];
    const standard = assessHealth({ client: makeClient({ tier: 'standard' }), commitments, settings, today: TODAY });
    const key = assessHealth({ client: makeClient({ tier: 'key' }), commitments, settings, today: TODAY });
    expect(key.score).toBeGreaterThan(standard.score);
  });

  it('watches a pending service hold', () => {
    const hold = makeCommitment({ kind: 'service-hold', title: 'Hold', sentAt: undefined, dueAt: '2026-05-25' });
    const health = assessHealth({ client: makeClient({ tier: 'standard' }), commitments: [hold], settings, today: TODAY });
    expect(health.level).toBe('watch');
    expect(health.reasons[0]?.message).toBe('Services are due to be held in 7 days.');
  });

  it('never shows a key client as OK next to weeks of silence and a deliverable due in 2 days', () => {
    const businessCase = makeCommitment({ id: 'case', kind: 'deliverable', title: 'one-page business case', sentAt: undefined, dueAt: '2026-05-20' });
    const ours = mail({ sentAt: '2026-04-01T10:00:00-04:00', to: ['maria.gonzalez@acme-retail.example'] });
    const health = healthOf({ client: makeClient({ tier: 'key' }), commitments: [businessCase], mail: [ours] });
    expect(health.level).toBe('at-risk');
    expect(health.reasons.map((r) => r.rule)).toEqual(['silence', 'due-soon']);
    expect(health.reasons[0]?.message).toBe('Acme Retail has not answered our last message for 33 business days (the limit for a key client is 3).');
  });

  // Each signal that describes the relationship counts, with its own sentence; the near miss does not.
  it.each([
    {
      rule: 'silence',
      trigger: { mail: [mail({ sentAt: '2026-05-08T10:00:00-04:00' })] }, // 6 business days, limit 5
      nearMiss: { mail: [mail({ sentAt: '2026-05-12T10:00:00-04:00' })] }, // 4 business days
      sentence: 'Acme Retail has not answered our last message for 6 business days (the limit for a standard client is 5).',
    },
    {
      rule: 'heat',
      trigger: {
        mail: [mail({ inbound: true, from: 'helen@acme-retail.example', fromName: 'Helen Whitaker', heat: 81, sentAt: '2026-05-15T08:52:00-04:00' })],
      },
      nearMiss: {
        mail: [mail({ inbound: true, from: 'helen@acme-retail.example', fromName: 'Helen Whitaker', heat: 40, sentAt: '2026-05-15T08:52:00-04:00' })],
      },
      sentence: "Helen Whitaker's last reply runs hot (81/100).",
    },
    {
      rule: 'stakeholder-gap',
      trigger: { commitments: [makeCommitment({ id: 'r', kind: 'renewal', title: 'annual renewal', sentAt: undefined, dueAt: '2026-05-28' })] },
      nearMiss: { commitments: [makeCommitment({ id: 'r', kind: 'renewal', title: 'annual renewal', sentAt: undefined, dueAt: '2026-06-28' })] },
      sentence: 'Maria Gonzalez (champion) and Helen Whitaker (decision maker) were never told of annual renewal, due in 10 days.',
    },
    {
      rule: 'leadership-change',
      trigger: { contacts: [maria, { ...helen, newInRole: true }] },
      nearMiss: { contacts: [maria, helen] },
      sentence: 'Helen Whitaker is new in a decision maker role: budgets may be re-examined.',
    },
  ])('counts $rule towards health, with one sentence', ({ rule, trigger, nearMiss, sentence }) => {
    const client = makeClient({ tier: 'standard' });
    const fired = healthOf({ client, ...trigger });
    expect(fired.reasons.find((r) => r.rule === rule)?.message).toBe(sentence);
    expect(fired.level).not.toBe('ok');
    expect(healthOf({ client, ...nearMiss }).reasons.map((r) => r.rule)).not.toContain(rule);
  });

  it('counts silence more the longer it runs past the limit', () => {
    const client = makeClient({ tier: 'standard' });
    const justPast = healthOf({ client, mail: [mail({ sentAt: '2026-05-08T10:00:00-04:00' })] });
    const longPast = healthOf({ client, mail: [mail({ sentAt: '2026-03-02T10:00:00-04:00' })] });
    expect(longPast.score).toBeGreaterThan(justPast.score);
    expect(longPast.level).toBe('at-risk');
  });
});

describe('overdue and next', () => {
  it('lists only open, past-due commitments, and finds the nearest upcoming one', () => {
    const list = [
      makeCommitment({ id: 'a', dueAt: '2026-05-01' }),
      makeCommitment({ id: 'b', dueAt: '2026-05-01', status: 'done' }),
      makeCommitment({ id: 'c', dueAt: '2026-06-01' }),
      makeCommitment({ id: 'd', dueAt: '2026-05-20' }),
    ];
    expect(overdueCommitments(list, TODAY).map((c) => c.id)).toEqual(['a']);
    expect(nextDeadline(list, TODAY)?.id).toBe('d');
  });
});
