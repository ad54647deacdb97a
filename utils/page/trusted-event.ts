/** Any event, native or React's: `isTrusted` is true only for what the browser made from the user's own input. */
export interface UserEventLike {
  readonly isTrusted: boolean;
}

/**
 * Wraps the handler of an action that writes or sends (track a deadline,
 * insert a suggestion, ask the LLM, send anyway …) so that it runs only for
 * the user's own click or key. A mail page's script can call `.click()` or
 * `dispatchEvent` on anything it can reach; those events are not trusted, and
 * here they do nothing.
 */
export function onlyTrusted<E extends UserEventLike>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
