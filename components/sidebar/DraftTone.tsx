import { plural } from '../../utils/health';
import { LEVEL_LABEL, type ToneView } from '../common/tone-view';

/** The live level of the draft being written, short enough to sit above a narrow compose box (the pre-send panel says which phrases). */
export function DraftTone({ tone }: { tone: ToneView }) {
  return (
    <section className="bk-draft-tone" aria-live="polite" data-testid="draft-tone" data-level={tone.level}>
      <span className="bk-muted">Draft: </span>
      <span className={`bk-level bk-level--${tone.level}`}>{LEVEL_LABEL[tone.level]}</span>{' '}
      <span className="bk-muted">
        {Math.round(tone.score)}/100{tone.findings.length ? ` · ${plural(tone.findings.length, 'phrase')}` : ''}
      </span>
    </section>
  );
}
