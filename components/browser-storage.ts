import { storage } from 'wxt/utils/storage';

/**
 * The client a clicked alert was about, for the popup to open on once. In
 * storage.session: trusted contexts only, gone when the browser closes.
 */
export const focusClientItem = storage.defineItem<string>('session:focusClientId');

/**
 * The client the popup should open on, read once. The stored value is checked
 * by hand, not with the model's IdSchema: the popup's first screen loads
 * without zod (see entrypoints/popup/main.tsx).
 */
export async function takeFocusClient(): Promise<string | undefined> {
  const stored: unknown = await focusClientItem.getValue();
  if (typeof stored !== 'string' || !stored.trim() || stored.length > 128) return undefined;
  await focusClientItem.removeValue();
  return stored;
}
