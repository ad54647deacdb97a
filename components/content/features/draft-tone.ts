import type { MailPageFeature } from '../page';

const DEBOUNCE_MS = 250;

/** The live level of the draft, next to the compose box: read on input (debounced) and whenever the thread was re-described. */
export const draftTone: MailPageFeature = {
  name: 'draft-tone',
  async init(page, signal) {
    const refresh = () => {
      try {
        const box = page.firstCompose();
        const draft = box ? page.adapter.readDraft(box) : '';
        page.store.set({ draftTone: draft.trim() ? page.checkDraft(draft) : null });
      } catch (error) {
        page.log(`tone: ${String(error)}`);
      }
    };

    // The tone settings and context come with the thread's view: check again when it changes.
    let view = page.thread().view;
    const unsubscribe = page.store.subscribe(() => {
      const next = page.thread().view;
      if (next === view) return;
      view = next;
      if (next) refresh();
    });
    signal.addEventListener('abort', unsubscribe, { once: true });

    // Input events only, from the page's own editors (the compose body alone is read).
    let timer: ReturnType<typeof setTimeout> | undefined;
    page.win.addEventListener(
      'input',
      (event) => {
        const target = event.target as Node | null;
        if (!target || page.isOwnNode(target)) return;
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(refresh, DEBOUNCE_MS);
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

    // The badge (and React) load with the first draft worth a level; it follows the store from then on.
    const ui = await page.mountUi('bridgekeeper-draft-tone', signal);
    const showOnce = () => {
      if (page.store.get().draftTone === null) return;
      stopWaiting();
      void ui.show('draft-tone', { page }).catch((error: unknown) => page.log(`draft tone: ${String(error)}`));
    };
    const stopWaiting = page.store.subscribe(showOnce);
    signal.addEventListener('abort', stopWaiting, { once: true });
    showOnce();
  },
};
