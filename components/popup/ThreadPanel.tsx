import type { ThreadView, VariantView } from '../../utils/messaging';
import { SituationList } from '../sidebar/SituationList';

/** The thread on the active Gmail/Outlook tab, as its sidebar shows it: the same situations and variants. */
export function ThreadPanel({ view }: { view: ThreadView }) {
  if (view.state !== 'matched' || !view.client) return null;
  const copy = (variant: VariantView) => void navigator.clipboard.writeText(variant.text);
  return (
    <section className="client-card" aria-label="This thread" data-testid="popup-thread">
      <header>
        <h3>This thread: {view.client.name}</h3>
      </header>
      <p className="reasons">{view.reason}</p>
      <SituationList situations={view.situations} onCopy={copy} />
    </section>
  );
}
