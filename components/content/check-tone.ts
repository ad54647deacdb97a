import type { ToneContextView, ThreadView } from '../../utils/messaging';
import { analyzeTone, stripQuotedHistory } from '../../utils/tone';
import { decodeModel, fromBase64, type ToneModel } from '../../utils/tone/model/format';
import type { ToneView } from '../common/tone-view';

let model: ToneModel | undefined;

/**
 * Loads the tone model from the background (once per page): the weights stay
 * out of the content bundle. Until it arrives, or if it never does, drafts
 * are not judged and the sidebar says so; nothing is held.
 */
export async function loadToneModel(fetchModel: () => Promise<{ ok: true; model: string } | { ok: false; error: string }>): Promise<void> {
  const answer = await fetchModel();
  if (!answer.ok) throw new Error(`tone model: ${answer.error}`);
  model = decodeModel(fromBase64(answer.model));
}

const NOT_LOADED: ToneView & { warn: boolean } = { score: 0, level: 'calm', findings: [], warn: false, reasons: ['The tone model has not loaded yet.'] };

/** The tone engine, run locally in the content script on the draft (quoted history excluded). */
export function checkTone(draft: string, context: ToneContextView, settings: ThreadView['tone']): ToneView & { warn: boolean } {
  if (!model) return NOT_LOADED;
  return analyzeTone(stripQuotedHistory(draft), context, { sensitivity: settings.sensitivity, model });
}
