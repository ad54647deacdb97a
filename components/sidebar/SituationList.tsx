import { useState } from 'react';
import type { SituationView, VariantView } from '../../utils/messaging';

interface SituationListProps {
  situations: SituationView[];
  onInsert(variant: VariantView): void;
  onCopy(variant: VariantView): void;
}

/** Suggested wording: the situation, why it was chosen, and its variants with unfilled gaps highlighted. */
export function SituationList({ situations, onInsert, onCopy }: SituationListProps) {
  const [open, setOpen] = useState<string | null>(situations[0]?.id ?? null);
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
          {open === situation.id
            ? situation.variants.map((variant) => (
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
                  <button type="button" onClick={() => onInsert(variant)} data-testid="variant-insert">
                    Insert
                  </button>{' '}
                  <button type="button" onClick={() => onCopy(variant)}>
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
