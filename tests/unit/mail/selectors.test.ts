import { afterAll, describe, expect, it } from 'vitest';
import type { SelectorSpec } from '../../../utils/mail/dom-query';
import { gmailSelectors } from '../../../utils/mail/gmail/selectors';
import { outlookSelectors } from '../../../utils/mail/outlook/selectors';
import { createPageParser, PAGE_FIXTURES } from './pages';

/**
 * refined-github style: each selector alternative finds the number of elements
 * written beside it in the selectors module, on each saved page. When Gmail or
 * Outlook change their markup, exactly the lines of the selectors that broke fail.
 */

const parser = createPageParser();
afterAll(() => parser.close());

const modules: Record<string, Record<string, SelectorSpec>> = { gmail: gmailSelectors, outlook: outlookSelectors };

const rows = PAGE_FIXTURES.flatMap((fixture) => {
  const doc = parser.parse(fixture.html);
  return Object.entries(modules[fixture.provider]!).flatMap(([name, spec]) =>
    spec.css.map((css) => ({
      line: `${fixture.provider}.${name} ${css} on ${fixture.name}`,
      doc,
      css,
      count: spec.found[css]?.[fixture.name],
    })),
  );
});

describe('selectors find what they found on the saved pages', () => {
  it.each(rows.map((row) => [row.line, row.count, row] as const))('%s finds %s', (_, count, { doc, css }) => {
    expect(count, 'every alternative states a count for every page of its provider').toBeTypeOf('number');
    expect(doc.querySelectorAll(css).length).toBe(count);
  });
});

/**
 * Selectors no saved page shows, each with the test that builds the markup it
 * finds. Any other selector must find something on a saved page, or nothing
 * proves it still matches what Gmail or Outlook render.
 */
const BUILT_BY_TESTS: Record<string, string> = {
  'gmail.foldedCount': 'tests/unit/mail/checks.test.ts adds the "N older messages" bar to the Gmail page',
};

describe('every selector is proven on a page', () => {
  it.each(Object.entries({ ...prefixed('gmail', gmailSelectors), ...prefixed('outlook', outlookSelectors) }))(
    '%s finds something on a saved page, or a test builds its markup',
    (name, spec) => {
      const onSavedPage = spec.css.some((css) => Object.values(spec.found[css] ?? {}).some((count) => count > 0));
      if (BUILT_BY_TESTS[name]) expect(onSavedPage, `${name} is on a saved page now: drop it from BUILT_BY_TESTS`).toBe(false);
      else expect(onSavedPage, `no alternative of ${name} finds anything on the saved pages`).toBe(true);
    },
  );
});

function prefixed(provider: string, specs: Record<string, SelectorSpec>): Record<string, SelectorSpec> {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [`${provider}.${name}`, spec]));
}
