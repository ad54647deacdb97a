import { describe, expect, it } from 'vitest';
import { assessHealth, describeCommitment, nextDeadline, overdueCommitments } from '../../../utils/health';
import { defaultSettings } from '../../../utils/model';
import { makeClient, makeCommitment } from '../../support/factories';

const TODAY = '2026-05-18';

describe('describeCommitment', () => {
  it.each([
    [makeCommitment({ sentAt: '2026-03-16', dueAt: '2026-05-06' }), 'Agreement — sent 63 days ago, unsigned, due 12 days ago'],
    [makeCommitment({ kind: 'payment', sentAt: undefined, dueAt: '2026-05-23' }), 'Payment — due in 5 days'],
    [makeCommitment({ kind: 'renewal', sentAt: undefined, dueAt: TODAY }), 'Renewal — due today'],
    [makeCommitment({ status: 'done', sentAt: undefined, dueAt: '2026-05-01' }), 'Agreement — done (was due 2026-05-01)'],
  ])('%#: %s', (commitment, text) => {
    expect(describeCommitment(commitment, TODAY)).toBe(text);
  });
});

describe('assessHealth', () => {
  const settings = defaultSettings();

  it('is ok with nothing due', () => {
    expect(assessHealth({ client: makeClient(), commitments: [], settings, today: TODAY })).toMatchObject({ level: 'ok', reasons: [] });
  });

  it('puts a key client with an overdue, long-unsigned agreement at risk, one sentence per rule', () => {
    const health = assessHealth({ client: makeClient({ tier: 'key' }), commitments: [makeCommitment()], settings, today: TODAY });
    expect(health.level).toBe('at-risk');
    expect(health.reasons.map((r) => r.message)).toEqual([
      '2026 services agreement is 12 days overdue.',
      '2026 services agreement has waited 63 days for signature (limit 30).',
      'Acme Retail is a key client: every issue weighs more.',
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
