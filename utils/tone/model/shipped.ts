import { decodeModel, fromBase64, type ToneModel } from './format';
import { provideToneModel } from './score';
import { TONE_MODEL_BASE64 } from './weights.generated';

let shipped: ToneModel | undefined;

/** The model that ships with the extension, decoded once on first use. */
export function shippedModel(): ToneModel {
  shipped ??= decodeModel(fromBase64(TONE_MODEL_BASE64));
  return shipped;
}

/** The shipped weights as the background sends them to a content script. */
export const SHIPPED_MODEL_BASE64 = TONE_MODEL_BASE64;

// Importing this module makes the shipped model the engine's default.
provideToneModel(shippedModel);
