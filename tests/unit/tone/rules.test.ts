import { describe, expect, it } from 'vitest';
import { analyzeTone, applyFinding, ruleFindings, stripQuotedHistory } from '../../../utils/tone';
import { decodeModel, encodeModel } from '../../../utils/tone/model/format';

/** A model that scores every draft 50/100 (no weights, zero bias): thresholds decide alone. */
const FLAT = decodeModel(
  encodeModel({ bucketBits: 16, usesRules: false, bias: 0, scale: 1, calibA: 1, calibB: 0, thresholds: { relaxed: 65, normal: 56, strict: 45, hostile: 90 }, indices: [], values: [] }),
);

/** Each row: a sentence that must trip the category, and a near miss that must not. */
const TABLE: Array<[category: string, trigger: string, nearMiss: string]> = [
  ['ultimatum', 'Sign by Friday or else.', 'Sign by Friday, otherwise tell me what is in the way.'],
  ['ultimatum', 'Take it or leave it.', 'Take your time and let me know.'],
  ['threat', "If this isn't fixed, we'll pull the plug on the integration.", 'We will pause the integration on Monday while we migrate.'],
  ['threat', 'I will escalate this to your CEO.', 'I will share this with our CEO at the review.'],
  ['threat', 'If it is not signed we will cut off your service.', 'We will switch off the old server on Friday, as planned.'],
  ['condescension', 'Cute that you think you can negotiate now.', 'Do you think you can make Friday?'],
  ['blame', 'This is entirely your fault.', 'This is partly on us, and we are fixing it.'],
  ['blame', 'What is taking your legal team so long?', 'What does your legal team need from us?'],
  ['sarcasm', 'Thanks so much for finally replying!', 'Thanks so much for replying.'],
  ['sarcasm', 'Oh great, another delay.', 'Great, the delay is over.'],
  ['condescension', "Let me explain this again for you.", 'Let me know if you want the details.'],
  ['condescension', "It's not rocket science.", "It's a new process for both of us."],
  ['shouting', 'We need the SIGNED AGREEMENT NOW.', 'We need the signed SOW and the PO.'],
  ['shouting', 'Please reply!!!', 'Please reply.'],
  ['passive-aggressive', 'Per my last email, the invoice is overdue.', 'In my last email I attached the invoice.'],
  ['passive-aggressive', 'As I already said, the deadline is Friday.', 'As we agreed, the deadline is Friday.'],
  ['absolute', 'Your team always misses the deadline.', 'We always send the report on Monday.'],
  ['dismissive', 'Whatever, just pay it.', 'Whenever suits you, just let me know.'],
  ['dismissive', 'No dice on the discount.', 'No discount is possible this quarter, but annual billing helps.'],
  ['guilt-trip', "After everything we've done for you, this is how you repay us.", 'After the workshop we have a clear plan.'],
  ['emoticon', 'You know... :)', 'You know the plan.'],
  ['insult', 'This is completely unacceptable.', 'This is completely understandable.'],
  ['insult', 'Asking for last year’s rate is frankly embarrassing.', 'Asking for last year’s rate is fair; here is what we can do.'],
  ['impatience', 'Fix this now.', 'We will fix this by Friday.'],
  // Counting reminders, hinting instead of saying.
  ['passive-aggressive', 'I already sent these numbers in May.', 'I sent these numbers in May; here they are for convenience.'],
  ['passive-aggressive', 'This is the fourth reminder for the invoice.', 'This is the invoice for the fourth quarter.'],
  ['passive-aggressive', 'Just circling back (again) on the invoice.', 'Just circling back on the invoice.'],
  ['passive-aggressive', "Still waiting on the billing contact.", 'Waiting for the billing contact is fine until Friday.'],
  ['passive-aggressive', "It would have been nice to hear from you.", 'It was nice to hear from you.'],
  // Rhetorical questions, mock surprise, veiled jabs.
  ['sarcasm', '30% savings? Really?', '30% savings, really good news.'],
  ['sarcasm', 'How is this so hard for your team?', 'How is this going for your team?'],
  ['sarcasm', "I'm sure the other quote looks lovely on paper.", "I'm sure the other quote deserves a careful look."],
  ['sarcasm', "Happy to 'reset' once things calm down.", 'Happy to reset the plan once things calm down.'],
  // Condescension by explanation.
  ['condescension', "I'll keep this simple so it's easy to follow.", 'I have kept the summary to one page.'],
  ['condescension', "You're new, so let me explain how this works.", 'Welcome aboard; here is a short overview if useful.'],
  // Blame without "you".
  ['blame', 'This really could have been avoided.', 'This can be avoided next time if we agree a date.'],
  ['passive-aggressive', 'You were warned several times.', 'We noted the risk in April, and I should have called as well.'],
  // Shut doors and threats.
  ['ultimatum', "Sign by Friday or we're done.", 'Sign by Friday so we are done before the holidays.'],
  ['ultimatum', "I'm not sending another reminder.", 'I am sending the reminder to the whole team.'],
  ['ultimatum', 'No exceptions, no calls.', 'No call is needed unless you want one.'],
  ['threat', 'I will escalate to your management.', 'I will walk through the plan with your management team at the QBR.'],
  ['threat', 'Monday I cut everything.', 'On Monday I cut the release branch.'],
  // Guilt, absolutes, dismissal.
  ['guilt-trip', "I've held the pause for six weeks as a favour.", 'We paused for six weeks while you reviewed.'],
  ['absolute', 'Nobody gets 40% off.', 'Most plans stop at 20% off.'],
  ['absolute', 'You complain and complain.', 'You raised two points.'],
  ['dismissive', "Nobody cares about month-end.", 'I know month-end is heavy.'],
];

describe('tone rules', () => {
  it.each(TABLE)('%s: flags "%s" and not its near miss', (category, trigger, nearMiss) => {
    expect(ruleFindings(trigger).map((f) => f.category)).toContain(category);
    expect(ruleFindings(nearMiss).map((f) => f.category)).not.toContain(category);
  });

  it('does not flag a negated blame', () => {
    expect(ruleFindings("I'm not saying it is your fault.").map((f) => f.category)).not.toContain('blame');
  });

  it('reads a clear limit with reasons and a path as firm, not heated', () => {
    const firm =
      'Hi Ben, invoice 4471 is now 45 days overdue. I need a payment date by Friday, because at 60 days our system escalates it automatically. Could we talk tomorrow?';
    const result = analyzeTone(firm);
    expect(result.level).toBe('firm');
    expect(result.warn).toBe(false);
  });

  it('orders heat sensibly: warm and firm < heated < hostile', () => {
    const warm = analyzeTone('Thank you, Maria, that is very helpful. Happy to help with anything else.').score;
    const firm = analyzeTone('We need the signed agreement by 30 June so the rollout stays on schedule.').score;
    const heated = analyzeTone('As I already said twice, the agreement still is not signed. I am still waiting.').score;
    const hostile = analyzeTone('This is the FOURTH time I ask. Your team is useless. Sign by Friday or we pull the plug!!!').score;
    expect(Math.max(warm, firm)).toBeLessThan(heated);
    expect(heated).toBeLessThan(hostile);
  });

  it('gives exact offsets, and applying a suggestion replaces the whole sentence that carries the phrase', () => {
    const text = 'Hello team, per my last email the invoice is overdue. Thanks for looking.';
    const finding = analyzeTone(text).findings.find((f) => f.category === 'passive-aggressive')!;
    expect(text.slice(finding.start, finding.end).toLowerCase()).toContain('per my last email');
    expect(finding.rewrite).toMatchObject({ start: text.indexOf('per my'), end: text.indexOf(' Thanks') });
    expect(applyFinding(text, finding)).toBe(`Hello team, ${finding.rewrite!.text} Thanks for looking.`);
  });

  it('lowers the threshold for a key client at risk, a new leader and a heated thread, and says why', () => {
    const text = 'Please sign the agreement by Friday.';
    expect(analyzeTone(text, {}, { model: FLAT }).warn).toBe(false);
    const risky = analyzeTone(text, { clientName: 'Acme', clientTier: 'key', clientHealth: 'at-risk' }, { model: FLAT });
    expect(risky.warn).toBe(true);
    expect(risky.reasons.join(' ')).toMatch(/Acme is a key client at risk/);
    expect(analyzeTone(text, { recipientNewInRole: true, incomingHeat: 80 }, { model: FLAT }).warn).toBe(true);
    expect(analyzeTone(text, { recipientNewInRole: true }, { model: FLAT }).warn).toBe(false);
  });

  it('follows the sensitivity setting', () => {
    expect(analyzeTone('Any draft.', {}, { model: FLAT, sensitivity: 'strict' }).warn).toBe(true);
    expect(analyzeTone('Any draft.', {}, { model: FLAT, sensitivity: 'normal' }).warn).toBe(false);
    expect(analyzeTone('', {}, { model: FLAT, sensitivity: 'strict' }).warn).toBe(false);
  });

  it('ignores quoted history', () => {
    const reply = 'Thanks, Helen, I will call you at 3.\n\nOn Fri, May 15, 2026 at 8:52 AM Helen wrote:\n> This is UNACCEPTABLE. Your fault entirely!!!';
    expect(analyzeTone(stripQuotedHistory(reply)).warn).toBe(false);
  });

  it('scores 200 KB of pasted text, cut at its limit, and still points at the heat', () => {
    const big = 'Per my last email, THIS IS UNACCEPTABLE!!! Thank you. '.repeat(4000);
    const result = analyzeTone(big);
    expect(result.warn).toBe(true);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(Math.max(...result.findings.map((f) => f.end))).toBeLessThanOrEqual(200_000);
  });
});
