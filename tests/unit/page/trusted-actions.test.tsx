// @vitest-environment happy-dom
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ToneView } from '../../../components/common/tone-view';
import { PreSendPanel } from '../../../components/guard/PreSendPanel';
import { DeadlineSuggestions } from '../../../components/sidebar/DeadlineSuggestions';
import { SituationList } from '../../../components/sidebar/SituationList';
import { DeadlineSuggestionSchema, SituationViewSchema } from '../../../utils/messaging';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const suggestion = DeadlineSuggestionSchema.parse({
  id: 's1',
  kind: 'agreement',
  due: '2026-06-30',
  quote: 'get the signed agreement back to us by 30 June',
  title: 'Signed agreement',
  messageId: 'm1',
  tracked: false,
});
const situation = SituationViewSchema.parse({
  id: 'de-escalate',
  title: 'De-escalate',
  why: 'Their last reply runs hot.',
  variants: [{ variant: 'warm', text: 'Thank you, Helen.', segments: [{ text: 'Thank you, Helen.' }], gaps: [] }],
});
const tone: ToneView = {
  score: 80,
  level: 'hostile',
  reasons: ['Blame.'],
  findings: [{ start: 0, end: 7, category: 'blame', severity: 'high', message: 'Blame', rewrite: { start: 0, end: 20, text: 'Could we look at it?' } }],
};

/** Every in-page action that writes or sends, with the button that triggers it. */
const ACTIONS: Array<{ action: string; button: string; render(handler: () => void): ReactElement }> = [
  {
    action: 'track a deadline',
    button: 'deadline-confirm',
    render: (handler) => <DeadlineSuggestions suggestions={[suggestion]} onConfirm={handler} onDismiss={() => undefined} />,
  },
  {
    action: 'dismiss a deadline',
    button: 'deadline-dismiss',
    render: (handler) => <DeadlineSuggestions suggestions={[suggestion]} onConfirm={() => undefined} onDismiss={handler} />,
  },
  {
    action: 'insert a suggestion',
    button: 'variant-insert',
    render: (handler) => <SituationList situations={[situation]} onInsert={handler} onCopy={() => undefined} />,
  },
  {
    action: 'ask the LLM',
    button: 'ask-llm',
    render: (handler) => (
      <SituationList
        situations={[situation]}
        onCopy={() => undefined}
        onAskLlm={() => {
          handler();
          return { answer: new Promise(() => undefined), cancel: () => undefined };
        }}
      />
    ),
  },
  {
    action: 'send anyway',
    button: 'presend-send-anyway',
    render: (handler) => (
      <PreSendPanel draft="Frankly, this is useless." tone={tone} onApply={() => undefined} onEdit={() => undefined} onSendAnyway={handler} />
    ),
  },
  {
    action: 'apply a rewrite',
    button: 'presend-apply',
    render: (handler) => (
      <PreSendPanel draft="Frankly, this is useless." tone={tone} onApply={handler} onEdit={() => undefined} onSendAnyway={() => undefined} />
    ),
  },
];

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

function mount(element: ReactElement): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(element));
  return container;
}

/** What the browser makes of the user's own click (happy-dom has no trusted events, so it is marked by hand). */
function userClick(target: HTMLElement) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  act(() => void target.dispatchEvent(event));
}

describe('in-page actions that write or send answer the user only', () => {
  for (const { action, button, render } of ACTIONS) {
    it(`${action}: a script's .click() or dispatched click does nothing; the user's click does it once`, () => {
      const handler = vi.fn();
      const container = mount(render(handler));
      const target = container.querySelector<HTMLElement>(`[data-testid="${button}"]`)!;
      expect(target).not.toBeNull();
      act(() => target.click());
      act(() => void target.dispatchEvent(new MouseEvent('click', { bubbles: true })));
      expect(handler).not.toHaveBeenCalled();
      userClick(target);
      expect(handler).toHaveBeenCalledTimes(1);
    });
  }
});
