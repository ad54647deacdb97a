import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { onlyTrusted } from '../../utils/page/trusted-event';
import { LEVEL_LABEL, highlightSegments, type ToneFindingView, type ToneView } from '../common/tone-view';

export interface PreSendPanelProps {
  draft: string;
  tone: ToneView;
  /** Replaces the sentence that carries one finding in the compose box; the draft is then checked again. */
  onApply(finding: ToneFindingView): void;
  onEdit(): void;
  onSendAnyway(): void;
}

/**
 * The held send: a modal dialog in our shadow root. Focus is trapped inside,
 * Escape means Edit, and Send anyway sends exactly what was written, once.
 * Send anyway and Apply answer the user's own click only.
 */
export function PreSendPanel({ draft, tone, onApply, onEdit, onSendAnyway }: PreSendPanelProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation(); // keys typed here are ours, not the mail app's shortcuts
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const segments = highlightSegments(draft, tone.findings);
  return (
    <div className="bk-backdrop">
      <div
        ref={dialog}
        className="bk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="bk-presend-title"
        aria-describedby="bk-presend-why"
        data-testid="presend-panel"
        data-level={tone.level}
        onKeyDown={onKeyDown}
      >
        <h2 id="bk-presend-title">
          This reads as <span className={`bk-level bk-level--${tone.level}`}>{LEVEL_LABEL[tone.level]}</span> ({Math.round(tone.score)}/100)
        </h2>
        <p id="bk-presend-why" className="bk-muted">
          Bridgekeeper held this send so you can take a second look. {tone.reasons.join(' ')}
        </p>
        <blockquote className="bk-draft" aria-label="Your draft with the risky phrases marked">
          {segments.map((segment, i) =>
            segment.finding ? (
              <mark key={i} title={segment.finding.message}>
                {segment.text}
              </mark>
            ) : (
              <span key={i}>{segment.text}</span>
            ),
          )}
        </blockquote>
        <ul className="bk-findings" aria-label="Risky phrases">
          {tone.findings.map((finding, i) => (
            <li key={`${finding.start}-${i}`} data-testid="presend-finding">
              <strong>“{draft.slice(finding.start, finding.end)}”</strong> — {finding.category}: {finding.message}
              {finding.rewrite ? (
                <div className="bk-suggestion">
                  Rewrite the sentence as: <em>“{finding.rewrite.text}”</em>{' '}
                  <button type="button" onClick={onlyTrusted(() => onApply(finding))} data-testid="presend-apply">
                    Apply suggestion
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        <div className="bk-actions">
          <button type="button" className="bk-primary" onClick={onEdit} data-autofocus data-testid="presend-edit">
            Edit
          </button>
          <button
            type="button"
            disabled={sent}
            onClick={onlyTrusted(() => {
              setSent(true);
              onSendAnyway();
            })}
            data-testid="presend-send-anyway"
          >
            Send anyway
          </button>
        </div>
      </div>
    </div>
  );
}
