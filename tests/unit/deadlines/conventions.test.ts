import { describe, expect, it } from 'vitest';
import { pairs, type AnchorName } from './pairs';

/**
 * One row per convention rule (tests/fixtures/deadlines/CONVENTIONS.md): a
 * sentence that must give exactly `expected`, and a near miss that must give
 * exactly `nearMissGives` (usually nothing).
 */
type Row = { rule: string; anchor: AnchorName; trigger: string; expected: string[]; nearMiss: string; nearMissGives?: string[] };

function table(rows: Row[]) {
  it.each(rows)('$rule', ({ anchor, trigger, expected, nearMiss, nearMissGives }) => {
    expect(pairs(trigger, anchor)).toEqual(expected);
    expect(pairs(nearMiss, anchor)).toEqual(nearMissGives ?? []);
  });
}

describe('§1 what counts as a commitment', () => {
  table([
    {
      rule: 'an asked action with a date counts; the same action already done does not',
      anchor: 'wedMar4London',
      trigger: 'Please sign the NDA by Friday.',
      expected: ['agreement 2026-03-06'],
      nearMiss: 'We signed the NDA on Friday.',
    },
    {
      rule: 'a question asking for a dated action counts',
      anchor: 'wedMar4London',
      trigger: 'Could you confirm the renewal by the 20th?',
      expected: ['renewal 2026-03-20'],
      nearMiss: 'Could you confirm the renewal soon?',
    },
    {
      rule: 'a proposed meeting date counts',
      anchor: 'wedMar4London',
      trigger: 'Can we move the review call to Wednesday?',
      expected: ['meeting 2026-03-11'],
      nearMiss: 'Can we move the review call?',
    },
    {
      rule: 'a dated expectation inside a time clause counts',
      anchor: 'wedMar4London',
      trigger: "When the signed copy arrives on Tuesday, we'll start.",
      expected: ['agreement 2026-03-10'],
      nearMiss: "When the signed copy arrives, we'll start.",
    },
    {
      rule: 'a past deadline counts; a past event does not',
      anchor: 'wedMar4London',
      trigger: 'The agreement was due on 1 March.',
      expected: ['agreement 2026-03-01'],
      nearMiss: 'The agreement was signed on 1 March.',
    },
    {
      rule: 'an expired subscription counts as a past end date',
      anchor: 'wedMar4London',
      trigger: 'The subscription expired on 28 February.',
      expected: ['renewal 2026-02-28'],
      nearMiss: 'The subscription started on 28 February.',
    },
    {
      rule: 'a contractual date counts; a background date does not',
      anchor: 'wedMar4London',
      trigger: 'Our subscription renews on 1 April.',
      expected: ['renewal 2026-04-01'],
      nearMiss: 'Our financial year starts on 1 April.',
    },
    {
      rule: 'an optional offer is not a commitment',
      anchor: 'wedMar4London',
      trigger: 'I will call you tomorrow.',
      expected: ['meeting 2026-03-05'],
      nearMiss: 'Call me tomorrow if you like.',
    },
    {
      rule: 'alternatives give no date',
      anchor: 'wedMar4London',
      trigger: "Let's meet on Tuesday.",
      expected: ['meeting 2026-03-10'],
      nearMiss: "Let's meet on Tuesday or Wednesday.",
    },
    {
      rule: 'a recurring schedule is not a commitment',
      anchor: 'wedMar4London',
      trigger: 'Our call is on Thursday.',
      expected: ['meeting 2026-03-05'],
      nearMiss: 'Our call is every Thursday.',
    },
    {
      rule: 'a date that cannot be resolved gives nothing',
      anchor: 'wedMar4London',
      trigger: 'Please sign the contract before Friday.',
      expected: ['agreement 2026-03-06'],
      nearMiss: 'Please sign the contract before the holidays.',
    },
    {
      rule: 'a month used as a label is not a due date',
      anchor: 'wedMar4London',
      trigger: 'Please pay the March invoice by the 20th.',
      expected: ['payment 2026-03-20'],
      nearMiss: 'The March invoice is attached.',
    },
    {
      rule: 'time out of the office is background',
      anchor: 'wedMar4London',
      trigger: 'The workshop is on 18 May.',
      expected: ['meeting 2026-05-18'],
      nearMiss: "I'm out of the office from 18 to 22 May.",
    },
    {
      rule: 'a cancelled event is not a commitment',
      anchor: 'wedMar4London',
      trigger: 'The workshop is planned for 12 March.',
      expected: ['meeting 2026-03-12'],
      nearMiss: 'The workshop planned for 12 March has been cancelled.',
    },
  ]);
});

describe('§2 kinds come from the action tied to the date', () => {
  table([
    {
      rule: 'a call about a renewal is a meeting',
      anchor: 'wedMar4London',
      trigger: "I'll call you on Thursday to walk through the renewal options.",
      expected: ['meeting 2026-03-05'],
      nearMiss: 'Please confirm the renewal by Thursday.',
      nearMissGives: ['renewal 2026-03-05'],
    },
    {
      rule: 'an expiring contract is renewal; signing one is agreement',
      anchor: 'wedMar4London',
      trigger: 'The contract expires on 31 March.',
      expected: ['renewal 2026-03-31'],
      nearMiss: 'The contract must be signed by 31 March.',
      nearMissGives: ['agreement 2026-03-31'],
    },
    {
      rule: 'a signed renewal is agreement',
      anchor: 'wedMar4London',
      trigger: 'Please return the signed renewal by 10 March.',
      expected: ['agreement 2026-03-10'],
      nearMiss: 'Your renewal is on 10 March.',
      nearMissGives: ['renewal 2026-03-10'],
    },
    {
      rule: 'a renewal quote is a deliverable',
      anchor: 'wedMar4London',
      trigger: "We'll send the renewal quote by Friday.",
      expected: ['deliverable 2026-03-06'],
      nearMiss: 'The renewal has to be finalised by Friday.',
      nearMissGives: ['renewal 2026-03-06'],
    },
    {
      rule: 'a SOW sign-off is agreement, a business case sign-off a deliverable',
      anchor: 'wedMar4London',
      trigger: 'Please sign off the statement of work by Friday.',
      expected: ['agreement 2026-03-06'],
      nearMiss: 'Please get the business case signed off by Friday.',
      nearMissGives: ['deliverable 2026-03-06'],
    },
    {
      rule: 'a purchase order is agreement, a payment is payment',
      anchor: 'wedMar4London',
      trigger: 'We need the PO by Monday.',
      expected: ['agreement 2026-03-09'],
      nearMiss: 'We need the payment by Monday.',
      nearMissGives: ['payment 2026-03-09'],
    },
    {
      rule: 'any stop of access is a service hold',
      anchor: 'wedMar4London',
      trigger: 'Access to the sandbox will be switched off on 16 March.',
      expected: ['service-hold 2026-03-16'],
      nearMiss: 'The new SSO will be switched on on 16 March.',
      nearMissGives: ['other 2026-03-16'],
    },
    {
      rule: 'a compound is read by its head noun',
      anchor: 'wedMar4London',
      trigger: "We'll deliver the migration plan on Monday.",
      expected: ['deliverable 2026-03-09'],
      nearMiss: 'The data migration will happen on Monday.',
      nearMissGives: ['other 2026-03-09'],
    },
    {
      rule: 'a noun in a modifier does not decide the kind',
      anchor: 'wedMar4London',
      trigger: 'Your card will be charged for the renewal on 1 April.',
      expected: ['payment 2026-04-01'],
      nearMiss: 'Renovation of the contract is on 1 April.',
      nearMissGives: ['renewal 2026-04-01'],
    },
  ]);
});

describe('§3 anchor date and time zones', () => {
  table([
    {
      rule: 'a time in another named zone moves the date',
      anchor: 'monJun1London',
      trigger: 'The wire must clear by 5 pm Sydney time on Friday 5 June.',
      expected: ['payment 2026-06-05'],
      nearMiss: 'The wire must clear by 11 pm New York time on Friday 5 June.',
      nearMissGives: ['payment 2026-06-06'],
    },
    {
      rule: 'a time with no zone leaves the date as written',
      anchor: 'monJun1London',
      trigger: "Let's do the QBR on 10 June at 11.",
      expected: ['meeting 2026-06-10'],
      nearMiss: "Let's do the QBR at 11.",
      nearMissGives: [],
    },
  ]);

  it.each([
    {
      rule: 'late evening in Los Angeles: tomorrow is the local date + 1',
      sentAt: '2026-05-14T21:30:00',
      timeZone: 'America/Los_Angeles',
      text: "I'll send the signed contract tomorrow morning.",
      expected: ['agreement 2026-05-15'],
    },
    {
      rule: 'early morning in Auckland: the end of the month is the local month',
      sentAt: '2026-07-01T07:30:00',
      timeZone: 'Pacific/Auckland',
      text: 'Payment is due by the end of the month.',
      expected: ['payment 2026-07-31'],
    },
    {
      rule: 'just after midnight: tomorrow is the next calendar day',
      sentAt: '2026-09-05T00:20:00',
      timeZone: 'Australia/Sydney',
      text: "I'll finish the proposal tomorrow.",
      expected: ['deliverable 2026-09-06'],
    },
    {
      rule: 'a time in the sender’s own zone changes nothing',
      sentAt: '2026-09-07T10:30:00',
      timeZone: 'America/Denver',
      text: "Let's lock in the QBR for Sept 24 at 11pm Mountain.",
      expected: ['meeting 2026-09-24'],
    },
    {
      rule: 'a zone conversion follows daylight saving',
      sentAt: '2026-05-27T09:00:00',
      timeZone: 'America/Los_Angeles',
      text: 'Renewals must be submitted before 08:00 Berlin time on 2 June.',
      expected: ['renewal 2026-06-01'],
    },
  ])('$rule', ({ sentAt, timeZone, text, expected }) => {
    expect(pairs(text, { sentAt, timeZone })).toEqual(expected);
  });
});

describe('§4 absolute dates', () => {
  it.each([
    ['30 June', '2026-06-30'],
    ['June 30th', '2026-06-30'],
    ['the 6th of July', '2026-07-06'],
    ['Sept 24', '2026-09-24'],
    ['1 of October', '2026-10-01'],
    ['20-Oct-2026', '2026-10-20'],
    ['2026-08-15', '2026-08-15'],
    ['2026/07/01', '2026-07-01'],
    ['31.08.2026', '2026-08-31'],
    ['30.09.', '2026-09-30'],
    ['30.10', '2026-10-30'],
    ['27/07/2026', '2026-07-27'],
    ['15/09', '2026-09-15'],
    ['9/15/26', '2026-09-15'],
  ])('reads "%s"', (written, due) => {
    expect(pairs(`Please pay the invoice by ${written}.`, { sentAt: '2026-06-01T09:00:00', timeZone: 'Europe/Berlin' })).toEqual([`payment ${due}`]);
  });

  table([
    {
      rule: 'numbers that are not dates stay numbers',
      anchor: 'monJun1London',
      trigger: 'The invoice is due on 10/06.',
      expected: ['payment 2026-06-10'],
      nearMiss: 'Support for the invoice portal runs 24/7 and version 4.2 is due soon.',
    },
    {
      rule: 'a missing year means the nearest occurrence, forward',
      anchor: 'monDec14London',
      trigger: 'Please return the signed renewal by 10 January.',
      expected: ['agreement 2027-01-10'],
      nearMiss: 'Please return the signed renewal by January.',
    },
    {
      rule: 'a missing year means the nearest occurrence, back',
      anchor: 'friJan8London2027',
      trigger: 'The payment due on 20 December is still outstanding.',
      expected: ['payment 2026-12-20'],
      nearMiss: 'The payment arrived on 20 December.',
    },
    {
      rule: 'the day and month win over a contradicting weekday',
      anchor: 'monJun1London',
      trigger: 'Please have the paperwork signed by Friday 30 June.',
      expected: ['agreement 2026-06-30'],
      nearMiss: 'Please have the paperwork signed by the end of June or so.',
      nearMissGives: ['agreement 2026-06-30'],
    },
    {
      rule: 'a day number alone is the next such date',
      anchor: 'tueApr14Denver',
      trigger: 'Please pay the invoice by the 20th.',
      expected: ['payment 2026-04-20'],
      nearMiss: 'Please pay the invoice for the 3rd quarter.',
    },
  ]);

  it.each([
    { zone: 'America/Chicago', written: '06/05', due: '2026-06-05' },
    { zone: 'Europe/London', written: '06/05', due: '2026-05-06' },
    { zone: 'America/Sao_Paulo', written: '06/05', due: '2026-05-06' },
    { zone: 'Asia/Tokyo', written: '5/20', due: '2026-05-20' },
    { zone: 'America/New_York', written: '30/06', due: '2026-06-30' },
  ])('numeric day-month order in $zone: $written is $due', ({ zone, written, due }) => {
    expect(pairs(`We need the PO by ${written}.`, { sentAt: '2026-04-20T10:00:00', timeZone: zone })).toEqual([`agreement ${due}`]);
  });
});

describe('§5 relative expressions', () => {
  table([
    {
      rule: 'EOD with no day named is the anchor',
      anchor: 'wedMar4London',
      trigger: "I'll send the figures EOD.",
      expected: ['deliverable 2026-03-04'],
      nearMiss: "I'll send the figures soon.",
    },
    {
      rule: 'the day after tomorrow is +2',
      anchor: 'wedMar4London',
      trigger: 'The seats will be activated the day after tomorrow.',
      expected: ['other 2026-03-06'],
      nearMiss: 'The seats were activated yesterday.',
    },
    {
      rule: 'a bare weekday is never the anchor day',
      anchor: 'friJun5NewYork',
      trigger: 'Please sign the order form by Friday.',
      expected: ['agreement 2026-06-12'],
      nearMiss: 'We signed the order form on Friday.',
    },
    {
      rule: '"next Friday" is in the following Monday–Sunday week',
      anchor: 'monJun1London',
      trigger: 'We need the PO by next Friday.',
      expected: ['agreement 2026-06-12'],
      nearMiss: 'We need the PO by this Friday.',
      nearMissGives: ['agreement 2026-06-05'],
    },
    {
      rule: '"Monday after next" is next Monday + 7',
      anchor: 'monJun1London',
      trigger: 'Monday after next we do the meeting.',
      expected: ['meeting 2026-06-15'],
      nearMiss: 'Next Monday we do the meeting.',
      nearMissGives: ['meeting 2026-06-08'],
    },
    {
      rule: '"last Friday" is before the anchor',
      anchor: 'monJun1London',
      trigger: 'The signed DPA was supposed to reach us last Friday.',
      expected: ['agreement 2026-05-29'],
      nearMiss: 'The signed DPA reached us last Friday.',
    },
    {
      rule: '"a week from Friday" and "Monday week" add a week',
      anchor: 'monJun1London',
      trigger: 'Our CFO will approve the payment a week from Friday.',
      expected: ['payment 2026-06-12'],
      nearMiss: 'Our CFO will approve the payment this week.',
    },
    {
      rule: '"Monday week" is the bare Monday + 7',
      anchor: 'monJun1London',
      trigger: 'The redlines will come back from legal by Monday week.',
      expected: ['agreement 2026-06-15'],
      nearMiss: 'The redlines will come back from legal next week.',
    },
    {
      rule: '"two weeks from Monday" adds two weeks',
      anchor: 'wedMar4London',
      trigger: "Two weeks from Monday we'll switch your users to the new SSO.",
      expected: ['other 2026-03-23'],
      nearMiss: "In a couple of weeks we'll switch your users to the new SSO.",
    },
    {
      rule: 'the end of the week is its Friday; "this week" alone is vague',
      anchor: 'wedMar4London',
      trigger: 'The fees must be paid by the end of this week.',
      expected: ['payment 2026-03-06'],
      nearMiss: 'The fees must be paid this week.',
    },
    {
      rule: 'the end of next week is the next Friday',
      anchor: 'wedMar4London',
      trigger: "Let's target the end of next week for the draft proposal.",
      expected: ['deliverable 2026-03-13'],
      nearMiss: "Let's target sometime next week for the draft proposal.",
    },
    {
      rule: 'the end of the month counts even on its last day',
      anchor: 'thuApr30London',
      trigger: "We'll pause the sandbox at the end of the month.",
      expected: ['service-hold 2026-04-30'],
      nearMiss: "We'll pause the sandbox early next month.",
    },
    {
      rule: 'the end of next month is its last day',
      anchor: 'wedMar4London',
      trigger: 'The licence fee is due end of next month.',
      expected: ['payment 2026-04-30'],
      nearMiss: 'The licence fee is due next month.',
    },
    {
      rule: 'the start of a month is its first day; the month alone is vague',
      anchor: 'wedMar4London',
      trigger: 'The first payment is due by the start of May.',
      expected: ['payment 2026-05-01'],
      nearMiss: 'The first payment is due by May.',
    },
    {
      rule: 'the last Friday of a month is computed',
      anchor: 'thuApr30London',
      trigger: "We'll schedule the executive review for the last Friday of October.",
      expected: ['meeting 2026-10-30'],
      nearMiss: "We'll schedule the executive review for mid-October.",
    },
    {
      rule: 'the last business day of a month is its last Monday–Friday',
      anchor: 'wedMar4London',
      trigger: 'The invoice must be paid on the last business day of May.',
      expected: ['payment 2026-05-29'],
      nearMiss: 'The invoice must be paid in late May.',
    },
    {
      rule: 'the end of a quarter that has passed is next year’s',
      anchor: 'monDec14London',
      trigger: 'We need the business case signed off by the end of Q1.',
      expected: ['deliverable 2027-03-31'],
      nearMiss: 'We need the business case signed off sometime in Q1.',
    },
    {
      rule: 'quarter end is the end of the current quarter; fiscal quarters are vague',
      anchor: 'wedMar4London',
      trigger: 'The renewal has to be finalised by quarter end.',
      expected: ['renewal 2026-03-31'],
      nearMiss: 'The renewal has to be finalised in fiscal Q3.',
    },
    {
      rule: 'year-end is 31 December; "year-end review" is a label',
      anchor: 'wedMar4London',
      trigger: 'All invoices must be settled by year-end.',
      expected: ['payment 2026-12-31'],
      nearMiss: 'The invoices will be discussed at the year-end review.',
    },
    {
      rule: 'in N days counts from the anchor; net 30 alone is no date',
      anchor: 'wedMar4London',
      trigger: 'The invoice is due in 30 days.',
      expected: ['payment 2026-04-03'],
      nearMiss: 'Our invoice terms are net 30.',
    },
    {
      rule: 'a fortnight is 14 days',
      anchor: 'wedMar4London',
      trigger: "We'll need the final figures in a fortnight.",
      expected: ['deliverable 2026-03-18'],
      nearMiss: "We'll need the final figures in a few weeks.",
    },
    {
      rule: 'within 48 hours counts hours from the sent time',
      anchor: 'wedMar4London',
      trigger: "Within 48 hours we'll have the hardware shipped.",
      expected: ['other 2026-03-06'],
      nearMiss: "We'll have the hardware shipped shortly.",
    },
    {
      rule: 'within a month is the same day next month, clamped',
      anchor: 'friJan30Dublin',
      trigger: "We'll need the signed change order within a month.",
      expected: ['agreement 2026-02-28'],
      nearMiss: "We'll need the signed change order within reason.",
    },
    {
      rule: 'business days skip weekends',
      anchor: 'friJun5NewYork',
      trigger: 'Expect the proposal within three working days.',
      expected: ['deliverable 2026-06-10'],
      nearMiss: 'Expect the proposal within three working days of receiving the data.',
    },
    {
      rule: 'an offset from a stated date is resolved',
      anchor: 'monJun1London',
      trigger: 'Notice of non-renewal must be given 60 days before the 30 September renewal date.',
      expected: ['renewal 2026-08-01', 'renewal 2026-09-30'],
      nearMiss: 'Notice of non-renewal must be given 60 days before the renewal date.',
    },
    {
      rule: 'an offset from an undated event gives nothing',
      anchor: 'monJun1London',
      trigger: 'Agreement sign by 5 June, payment 14 days after signing.',
      expected: ['agreement 2026-06-05'],
      nearMiss: 'Payment is due 14 days after signing.',
    },
  ]);
});

describe('§6–§9 prepositions, conditions, duplicates, non-native English', () => {
  table([
    {
      rule: 'a preposition does not move the date',
      anchor: 'monJun1London',
      trigger: 'Services will be on hold from 15 June.',
      expected: ['service-hold 2026-06-15'],
      nearMiss: 'Services were on hold from 15 May.',
    },
    {
      rule: 'a submission window closing is the deadline for the item',
      anchor: 'monJun1London',
      trigger: 'Our portal closes for new vendors on 30.06., so the PO has to be raised before then.',
      expected: ['agreement 2026-06-30'],
      nearMiss: 'Our portal closes for new vendors on 30.06.',
    },
    {
      rule: 'a threatened stop and the payment that averts it share the date',
      anchor: 'monJun1London',
      trigger: 'We will suspend the API keys on 20 June unless the overdue balance is cleared.',
      expected: ['service-hold 2026-06-20', 'payment 2026-06-20'],
      nearMiss: 'We will suspend the API keys on 20 June unless you tell us otherwise.',
      nearMissGives: ['service-hold 2026-06-20'],
    },
    {
      rule: 'a payment deadline with an "else" stop gives both',
      anchor: 'monJun1London',
      trigger: 'Please do the payment until 5th june latest, else we must stop the support.',
      expected: ['payment 2026-06-05', 'service-hold 2026-06-05'],
      nearMiss: 'Please do the payment until 5th june latest, else we cannot proceed.',
      nearMissGives: ['payment 2026-06-05'],
    },
    {
      rule: 'condition and consequence with their own dates keep them',
      anchor: 'monJun1London',
      trigger: "If the contract isn't signed by 14 August, we will put all services on hold from 15 August.",
      expected: ['agreement 2026-08-14', 'service-hold 2026-08-15'],
      nearMiss: "If we don't hear back by 14 August, we will follow up.",
      nearMissGives: [],
    },
    {
      rule: 'two items of one kind on one date give one entry',
      anchor: 'wedMar4London',
      trigger: 'Both the usage report and the renewal quote will be with you by Wednesday.',
      expected: ['deliverable 2026-03-11'],
      nearMiss: 'Invoice 2291 was due on 15 February and invoice 2310 is due on 15 March.',
      nearMissGives: ['payment 2026-02-15', 'payment 2026-03-15'],
    },
    {
      rule: 'an undated part adds nothing',
      anchor: 'wedMar4London',
      trigger: "We'll need your renewal proposal by 13 March and a call the week before.",
      expected: ['deliverable 2026-03-13'],
      nearMiss: "We'll need your renewal proposal and a call the week before.",
    },
    {
      rule: '"until" and "latest" mean by',
      anchor: 'monJun1London',
      trigger: 'We will send you the offer until Friday.',
      expected: ['deliverable 2026-06-05'],
      nearMiss: 'We will send you the offer some day.',
    },
    {
      rule: '"overdue since" gives the due date',
      anchor: 'monJun1London',
      trigger: 'The invoice is overdue since 3rd may, please settle it.',
      expected: ['payment 2026-05-03'],
      nearMiss: 'We have been customers since 3rd may 2019.',
    },
    {
      rule: '"Renovation of the contract" is a renewal',
      anchor: 'monJun1London',
      trigger: 'Renovation of the contract is in 1 of July, please confirm.',
      expected: ['renewal 2026-07-01'],
      nearMiss: 'Renovation of the office was done in 2019.',
    },
  ]);
});

describe('wording beyond the examples in the conventions', () => {
  table([
    {
      rule: 'a condition written first still pairs with the stop it threatens',
      anchor: 'wedJun10London',
      trigger: 'If payment is not received by Friday, we will suspend your account.',
      expected: ['payment 2026-06-12', 'service-hold 2026-06-12'],
      nearMiss: 'If payment is not received by Friday, we will send a reminder.',
      nearMissGives: ['payment 2026-06-12'],
    },
    {
      rule: '"failing payment" is a condition',
      anchor: 'wedJun10London',
      trigger: 'Failing payment by Friday, your access will be restricted.',
      expected: ['payment 2026-06-12', 'service-hold 2026-06-12'],
      nearMiss: 'Your access will be restricted for maintenance.',
    },
    {
      rule: 'a weekday after a written date adds no second date',
      anchor: 'wedJun10London',
      trigger: "We'll meet on 30 June (Tuesday).",
      expected: ['meeting 2026-06-30'],
      nearMiss: "We'll meet on Tuesday.",
      nearMissGives: ['meeting 2026-06-16'],
    },
    {
      rule: '"Friday next" is next Friday',
      anchor: 'wedJun10London',
      trigger: 'Please send the report Friday next.',
      expected: ['deliverable 2026-06-19'],
      nearMiss: 'Please send the report next week.',
    },
    {
      rule: '"Monday fortnight" is the bare Monday + 14',
      anchor: 'wedJun10London',
      trigger: 'The training is Monday fortnight.',
      expected: ['meeting 2026-06-29'],
      nearMiss: 'The training is in a few weeks.',
    },
    {
      rule: 'an offset from an event with a stated date is resolved',
      anchor: 'wedJun10London',
      trigger: 'Payment is due 14 days before the go-live on 1 July.',
      expected: ['payment 2026-06-17', 'other 2026-07-01'],
      nearMiss: 'Payment is due 14 days before the go-live.',
    },
    {
      rule: 'a date inside a possessive is the event’s, and what is due before it shares it',
      anchor: 'wedJun10London',
      trigger: "Could you get me the headcount numbers before Tuesday's call?",
      expected: ['deliverable 2026-06-16', 'meeting 2026-06-16'],
      nearMiss: "The recording of Tuesday's webinar is ready.",
    },
    {
      rule: 'a document from a date is a label',
      anchor: 'wedJun10London',
      trigger: 'Please send the notes from the workshop by Friday.',
      expected: ['deliverable 2026-06-12'],
      nearMiss: 'Please find attached our invoice from 30 May.',
    },
  ]);
});
