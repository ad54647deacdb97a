import { formatIsoDate } from '../../../utils/dates';
import { resolveAnchor } from '../../../utils/deadlines';
import { findDateMentions } from '../../../utils/deadlines/mentions';
import { ANCHORS, type AnchorName } from './pairs';

/** Each date mention of one sentence as `rule "words" due`, or the reason it gives no date instead of `due`. */
export function mentions(text: string, anchor: AnchorName): string[] {
  const { sentAt, timeZone } = ANCHORS[anchor];
  const resolved = resolveAnchor({ sentAt, timeZone });
  if (!resolved.ok) throw new Error(resolved.error);
  return findDateMentions(text, { wall: resolved.value.wall, timeZone }).map(
    (mention) => `${mention.rule} "${text.slice(mention.start, mention.end)}" ${mention.due ? formatIsoDate(mention.due) : mention.blocked}`,
  );
}
