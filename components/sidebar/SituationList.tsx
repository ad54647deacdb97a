import { useState } from 'react';
import type { SituationView, VariantView } from '../../utils/messaging';
import { onlyTrusted } from '../../utils/page/trusted-event';

export interface LlmAnswer {
  variants: VariantView[];
  notice?: string | undefined;
}

/** A running LLM request: its answer, and a way to stop it. */
export interface LlmRequestHandle {
  answer: Promise<LlmAnswer>;
  cancel(): void;
}

type Asked = LlmAnswer | { busy: true; streamed: string; cancel(): void };
const isBusy = (asked: Asked | undefined): asked is Extract<Asked, { busy: true }> => Boolean(asked && 'busy' in asked);

interface SituationListProps {
  situations: SituationView[];
  /** Absent where there is no compose box to insert into (the popup). */
  onInsert?: ((variant: VariantView) => void) | undefined;
  onCopy(variant: VariantView): void;
  /** Present when the user switched an LLM on for this client. */
  onAskLlm?: ((situationId: string, onDelta: (textSoFar: string) => void) => LlmRequestHandle) | undefined;
}

/**
 * Suggested wording: the situation, why it was chosen, and its variants with
 * unfilled gaps highlighted. Insert, Copy and the LLM request answer the
 * user's own click only.
 */
export function SituationList({ situations, onInsert, onCopy, onAskLlm }: SituationListProps) {
  const [open, setOpen] = useState<string | null>(situations[0]?.id ?? null);
  const [asked, setAsked] = useState<Record<string, Asked>>({});
  const ask = (id: string) => {
    if (!onAskLlm) return;
    const handle = onAskLlm(id, (streamed) => setAsked((current) => (isBusy(current[id]) ? { ...current, [id]: { ...current[id], streamed } } : current)));
    setAsked((current) => ({ ...current, [id]: { busy: true, streamed: '', cancel: handle.cancel } }));
    void handle.answer.then((answer) => setAsked((current) => ({ ...current, [id]: answer })));
  };
  if (!situations.length) return null;
  return (
    <section aria-label="Suggestions" data-testid="suggestions">
      <h3>Suggestions</h3>
      {situations.map((situation) => (
        <div key={situation.id} className="bk-card" data-testid="situation" data-situation={situation.id}>
          <button type="button" aria-expanded={open === situation.id} onClick={() => setOpen(open === situation.id ? null : situation.id)}>
            {situation.title}
          </button>
          <p className="bk-muted bk-small">{situation.why}</p>
          {open === situation.id && onAskLlm ? (
            isBusy(asked[situation.id]) ? (
              <div data-testid="llm-streaming">
                <button type="button" onClick={() => (asked[situation.id] as Extract<Asked, { busy: true }>).cancel()} data-testid="llm-cancel">
                  Cancel
                </button>
                <pre className="bk-variant-text bk-small" aria-live="polite">
                  {(asked[situation.id] as Extract<Asked, { busy: true }>).streamed || 'Asking your LLM…'}
                </pre>
              </div>
            ) : (
              <button type="button" onClick={onlyTrusted(() => ask(situation.id))} data-testid="ask-llm">
                Rewrite with my LLM
              </button>
            )
          ) : null}
          {(() => {
            const answer = asked[situation.id];
            return answer && !isBusy(answer) && answer.notice ? (
              <p className="bk-small bk-muted" role="status" data-testid="llm-notice">
                {answer.notice}
              </p>
            ) : null;
          })()}
          {open === situation.id
            ? variantsOf(situation, asked[situation.id]).map((variant) => (
                <figure key={variant.variant} className="bk-variant" data-testid="variant" data-variant={variant.variant}>
                  <figcaption>{variant.variant}</figcaption>
                  <p className="bk-variant-text">
                    {variant.segments.map((segment, i) =>
                      segment.placeholder ? (
                        <mark key={i} className="bk-gap" title="Fill this in: Bridgekeeper does not know it">
                          {segment.text}
                        </mark>
                      ) : (
                        <span key={i}>{segment.text}</span>
                      ),
                    )}
                  </p>
                  {onInsert ? (
                    <>
                      <button type="button" onClick={onlyTrusted(() => onInsert(variant))} data-testid="variant-insert">
                        Insert
                      </button>{' '}
                    </>
                  ) : null}
                  <button type="button" onClick={onlyTrusted(() => onCopy(variant))}>
                    Copy
                  </button>
                </figure>
              ))
            : null}
        </div>
      ))}
    </section>
  );
}

function variantsOf(situation: SituationView, answer: Asked | undefined): VariantView[] {
  return answer && !isBusy(answer) && answer.variants.length ? answer.variants : situation.variants;
}
