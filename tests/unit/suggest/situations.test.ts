import { describe, expect, it } from 'vitest';
import { chooseSituations, type SituationId, type SuggestStateInput } from '../../../utils/suggest';
import { makeCommitment } from '../../support/factories';
import { acmeState, agreement, globexState, helen, hold, maria, onThread } from './states';

const ids = (state: SuggestStateInput) => chooseSituations(state).map((s) => s.id);

type Row = { rule: string; situation: SituationId; trigger: SuggestStateInput; nearMiss: SuggestStateInput };

const ROWS: Row[] = [
  {
    rule: 'their last reply reads as hostile',
    situation: 'de-escalate',
    trigger: acmeState({ lastInbound: { heat: 82, level: 'hostile', fromName: 'Helen Whitaker' } }),
    nearMiss: acmeState({ lastInbound: { heat: 40, level: 'firm', fromName: 'Helen Whitaker' } }),
  },
  {
    rule: 'their last reply scores heated when only the score is known',
    situation: 'de-escalate',
    trigger: acmeState({ lastInbound: { heat: 60, fromName: 'Helen Whitaker' } }),
    nearMiss: acmeState({ lastInbound: { heat: 30, fromName: 'Helen Whitaker' } }),
  },
  {
    rule: 'they went quiet after a service hold',
    situation: 'reconcile',
    trigger: acmeState({ commitments: [hold()], silenceDays: 4, silenceLimitDays: 3 }),
    nearMiss: acmeState({ commitments: [hold()], silenceDays: 2, silenceLimitDays: 3 }),
  },
  {
    rule: 'they went quiet after our heated message',
    situation: 'reconcile',
    trigger: acmeState({ lastOutbound: { heat: 65, level: 'heated', on: '2026-05-11' }, silenceDays: 5 }),
    nearMiss: acmeState({ lastOutbound: { heat: 35, level: 'firm', on: '2026-05-11' }, silenceDays: 5 }),
  },
  {
    rule: 'an agreement is due within a week and nobody was told',
    situation: 'early-deadline-warning',
    trigger: acmeState({ commitments: [agreement({ dueAt: '2026-05-25' })] }),
    nearMiss: acmeState({ commitments: [agreement({ dueAt: '2026-06-02' })] }),
  },
  {
    rule: 'a warning is due again when not everyone heard of it in this stage',
    situation: 'early-deadline-warning',
    trigger: acmeState({
      commitments: [agreement({ dueAt: '2026-05-25', notified: [{ contactId: 'contact-maria', at: '2026-05-18T09:00:00Z' }] })],
    }),
    nearMiss: acmeState({
      commitments: [
        agreement({
          dueAt: '2026-05-25',
          notified: [
            { contactId: 'contact-maria', at: '2026-05-18T09:00:00Z' },
            { contactId: 'contact-helen', at: '2026-05-18T09:00:00Z' },
          ],
        }),
      ],
    }),
  },
  {
    rule: 'a renewal is due within two weeks, but a meeting is no deadline to warn about',
    situation: 'early-deadline-warning',
    trigger: acmeState({ commitments: [makeCommitment({ kind: 'renewal', title: 'annual renewal', dueAt: '2026-05-29' })] }),
    nearMiss: acmeState({ commitments: [makeCommitment({ kind: 'meeting', title: 'QBR', dueAt: '2026-05-29' })] }),
  },
  {
    rule: 'a payment is long overdue',
    situation: 'firm-final-notice',
    trigger: acmeState({ commitments: [makeCommitment({ kind: 'payment', title: 'invoice 4411', dueAt: '2026-04-17' })] }),
    nearMiss: acmeState({ commitments: [makeCommitment({ kind: 'payment', title: 'invoice 4411', dueAt: '2026-05-08' })] }),
  },
  {
    rule: 'an overdue agreement gets no final notice while their last reply is heated',
    situation: 'firm-final-notice',
    trigger: acmeState({ commitments: [agreement()], lastInbound: { heat: 20, level: 'calm' } }),
    nearMiss: acmeState({ commitments: [agreement()], lastInbound: { heat: 70, level: 'heated' } }),
  },
  {
    rule: 'a service hold is due within two weeks',
    situation: 'service-hold-notice',
    trigger: acmeState({ commitments: [hold({ dueAt: '2026-05-23', status: 'open' })] }),
    nearMiss: acmeState({ commitments: [hold({ dueAt: '2026-06-08', status: 'open' })] }),
  },
  {
    rule: 'a waived service hold is not announced',
    situation: 'service-hold-notice',
    trigger: acmeState({ commitments: [hold({ dueAt: '2026-05-23', status: 'open' })] }),
    nearMiss: acmeState({ commitments: [hold({ dueAt: '2026-05-23', status: 'waived' })] }),
  },
  {
    rule: 'critical dates ahead and no agreed protocol',
    situation: 'protocol-proposal',
    trigger: acmeState({ commitments: [makeCommitment({ kind: 'renewal', title: 'annual renewal', dueAt: '2026-06-30' })] }),
    nearMiss: acmeState({
      client: { protocols: ['Critical dates: tell Maria two weeks ahead.'] },
      commitments: [makeCommitment({ kind: 'renewal', title: 'annual renewal', dueAt: '2026-06-30' })],
    }),
  },
  {
    rule: 'after a rupture, even with a protocol',
    situation: 'protocol-proposal',
    trigger: acmeState({ client: { protocols: ['Critical dates: tell Maria two weeks ahead.'] }, commitments: [hold()] }),
    nearMiss: acmeState({ client: { protocols: ['Critical dates: tell Maria two weeks ahead.'] }, commitments: [hold({ dueAt: '2026-03-01' })] }),
  },
  {
    rule: 'a champion on the thread and a new finance contact',
    situation: 'champion-business-case',
    trigger: globexState(),
    nearMiss: globexState({ participants: [{ name: 'Alex Morgan', email: 'alex.morgan@northwind-analytics.example', role: 'own' }] }),
  },
  {
    rule: 'someone new only counts when they hold the budget',
    situation: 'champion-business-case',
    trigger: acmeState({ contacts: [maria, { ...helen, newInRole: true }] }),
    nearMiss: acmeState({ contacts: [maria, { ...helen, newInRole: true, role: 'user' }] }),
  },
  {
    rule: 'a champion on a calm thread',
    situation: 'thank-champion',
    trigger: globexState(),
    nearMiss: globexState({ lastInbound: { heat: 70, level: 'heated', fromName: 'Rachel Kim' } }),
  },
  {
    rule: 'thanks wait while they are quiet',
    situation: 'thank-champion',
    trigger: acmeState({ silenceDays: 1, silenceLimitDays: 3 }),
    nearMiss: acmeState({ silenceDays: 3, silenceLimitDays: 3 }),
  },
];

describe('chooseSituations', () => {
  describe.each(ROWS)('$situation when $rule', ({ situation, trigger, nearMiss }) => {
    it('is chosen', () => expect(ids(trigger)).toContain(situation));
    it('is not chosen for the near miss', () => expect(ids(nearMiss)).not.toContain(situation));
  });

  it('says why in one sentence naming the sender, the level and the score', () => {
    const chosen = chooseSituations(acmeState({ lastInbound: { heat: 82, level: 'hostile', fromName: 'Helen Whitaker' } }));
    expect(chosen.find((s) => s.id === 'de-escalate')?.why).toBe("Helen Whitaker's last reply reads as hostile (score 82).");
  });

  it('names the overdue item, the days and the due date in a final notice reason', () => {
    const chosen = chooseSituations(acmeState({ commitments: [agreement()] }));
    expect(chosen.find((s) => s.id === 'firm-final-notice')?.why).toBe('The 2026 services agreement is 48 days overdue (due Tuesday 31 March).');
  });

  it('names the stakeholders who have not heard of a deadline', () => {
    const why = chooseSituations(
      acmeState({ commitments: [agreement({ dueAt: '2026-05-25', notified: [{ contactId: 'contact-maria', at: '2026-05-18T09:00:00Z' }] })] }),
    ).find((s) => s.id === 'early-deadline-warning')?.why;
    expect(why).toContain('Helen has not been told yet');
    expect(why).not.toContain('Maria');
  });

  it('puts the most pressing situation first', () => {
    const chosen = chooseSituations(
      acmeState({
        lastInbound: { heat: 82, level: 'hostile', fromName: 'Helen Whitaker' },
        participants: [onThread.maria, onThread.helen, onThread.sam],
      }),
    );
    expect(chosen[0]?.id).toBe('de-escalate');
    expect(chosen.map((s) => s.priority)).toEqual([...chosen.map((s) => s.priority)].sort((a, b) => b - a));
  });

  it('ignores commitments of other clients', () => {
    expect(ids(acmeState({ commitments: [agreement({ clientId: 'client-other' })] }))).not.toContain('firm-final-notice');
  });
});
