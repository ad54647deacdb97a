import { runFeatures } from '../../utils/page/features';
import { deadlineSuggestions } from './features/deadline-suggestions';
import { draftTone } from './features/draft-tone';
import { commandPalette } from './features/palette';
import { replySuggestions } from './features/reply-suggestions';
import { sendGuard } from './features/send-guard';
import { sidebar } from './features/sidebar';
import { createMailPage, type MailPageFeature, type MailPageOptions } from './page';

/**
 * Everything Bridgekeeper does on a mail page, one file per feature in
 * `features/`. Adding a feature is one new file there and one line here; the
 * order is the order of their sections in the sidebar.
 */
const FEATURES: readonly MailPageFeature[] = [sidebar, deadlineSuggestions, replySuggestions, draftTone, sendGuard, commandPalette];

/** Starts every feature, then reads the thread; each feature tears down with the content script's context. */
export async function startMailPage(options: MailPageOptions): Promise<void> {
  const { page, watch } = createMailPage(options);
  await runFeatures(FEATURES, page, options.ctx.signal, (name, error) => {
    // Never break the host page: a feature that cannot start is left out.
    console.warn(`Bridgekeeper: ${name} could not start on this page`, error);
    page.log(`${name} could not start: ${String(error)}`);
  });
  watch();
}
