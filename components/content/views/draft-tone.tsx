import { useEffect, useState, useSyncExternalStore } from 'react';
import { DraftTone } from '../../sidebar/DraftTone';
import type { MailPage } from '../page';

/** How often the badge follows the compose box while a draft is shown (the mail app moves it on scroll, resize and reply). */
const FOLLOW_MS = 250;
const BADGE_HEIGHT = 24;

/** The draft's level where the user is looking: just above the compose box's editor, at its right edge (features/draft-tone). */
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
