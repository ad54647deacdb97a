import { describe, expect, it } from 'vitest';
import { demoThreads } from '../../../scripts/inspect/demo-threads';
import { renderSuggestions, SITUATION_IDS, type SuggestStateInput } from '../../../utils/suggest';
import { analyzeTone } from '../../../utils/tone';
import { acmeState, agreement, globexState, hold, onThread } from './states';

/** States that fill the templates in different ways: full, demo, and nearly empty (placeholders). */
const STATES: Array<{ label: string; state: SuggestStateInput }> = [
  ...(await demoThreads()).map(({ state }) => ({ label: `demo ${state.client.name}`, state })),
  {
    label: 'a heated thread with an overdue agreement and a hold ahead',
    state: acmeState({
      participants: [onThread.maria, onThread.helen, onThread.sam],
      commitments: [agreement(), hold({ id: 'hold-next', dueAt: '2026-05-29', status: 'open' }), hold()],
      lastInbound: { heat: 82, level: 'hostile', fromName: 'Helen Whitaker' },
    }),
  },
  { label: 'a champion thread with a new CFO', state: globexState() },
  { label: 'a client with nothing known', state: acmeState({ contacts: [], participants: [], ownName: undefined }) },
];

const CASES = SITUATION_IDS.flatMap((situation) =>
  STATES.flatMap(({ label, state }) =>
    renderSuggestions(state, situation).map((variant) => ({ name: `${situation} ${variant.variant} for ${label}`, variant })),
  ),
);

describe('every local suggestion reads as calm or firm to the tone engine', () => {
  it.each(CASES)('$name', ({ variant }) => {
    for (const text of [variant.text, variant.subject ?? '']) {
      const tone = analyzeTone(text);
      expect({ level: tone.level, score: tone.score, reasons: tone.reasons, text }).toMatchObject({ level: expect.stringMatching(/^(calm|firm)$/) });
    }
  });
});
