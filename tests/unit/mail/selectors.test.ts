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

describe('every selector has fallbacks written the same way', () => {
  it.each(Object.entries({ ...prefixed('gmail', gmailSelectors), ...prefixed('outlook', outlookSelectors) }))(
    '%s says what it finds and lists at least one alternative',
    (_, spec) => {
      expect(spec.what.length).toBeGreaterThan(10);
      expect(spec.css.length).toBeGreaterThan(0);
    },
  );
});

function prefixed(provider: string, specs: Record<string, SelectorSpec>): Record<string, SelectorSpec> {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [`${provider}.${name}`, spec]));
}
