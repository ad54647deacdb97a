import type { DeadlineSuggestion } from '../../../utils/messaging';
import type { MailPageFeature } from '../page';

/** Dates the thread names, offered in the sidebar: "Track it" makes a commitment, "Dismiss" hides it for good. */
export const deadlineSuggestions: MailPageFeature = {
  name: 'deadline-suggestions',
  init(page, signal) {
    // The background knows which thread and client this tab shows: a suggestion is named by its id alone.
    const confirm = (suggestion: DeadlineSuggestion) => {
      void page
        .request('deadline/confirm', { suggestionId: suggestion.id })
        .then((answer) => (answer.ok ? page.refreshThread(true) : page.log(`confirm failed: ${answer.error}`)));
    };
    const dismiss = (suggestion: DeadlineSuggestion) => {
      void page
        .request('deadline/dismiss', { suggestionId: suggestion.id })
        .then((answer) => (answer.ok ? page.refreshThread(true) : page.log(`dismiss failed: ${answer.error}`)));
    };
    page.addSidebarSection({ name: 'deadline-suggestions', props: { onConfirm: confirm, onDismiss: dismiss } }, signal);
  },
};
