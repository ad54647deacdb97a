import { browser } from 'wxt/browser';
import { LLM_STREAM_PORT, LlmStreamEventSchema, type LlmStreamStart } from '../../utils/messaging';
import type { LlmAnswer, LlmRequestHandle } from '../sidebar/SituationList';

const CANCELLED = 'Cancelled: showing local suggestions.';

/** Asks the background for LLM variants over a port: deltas as they stream, then the validated answer. */
export function streamLlmSuggestion(start: Omit<LlmStreamStart, 'type'>, onDelta: (textSoFar: string) => void): LlmRequestHandle {
  const port = browser.runtime.connect({ name: LLM_STREAM_PORT });
  let settle: (answer: LlmAnswer) => void = () => undefined;
  let settled = false;
  const answer = new Promise<LlmAnswer>((resolve) => {
    settle = (value) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
  });
  port.onMessage.addListener((message: unknown) => {
    const event = LlmStreamEventSchema.safeParse(message);
    if (!event.success) return;
    if (event.data.type === 'delta') onDelta(event.data.text);
    else
      settle(
        event.data.answer.ok ? { variants: event.data.answer.variants, notice: event.data.answer.notice } : { variants: [], notice: event.data.answer.error },
      );
  });
  port.onDisconnect.addListener(() => settle({ variants: [], notice: CANCELLED }));
  port.postMessage({ type: 'llm/stream', ...start });
  return {
    answer,
    cancel() {
      port.disconnect();
      settle({ variants: [], notice: CANCELLED });
    },
  };
}
