import type { ThreadView } from '../../utils/messaging';
import { onlyTrusted } from '../../utils/page/trusted-event';

/**
 * "Is this you?" on first sight of the signed-in account; a note when the page
 * does not show one. Until answered, the account counts as the user's own.
 */
export function AccountPrompt({ account, onAnswer, onOpenOptions }: { account: ThreadView['account']; onAnswer(own: boolean): void; onOpenOptions(): void }) {
  if (account === null) {
    return (
      <div className="bk-card" role="note" data-testid="account-unknown">
        <p className="bk-small">
          Bridgekeeper cannot see which account is signed in here. Add your own addresses in the options, so your replies are not read as the client's.
        </p>
        <button type="button" onClick={onlyTrusted(() => onOpenOptions())}>
          Open options
        </button>
      </div>
    );
  }
  if (account.status !== 'unconfirmed') return null;
  return (
    <div className="bk-card" role="group" aria-label="Your account" data-testid="account-prompt" data-email={account.email}>
      <p className="bk-small">
        Is this you? <strong>{account.name || account.email}</strong>
        {account.name ? <span className="bk-muted"> ({account.email})</span> : null}
        <br />
        <span className="bk-muted">Your own addresses tell your replies from the client's.</span>
      </p>
      <button type="button" className="bk-primary" data-testid="account-yes" onClick={onlyTrusted(() => onAnswer(true))}>
        Yes, it's me
      </button>{' '}
      <button type="button" data-testid="account-no" onClick={onlyTrusted(() => onAnswer(false))}>
        No
      </button>
    </div>
  );
}
