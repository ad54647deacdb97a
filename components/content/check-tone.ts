import type { ToneContextView, ThreadView } from '../../utils/messaging';
import { analyzeTone, stripQuotedHistory } from '../../utils/tone';
import type { ToneView } from '../common/tone-view';

/** The tone engine, run locally in the content script on the draft (quoted history excluded). */
export function checkTone(draft: string, context: ToneContextView, settings: ThreadView['tone']): ToneView & { warn: boolean } {
  return analyzeTone(stripQuotedHistory(draft), context, { sensitivity: settings.sensitivity });
}
