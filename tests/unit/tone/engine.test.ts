import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../../utils/tone';
import { applyRewrite } from '../../support/apply-rewrite';
import { REWRITE_CATEGORIES, deadlineIn, rewriteFor, sentenceAround, topicIn } from '../../../utils/tone/rewrite';

/** Drafts a new user tried that the phrase rules let through, each with the phrase that carries its heat. */
const MISSED_BY_RULES: Array<[draft: string, heat: string]> = [
  ["If the agreement isn't signed by Friday we will cut off your service.", 'cut off your service'],
  ["Rachel, honestly, I don't know why we bother. Your finance guy clearly has no idea what he's doing.", 'no idea what'],
  ['Cute that you think you can negotiate at this point', 'you think you can negotiate'],
  ['Let me guess: another excuse? Save it.', 'excuse'],
  ["After everything our team did for you this year, I'd have hoped that counted for something.", 'After everything'],
];

const overlaps = (draft: string, heat: string) => (f: { start: number; end: number }) => {
  const start = draft.indexOf(heat);
  return f.start < start + heat.length && f.end > start;
};

describe('the tone engine on drafts the old rules missed', () => {
  it.each(MISSED_BY_RULES)('warns on "%s" with a finding on the heat', (draft, heat) => {
    const result = analyzeTone(draft);
    expect(result.warn).toBe(true);
    expect(result.findings.some(overlaps(draft, heat))).toBe(true);
  });
});

describe('sentence-level rewrites', () => {
  it('replaces the whole sentence, never a splice inside it', () => {
    const draft = "Hi Mei,\n\nThis is the third time I've asked for the signed order form. Could you send it today?";
    const finding = analyzeTone(draft).findings[0]!;
    const edited = applyRewrite(draft, finding);
    expect(edited).not.toContain("I've asked for the signed order form");
    expect(edited).toContain('Could you send it today?');
    expect(edited.startsWith('Hi Mei,\n\n')).toBe(true);
    expect(edited.slice('Hi Mei,\n\n'.length)).toMatch(/^\p{Lu}[^]*[.?!] Could you/u);
  });

  it('keeps what the sentence was about', () => {
    const draft = 'This is the fourth time I am asking for the signed order form.';
    const { text } = rewriteFor(draft, { start: 0, end: 22, category: 'passive-aggressive' });
    expect(text).toBe('I wanted to bring the signed order form back to the top of your list.');
    expect(topicIn('What is taking so long with your stupid invoice?')).toBeUndefined();
    expect(topicIn('Why is nobody answering about your renewal?')).toBe('the renewal');
  });

  it('turns mock gratitude into plain thanks', () => {
    const draft = 'Thanks so much for finally getting back to us.';
    const finding = analyzeTone(draft).findings.find((f) => f.rewrite)!;
    expect(applyRewrite(draft, finding)).toBe('Thank you for the update.');
  });

  it('keeps the deadline a threat named', () => {
    const draft = "Sign the order form by Friday or we'll pull the plug on the integration.";
    const { text } = rewriteFor(draft, { start: draft.indexOf('pull'), end: draft.indexOf(' on the'), category: 'threat' });
    expect(text).toContain('by Friday');
    expect(analyzeTone(text).warn).toBe(false);
  });

  it('never rewrites the greeting', () => {
    const draft = 'Rachel, honestly, this is a joke.';
    const around = sentenceAround(draft, draft.indexOf('joke'), draft.indexOf('joke') + 4, 'Rachel,'.length + 1);
    expect(draft.slice(around.start, around.end)).toBe('honestly, this is a joke.');
  });

  it('finds the deadline a sentence names', () => {
    expect(deadlineIn('Please sign it by 14 March, thanks')).toBe('by 14 March');
    expect(deadlineIn('We need it before next Tuesday.')).toBe('before next Tuesday');
    expect(deadlineIn('We need it soon.')).toBeUndefined();
  });

  it.each(REWRITE_CATEGORIES)('the %s rewrite reads calm or firm, with and without a deadline', (category) => {
    const own: Record<string, string[]> = {
      shouting: ['Please SIGN THE FORM TODAY!!', 'We NEED THE PO BY FRIDAY!!!'],
      emoticon: ['Fine... :)', 'Sure, we can look at it again ;)'],
    };
    for (const sentence of own[category] ?? [
      'This is unacceptable and you know it.',
      'Sign it by Friday or else.',
      'Per my last email, pay it.',
      'Third reminder about the signed order form.',
    ]) {
      const { text } = rewriteFor(sentence, { start: 0, end: sentence.length, category });
      expect(text).toMatch(/^\p{Lu}/u);
      expect(text).toMatch(/[.?!]$/);
      expect({ text, level: analyzeTone(text).level }).toMatchObject({ level: expect.stringMatching(/^(calm|firm)$/) });
    }
  });
});
