import type { VariantView } from '../../../utils/messaging';
import { insertIntoEditor } from '../../../utils/page/draft-editing';
import { streamLlmSuggestion } from '../../messaging/llm-stream';
import type { MailPageFeature } from '../page';

/** Suggested wording for the thread's situations: insert a variant into the reply, copy it, or ask the user's LLM for more. */
export const replySuggestions: MailPageFeature = {
  name: 'reply-suggestions',
  init(page, signal) {
    const insert = (variant: VariantView) => {
      const box = page.firstCompose();
      if (!box) return page.log('insert: no open compose box');
      if (!insertIntoEditor(box.editor, variant.text)) page.log('insert: the editor refused the text');
    };
    const copy = (variant: VariantView) => {
      void navigator.clipboard.writeText(variant.text).catch(() => page.log('copy: the clipboard is not available here'));
    };
    const askLlm = (situation: string, onDelta: (textSoFar: string) => void) => {
      const box = page.firstCompose();
      const draft = box ? page.adapter.readDraft(box) : '';
      return streamLlmSuggestion({ situation, ...(draft.trim() ? { draft } : {}) }, onDelta);
    };
    // The view offers the LLM only where the thread view says the user switched it on.
    page.addSidebarSection({ name: 'reply-suggestions', props: { onInsert: insert, onCopy: copy, onAskLlm: askLlm } }, signal);
  },
};
