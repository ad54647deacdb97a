import { describe, expect, it } from 'vitest';
import { DetectedDeadlineSchema, detectDeadlines, detectDeadlinesChecked, detectInMessage, resolveAnchor } from '../../../utils/deadlines';

const LONDON = { sentAt: '2026-06-01T09:00:00', timeZone: 'Europe/London' };

describe('detectDeadlines', () => {
  it('returns entries that match the schema, each quoting its own clause', () => {
    const text = 'Hello Ana,\n\nThanks for the call. Please sign the order form by Friday and pay the deposit by 20 June.';
    const found = detectDeadlines(text, LONDON);
    expect(found.map((entry) => `${entry.kind} ${entry.due}`)).toEqual(['agreement 2026-06-05', 'payment 2026-06-20']);
    for (const entry of found) expect(DetectedDeadlineSchema.parse(entry)).toEqual(entry);
    // Each clause as a reader labels it: the agreement's quote is not the payment's, and neither runs into the other.
    const [agreement, payment] = found;
    expect(agreement?.quote).toContain('order form by Friday');
    expect(agreement?.quote).not.toContain('deposit');
    expect(payment?.quote).toContain('deposit by 20 June');
    expect(payment?.quote).not.toContain('Friday');
  });

  it('reads every sentence of a multi-paragraph body, in text order', () => {
    const text = [
      'Hi team,',
      '',
      'Quick recap of where we are. The renewal is on 31 July, so we need the signed order form by 10 July.',
      'Separately, the usage report is due on Friday.',
      '',
      "I'll call you on Thursday to go through it.",
      '',
      'Best,',
      'Sam',
    ].join('\n');
    expect(detectDeadlines(text, LONDON).map((entry) => `${entry.kind} ${entry.due}`)).toEqual([
      'renewal 2026-07-31',
      'agreement 2026-07-10',
      'deliverable 2026-06-05',
      'meeting 2026-06-04',
    ]);
  });

  it('keeps a hard-wrapped sentence together', () => {
    const text = 'Please make sure the countersigned\ncontract reaches us no later than\n15 June, thanks.';
    expect(detectDeadlines(text, LONDON).map((entry) => `${entry.kind} ${entry.due}`)).toEqual(['agreement 2026-06-15']);
  });

  it('reads "before then" at the start of a sentence as the last date of the one before', () => {
    const text = 'The renewal invoice will be sent on 15 June. Please raise the PO before then.';
    expect(detectDeadlines(text, LONDON).map((entry) => `${entry.kind} ${entry.due}`)).toEqual(['payment 2026-06-15', 'agreement 2026-06-15']);
  });

  it('skips quoted history, greetings and signature lines', () => {
    const text = [
      'Thanks again for your time on Tuesday, it was great to meet the team.',
      'Office hours: Monday to Friday, 9am to 5pm.',
      '> Please send the contract by Friday.',
    ].join('\n\n');
    expect(detectDeadlines(text, LONDON)).toEqual([]);
  });

  it('gives one entry for a (kind, due) pair repeated across sentences', () => {
    const text = 'Please pay invoice 12 by 30 June. Reminder: invoice 12 must be paid by 30 June.';
    expect(detectDeadlines(text, LONDON)).toHaveLength(1);
  });

  it('reads an ISO sent time with an offset as the wall clock of the sender’s zone', () => {
    // 04:30 UTC on 15 May is still 14 May in Los Angeles, so "tomorrow" is 15 May.
    const found = detectDeadlines("I'll send the signed contract tomorrow.", { sentAt: '2026-05-15T04:30:00Z', timeZone: 'America/Los_Angeles' });
    expect(found.map((entry) => entry.due)).toEqual(['2026-05-15']);
  });

  it('throws with a readable message when the anchor cannot be read', () => {
    expect(() => detectDeadlines('Pay by Friday.', { sentAt: 'yesterday', timeZone: 'Europe/London' })).toThrow(/sentAt "yesterday"/);
  });
});

describe('detectDeadlinesChecked and resolveAnchor', () => {
  it('reports an unknown time zone as a value', () => {
    expect(detectDeadlinesChecked('Pay by Friday.', { sentAt: '2026-06-01T09:00:00', timeZone: 'Mars/Olympus' })).toEqual({
      ok: false,
      error: 'Unknown time zone "Mars/Olympus": use an IANA name like Europe/London',
    });
  });

  it('rejects a local time that does not exist on the calendar', () => {
    expect(resolveAnchor({ sentAt: '2026-02-30T09:00:00', timeZone: 'Europe/London' }).ok).toBe(false);
  });

  it('converts an offset time across the date line', () => {
    const result = resolveAnchor({ sentAt: '2026-06-30T19:30:00Z', timeZone: 'Pacific/Auckland' });
    expect(result.ok && result.value.wall).toMatchObject({ year: 2026, month: 7, day: 1, hour: 7, minute: 30 });
  });
});

describe('detectInMessage', () => {
  it('finds nothing when the message has no readable sent time', () => {
    expect(detectInMessage({ text: 'Please pay by Friday.', sentAt: null }, 'Europe/London')).toEqual([]);
  });

  it('anchors on the page’s ISO time seen from the user’s zone', () => {
    // Sent Monday 1 June 23:30 in New York = Tuesday 2 June 05:30 in Berlin; "by Friday" is 5 June either way,
    // but "tomorrow" follows the zone given.
    const message = { text: 'The signed NDA will reach you tomorrow.', sentAt: '2026-06-01T23:30:00-04:00' };
    expect(detectInMessage(message, 'America/New_York').map((entry) => entry.due)).toEqual(['2026-06-02']);
    expect(detectInMessage(message, 'Europe/Berlin').map((entry) => entry.due)).toEqual(['2026-06-03']);
  });

  it('finds nothing when the sent time is unreadable', () => {
    expect(detectInMessage({ text: 'Please pay by Friday.', sentAt: 'Fri 9:12 AM' }, 'Europe/London')).toEqual([]);
  });
});

describe('a long body', () => {
  // What it costs is a bench figure (npm run bench -- --only deadlines: deadlines.detect.20kb, < 50 ms);
  // a reader whose work grew with the square of the length would not finish within the test's timeout.
  it('reads a 20 KB body dense with dates to its end', () => {
    const sentence = 'Please sign the order form by Friday 12 June and pay the deposit within 5 business days, else we pause the service. ';
    const text = sentence.repeat(Math.ceil(20_000 / sentence.length));
    const found = detectDeadlines(text, LONDON);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((d) => d.due)).toContain('2026-06-12');
  });
});
