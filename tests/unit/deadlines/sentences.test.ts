import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/deadlines/sentences';

const texts = (body: string) => splitSentences(body).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it.each([
    { rule: 'splits at a full stop before a capital', body: 'We met. Please sign by Friday.', sentences: ['We met.', 'Please sign by Friday.'] },
    {
      rule: 'keeps abbreviations inside the sentence',
      body: 'Sent on Sept. 24, i.e. Thursday. Thanks.',
      sentences: ['Sent on Sept. 24, i.e. Thursday.', 'Thanks.'],
    },
    { rule: 'keeps "w.e.f." before a date', body: 'Service stops w.e.f. 15/10/2026. Regards', sentences: ['Service stops w.e.f. 15/10/2026.', 'Regards'] },
    {
      rule: 'keeps a dotted date followed by a comma',
      body: 'The portal closes on 30.09., so raise the PO.',
      sentences: ['The portal closes on 30.09., so raise the PO.'],
    },
    {
      rule: 'splits bullets and blank lines',
      body: 'Next steps:\n- SOW by Monday\n- kickoff on 8 July\n\nBest,\nMarco',
      sentences: ['Next steps:', 'SOW by Monday', 'kickoff on 8 July', 'Best,', 'Marco'],
    },
    {
      rule: 'joins a hard-wrapped line',
      body: 'The countersigned contract must reach\nus by 15 June at the latest.',
      sentences: ['The countersigned contract must reach\nus by 15 June at the latest.'],
    },
  ])('$rule', ({ body, sentences }) => {
    expect(texts(body)).toEqual(sentences);
  });

  it('gives offsets into the original body', () => {
    const body = '  Hi.  Please pay by Friday. ';
    for (const sentence of splitSentences(body)) expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
