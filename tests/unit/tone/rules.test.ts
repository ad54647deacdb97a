import { describe, expect, it } from 'vitest';
import { analyzeTone, ruleFindings, stripQuotedHistory } from '../../../utils/tone';
import { applyRewrite } from '../../support/apply-rewrite';
import { decodeModel, encodeModel } from '../../../utils/tone/model/format';
import { RULES } from '../../../utils/tone/rules';

/** A model that scores every draft 50/100 (no weights, zero bias): thresholds decide alone. */
const FLAT = decodeModel(
  encodeModel({
    bucketBits: 16,
    usesRules: false,
    bias: 0,
    scale: 1,
    calibA: 1,
    calibB: 0,
    thresholds: { relaxed: 65, normal: 56, strict: 45, hostile: 90 },
    indices: [],
    values: [],
  }),
);

/** Each row: a rule id (or shouting, which has its own reader), a sentence that must trip it, and a near miss that must not. */
const TABLE: Array<[rule: string, trigger: string, nearMiss: string]> = [
  ['ultimatum/last-chance', 'Sign by Friday or else.', 'Sign by Friday, otherwise tell me what is in the way.'],
  ['ultimatum/closed-discussion', 'Take it or leave it.', 'Take your time and let me know.'],
  ['ultimatum/shut-door', "Sign by Friday or we're done.", 'Sign by Friday so we are done before the holidays.'],
  ['ultimatum/shut-door', "I'm not sending another reminder.", 'I am sending the reminder to the whole team.'],
  ['ultimatum/shut-door', 'No exceptions, no calls.', 'No call is needed unless you want one.'],
  [
    'ultimatum/if-not-then',
    "If your team doesn't sign this week, we will terminate the pilot.",
    'If your team signs this week, we will start the pilot on Monday.',
  ],
  ['threat/pull-the-plug', "If this isn't fixed, we'll pull the plug on the integration.", 'We will pause the integration on Monday while we migrate.'],
  ['threat/pull-the-plug', 'I will escalate this to your CEO.', 'I will share this with our CEO at the review.'],
  ['threat/cut-off', 'If it is not signed we will cut off your service.', 'We will switch off the old server on Friday, as planned.'],
  ['threat/over-their-head', 'I will escalate to your management.', 'I will walk through the plan with your management team at the QBR.'],
  ['threat/cut-everything', 'Monday I cut everything.', 'On Monday I cut the release branch.'],
  ['threat/go-elsewhere', 'You can always go elsewhere.', 'You can always go through the portal.'],
  ['blame/your-fault', 'This is entirely your fault.', 'This is partly on us, and we are fixing it.'],
  ['blame/rhetorical-why', 'What is taking your legal team so long?', 'What does your legal team need from us?'],
  ['blame/avoidable', 'This really could have been avoided.', 'This can be avoided next time if we agree a date.'],
  ['blame/our-side-done', "We've kept our side of the deal.", "We've kept the meeting on the calendar."],
  ['sarcasm/mock-thanks', 'Thanks so much for finally replying!', 'Thanks so much for replying.'],
  ['sarcasm/mock-thanks', 'Oh great, another delay.', 'Great, the delay is over.'],
  ['sarcasm/rhetorical', '30% savings? Really?', '30% savings, really good news.'],
  ['sarcasm/rhetorical', 'How is this so hard for your team?', 'How is this going for your team?'],
  ['sarcasm/veiled-jab', "I'm sure the other quote looks lovely on paper.", "I'm sure the other quote deserves a careful look."],
  ['sarcasm/scare-quotes', "Happy to 'reset' once things calm down.", 'Happy to reset the plan once things calm down.'],
  ['sarcasm/finally', 'You finally found the invoice.', 'You found the invoice, thank you.'],
  ['condescension/mocking-belief', 'Cute that you think you can negotiate now.', 'Do you think you can make Friday?'],
  ['condescension/obviously', 'Let me explain this again for you.', 'Let me know if you want the details.'],
  ['condescension/obviously', "It's not rocket science.", "It's a new process for both of us."],
  ['condescension/explaining-down', "I'll keep this simple so it's easy to follow.", 'I have kept the summary to one page.'],
  ['condescension/explaining-down', "You're new, so let me explain how this works.", 'Welcome aboard; here is a short overview if useful.'],
  ['condescension/belittling', "Your team couldn't even manage a reply.", 'Your team could manage a reply by Friday.'],
  ['passive-aggressive/per-my-last', 'Per my last email, the invoice is overdue.', 'In my last email I attached the invoice.'],
  ['passive-aggressive/per-my-last', 'As I already said, the deadline is Friday.', 'As we agreed, the deadline is Friday.'],
  ['passive-aggressive/counting-reminders', 'I already sent these numbers in May.', 'I sent these numbers in May; here they are for convenience.'],
  ['passive-aggressive/per-my-last', 'This is the fourth reminder for the invoice.', 'This is the invoice for the fourth quarter.'],
  ['passive-aggressive/bracketed-again', 'Just circling back (again) on the invoice.', 'Just circling back on the invoice.'],
  ['passive-aggressive/still-waiting', 'Still waiting on the billing contact.', 'Waiting for the billing contact is fine until Friday.'],
  ['passive-aggressive/still-waiting', 'It would have been nice to hear from you.', 'It was nice to hear from you.'],
  ['passive-aggressive/counting-reminders', 'You were warned several times.', 'We noted the risk in April, and I should have called as well.'],
  ['passive-aggressive/patience', 'I have been more than patient.', 'I have been on leave this week.'],
  ['absolute/always-never', 'Your team always misses the deadline.', 'We always send the report on Monday.'],
  ['absolute/nobody-ever', 'Nobody gets 40% off.', 'Most plans stop at 20% off.'],
  ['absolute/everybody-else', 'You complain and complain.', 'You raised two points.'],
  ['dismissive/whatever', 'Whatever, just pay it.', 'Whenever suits you, just let me know.'],
  ['dismissive/whatever', 'No dice on the discount.', 'No discount is possible this quarter, but annual billing helps.'],
  ['dismissive/nobody-cares', 'Nobody cares about month-end.', 'I know month-end is heavy.'],
  ['guilt-trip/after-everything', "After everything we've done for you, this is how you repay us.", 'After the workshop we have a clear plan.'],
  ['guilt-trip/favours', "I've held the pause for six weeks as a favour.", 'We paused for six weeks while you reviewed.'],
  ['insult/loaded-words', 'This is completely unacceptable.', 'This is completely understandable.'],
  ['insult/put-downs', 'Asking for last year’s rate is frankly embarrassing.', 'Asking for last year’s rate is fair; here is what we can do.'],
  ['impatience/demands', 'Fix this now.', 'We will fix this by Friday.'],
  ['emoticon/wink', 'You know... :)', 'You know the plan.'],
  ['shouting', 'We need the SIGNED AGREEMENT NOW.', 'We need the signed SOW and the PO.'],
  ['shouting', 'Please reply!!!', 'Please reply.'],
];

describe('tone rules', () => {
  const firing = (text: string, rule: string) => ruleFindings(text).filter((f) => (rule === 'shouting' ? f.category === 'shouting' : f.ruleId === rule));

  it.each(TABLE)('%s: flags "%s" and not its near miss', (rule, trigger, nearMiss) => {
    expect(firing(trigger, rule)).not.toEqual([]);
    expect(firing(nearMiss, rule)).toEqual([]);
  });

  it('has a trigger and a near miss for every rule id', () => {
    const covered = new Set(TABLE.map(([rule]) => rule));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
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
    expect(applyRewrite(text, finding)).toBe(`Hello team, ${finding.rewrite!.text} Thanks for looking.`);
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
