import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mailViews } from '../components/content/views';
import { publishMailViews } from '../components/content/views/handoff';

/**
 * React and the mail page's views, loaded by the content script with
 * `import()` the first time it shows one (components/content/page.ts): they
 * are most of the in-page code and many mail tabs never need them.
 */
export default defineUnlistedScript(() => publishMailViews(mailViews));
