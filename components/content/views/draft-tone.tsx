import { useEffect, useState, useSyncExternalStore } from 'react';
import { DraftTone } from '../../sidebar/DraftTone';
import type { MailPage } from '../page';

/** How often the badge follows the compose box while a draft is shown (the mail app moves it on scroll, resize and reply). */
const FOLLOW_MS = 250;
const BADGE_HEIGHT = 24;

/**
 * The draft's level where the user is looking: just above the compose box's
 * editor, at its right edge (features/draft-tone). Nothing of the compose is
 * free there (Gmail's Cc field, Outlook's Cc well end right on the editor's
 * top), so while the badge shows, the editor gives it a band of its own: a top
 * margin on the page's editor element, taken back when the badge goes.
 */
export function DraftToneBadge({ page }: { page: MailPage }) {
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
    let banded: { editor: HTMLElement; before: string; priority: string } | null = null;
    const band = (editor: HTMLElement | undefined) => {
      if (editor === banded?.editor) return;
      if (banded) banded.editor.style.setProperty('margin-top', banded.before, banded.priority);
      // The mail app re-renders its compose: the band goes to whichever editor is there now.
      banded = editor ? { editor, before: editor.style.getPropertyValue('margin-top'), priority: editor.style.getPropertyPriority('margin-top') } : null;
      editor?.style.setProperty('margin-top', `${BADGE_HEIGHT + 4}px`, 'important');
    };
    const follow = () => {
      const editor = page.firstCompose()?.editor;
      band(editor);
      const box = editor?.getBoundingClientRect();
      const onScreen = box && box.width > 0 && box.bottom > BADGE_HEIGHT && box.top < page.win.innerHeight;
      const next = onScreen ? { top: Math.max(0, Math.round(box.top - BADGE_HEIGHT - 2)), right: Math.round(page.win.innerWidth - box.right) } : null;
      setPlace((current) => (current?.top === next?.top && current?.right === next?.right ? current : next));
    };
    follow();
    const timer = setInterval(follow, FOLLOW_MS);
    return () => {
      clearInterval(timer);
      band(undefined);
    };
  }, [page, active]);
  return place;
}
