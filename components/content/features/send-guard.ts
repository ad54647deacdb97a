import type { ComposeBox } from '../../../utils/mail/adapter';
import { occurrenceBefore, replacePhrase } from '../../../utils/page/draft-editing';
import { guardSends } from '../../../utils/page/send-guard';
import type { ToneFindingView } from '../../common/tone-view';
import type { MailPage, MailPageFeature } from '../page';

/** Holds a send whose draft is likely to escalate and shows the pre-send panel; a calm draft goes at once. */
export const sendGuard: MailPageFeature = {
  name: 'send-guard',
  init(page, signal) {
    guardSends({
      win: page.win,
      adapter: page.adapter,
      signal,
      shouldHold(draft) {
        const settings = page.toneSettings();
        const tone = page.checkDraft(draft);
        page.store.set({ draftTone: draft.trim() ? tone : null });
        if (tone.warn) page.log(`send ${settings.holdOnRisk ? 'held' : 'warned'}: ${tone.level} (${Math.round(tone.score)})`);
        // "Never hold, only show": the warning stays in the sidebar, the send goes.
        return tone.warn && settings.holdOnRisk;
      },
      onHold(box, draft, send) {
        void showPanel(page, signal, box, draft, send).catch((error: unknown) => page.log(`pre-send panel: ${String(error)}`));
      },
    });
  },
};

async function showPanel(page: MailPage, signal: AbortSignal, box: ComposeBox, draft: string, send: () => void) {
  const panel = await page.mountUi('bridgekeeper-presend', signal);
  const close = () => {
    panel.remove();
    box.editor.focus();
  };
  let current = draft;
  const render = () => {
    void panel
      .show('pre-send', {
        draft: current,
        tone: page.checkDraft(current),
        onEdit: close,
        onSendAnyway() {
          close();
          send();
        },
        onApply(finding: ToneFindingView) {
          // The rewrite replaces the whole sentence that carries the phrase, never a splice inside it.
          const rewrite = finding.rewrite;
          const sentence = rewrite ? current.slice(rewrite.start, rewrite.end) : '';
          const replaced = rewrite !== undefined && replacePhrase(box.editor, sentence, rewrite.text, occurrenceBefore(current, sentence, rewrite.start));
          if (!replaced) page.log(`apply: “${sentence}” is no longer in the draft`);
          current = page.adapter.readDraft(box);
          const next = page.checkDraft(current);
          page.store.set({ draftTone: next });
          if (!next.warn) close();
          else render();
        },
      })
      .catch((error: unknown) => page.log(`pre-send panel: ${String(error)}`));
  };
  render();
}
