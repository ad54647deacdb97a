import { useEffect, useState, useSyncExternalStore } from 'react';
import { DraftTone } from '../../sidebar/DraftTone';
import type { MailPage, MailPageFeature } from '../page';

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

    const ui = await page.mountUi('bridgekeeper-draft-tone', signal);
    ui.render(<DraftToneBadge page={page} />);
  },
};

/** How often the badge follows the compose box while a draft is shown (the mail app moves it on scroll, resize and reply). */
const FOLLOW_MS = 250;
const BADGE_HEIGHT = 24;

/** The draft's level where the user is looking: just above the compose box's editor, at its right edge. */
function DraftToneBadge({ page }: { page: MailPage }) {
  const tone = useSyncExternalStore(page.store.subscribe, () => page.store.get().draftTone);
  const place = useComposePlace(page, tone !== null);
  if (!tone || !place) return null;
  return (
    <div className="bk-draft-badge" style={{ top: place.top, right: place.right }}>
      <DraftTone tone={tone} />
    </div>
  );
}

function useComposePlace(page: MailPage, active: boolean): { top: number; right: number } | null {
  const [place, setPlace] = useState<{ top: number; right: number } | null>(null);
  useEffect(() => {
    if (!active) return;
    const follow = () => {
      const editor = page.firstCompose()?.editor;
      const box = editor?.getBoundingClientRect();
      const onScreen = box && box.width > 0 && box.bottom > BADGE_HEIGHT && box.top < page.win.innerHeight;
      const next = onScreen ? { top: Math.max(0, Math.round(box.top - BADGE_HEIGHT - 2)), right: Math.round(page.win.innerWidth - box.right) } : null;
      setPlace((current) => (current?.top === next?.top && current?.right === next?.right ? current : next));
    };
    follow();
    const timer = setInterval(follow, FOLLOW_MS);
    return () => clearInterval(timer);
  }, [page, active]);
  return place;
}
