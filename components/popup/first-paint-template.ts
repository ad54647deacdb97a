/**
 * The id of the <template> in the built popup.html that holds the popup's
 * module tags until the first screen is on screen: written by the build
 * (scripts/build/first-paint-page.ts), emptied into the page by the first
 * script (components/popup/first-load.ts).
 */
export const AFTER_FIRST_PAINT = 'after-first-paint';
