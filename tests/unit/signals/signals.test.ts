import { describe, expect, it } from 'vitest';
import { businessDaysBetween, todayIn } from '../../../utils/dates';
import type { MailRecord } from '../../../utils/model';
import { defaultSettings } from '../../../utils/model';
import { computeSignals, dueAlerts, nextAlertDay, sentAlertStillNeeded } from '../../../utils/signals';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

const NOW = new Date('2026-05-18T15:00:00Z'); // a Monday
const TZ = 'America/New_York';
const settings = defaultSettings();

function mail(overrides: Partial<MailRecord>): MailRecord {
  return {
    schemaVersion: 1,
    id: `m-${Math.random()}`,
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

const maria = makeContact();
const helen = makeContact({ id: 'contact-helen', name: 'Helen Whitaker', emails: ['helen@acme-retail.example'], role: 'leadership' });

describe('dates', () => {
  it('takes today in the user’s zone and counts business days', () => {
    expect(todayIn('Pacific/Auckland', NOW)).toBe('2026-05-19');
    expect(todayIn(TZ, NOW)).toBe('2026-05-18');
    expect(businessDaysBetween('2026-05-15', '2026-05-18')).toBe(1); // Friday → Monday
    expect(businessDaysBetween('2026-05-18', '2026-05-18')).toBe(0);
  });
});

describe('computeSignals', () => {
  const base = { client: makeClient(), contacts: [maria, helen], commitments: [], settings, now: NOW, timeZone: TZ };

  it('reports silence after our last message past the tier’s business days, and not when they replied', () => {
    const ours = mail({ sentAt: '2026-05-11T10:00:00-04:00' });
    expect(computeSignals({ ...base, mail: [ours] }).map((s) => s.kind)).toContain('silence');
    const reply = mail({ inbound: true, from: 'maria.gonzalez@acme-retail.example', sentAt: '2026-05-12T10:00:00-04:00' });
    expect(computeSignals({ ...base, mail: [ours, reply] }).map((s) => s.kind)).not.toContain('silence');
  });

  it('reports the heat of their last reply', () => {
    const hot = mail({ inbound: true, from: 'helen@acme-retail.example', fromName: 'Helen Whitaker', heat: 81, sentAt: '2026-05-15T08:52:00-04:00' });
    expect(computeSignals({ ...base, mail: [hot] }).find((s) => s.kind === 'heat')?.message).toBe("Helen Whitaker's last reply runs hot (81/100).");
  });

  it('finds the stakeholder who was never told of a deadline', () => {
    const hold = makeCommitment({ id: 'hold', kind: 'service-hold', title: 'Service hold', dueAt: '2026-05-15', sentAt: undefined });
    const told = mail({ to: ['helen@acme-retail.example'], mentions: [{ kind: 'service-hold', due: '2026-05-15' }] });
    const gap = computeSignals({ ...base, commitments: [hold], mail: [told] }).find((s) => s.kind === 'stakeholder-gap');
    expect(gap?.message).toBe('Maria Gonzalez (champion) was never told of Service hold, due 2026-05-15.');
  });

  it('finds a near deadline no stakeholder has heard of yet, and leaves a far one, or a meeting, alone', () => {
    const near = makeCommitment({ id: 'renewal', kind: 'renewal', title: 'annual renewal', dueAt: '2026-05-20', sentAt: undefined });
    const far = makeCommitment({ id: 'far', kind: 'payment', title: 'invoice 0911', dueAt: '2026-06-30', sentAt: undefined });
    const meeting = makeCommitment({ id: 'qbr', kind: 'meeting', title: 'QBR', dueAt: '2026-05-21', sentAt: undefined });
    const gaps = computeSignals({ ...base, commitments: [near, far, meeting], mail: [] }).filter((s) => s.kind === 'stakeholder-gap');
    expect(gaps.map((g) => g.message)).toEqual(['Maria Gonzalez (champion) and Helen Whitaker (leadership) were never told of annual renewal, due in 2 days.']);
    expect(gaps[0]?.untold).toEqual([maria.id, helen.id]);
  });

  it('measures silence against the tier’s limit, in the sentence too', () => {
    const ours = mail({ sentAt: '2026-05-11T10:00:00-04:00' });
    const silence = computeSignals({ ...base, mail: [ours] }).find((s) => s.kind === 'silence');
    expect(silence?.measure).toEqual({ value: 5, limit: 3 });
    expect(silence?.message).toBe('Acme Retail has not answered our last message for 5 business days (the limit for a key client is 3).');
  });

  it('flags a new leader', () => {
    const signals = computeSignals({ ...base, contacts: [maria, { ...helen, newInRole: true }], mail: [] });
    expect(signals.map((s) => s.kind)).toContain('leadership-change');
  });
});

describe('dueAlerts', () => {
  const client = makeClient();
  const contacts = [maria, helen];

  it('alerts 7 days ahead when stakeholders are not yet told, once', () => {
    const renewal = makeCommitment({ id: 'r', kind: 'renewal', title: 'Renewal', dueAt: '2026-05-25', sentAt: undefined });
    const input = { signals: [], commitments: [renewal], contacts, clients: [client], today: '2026-05-18' };
    const alerts = dueAlerts({ ...input, alreadySent: new Set() });
    expect(alerts.map((a) => a.id)).toEqual(['deadline:r:2026-05-25:7']);
    expect(dueAlerts({ ...input, alreadySent: new Set(['deadline:r:2026-05-25:7']) })).toEqual([]);
  });

  it('alerts again when the deadline is moved, at each stage of the new date', () => {
    const renewal = makeCommitment({ id: 'r', kind: 'renewal', title: 'Renewal', dueAt: '2026-05-25', sentAt: undefined });
    const sent = new Set(['deadline:r:2026-05-25:7']);
    const moved = { ...renewal, dueAt: '2026-06-01' };
    const input = { signals: [], commitments: [moved], contacts, clients: [client], alreadySent: sent };
    expect(dueAlerts({ ...input, today: '2026-05-18' })).toEqual([expect.objectContaining({ id: 'deadline:r:2026-06-01:14' })]);
    expect(dueAlerts({ ...input, today: '2026-05-25' })).toEqual([expect.objectContaining({ id: 'deadline:r:2026-06-01:7' })]);
    expect(nextAlertDay({ client, commitments: [moved], mail: [], settings, timeZone: 'UTC', today: '2026-05-18', alreadySent: sent })).toBe('2026-05-25');
  });

  it('does not repeat an alert sent before its id named the date', () => {
    const renewal = makeCommitment({ id: 'r', kind: 'renewal', title: 'Renewal', dueAt: '2026-05-25', sentAt: undefined });
    const legacy = new Set(['deadline:r:7']);
    const input = { signals: [], commitments: [renewal], contacts, clients: [client], today: '2026-05-18', alreadySent: legacy };
    expect(dueAlerts(input)).toEqual([]);
    expect(nextAlertDay({ client, commitments: [renewal], mail: [], settings, timeZone: 'UTC', today: '2026-05-18', alreadySent: legacy })).toBe('2026-05-23');
  });

  it('stays quiet when everyone was told, and alerts when a deadline passes', () => {
    const told = makeCommitment({
      id: 'r',
      kind: 'renewal',
      dueAt: '2026-05-25',
      notified: [
        { contactId: maria.id, at: '2026-05-01T00:00:00Z' },
        { contactId: helen.id, at: '2026-05-01T00:00:00Z' },
      ],
    });
    const passed = makeCommitment({ id: 'p', dueAt: '2026-05-10' });
    const alerts = dueAlerts({ signals: [], commitments: [told, passed], contacts, clients: [client], today: '2026-05-18', alreadySent: new Set() });
    expect(alerts.map((a) => a.id)).toEqual(['deadline:p:2026-05-10:passed']);
  });
});

describe('sentAlertStillNeeded', () => {
  it.each([
    ['a reminder for a date still ahead', 'deadline:r:2026-05-25:7', '2026-05-20', true],
    ['a reminder on its due day', 'deadline:r:2026-05-25:2', '2026-05-25', true],
    ['a reminder for a date gone by', 'deadline:r:2026-05-25:14', '2026-05-26', false],
    ['a "passed" alert within 400 days of its date', 'deadline:r:2026-05-25:passed', '2027-06-29', true],
    ['a "passed" alert after 400 days', 'deadline:r:2026-05-25:passed', '2027-06-30', false],
    ['an id with a colon in the commitment id', 'deadline:crm:42:2026-05-25:7', '2026-06-01', false],
    ['an id sent before ids named the date', 'deadline:r:7', '2030-01-01', true],
    ['a silence alert', 'alert:silence:c:m1', '2030-01-01', true],
  ])('%s', (_, id, today, kept) => {
    expect(sentAlertStillNeeded(id, today)).toBe(kept);
  });
});
