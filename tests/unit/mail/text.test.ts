import { afterAll, describe, expect, it } from 'vitest';
import { readSplitText, visibleText } from '../../../utils/mail/text';
import { createPageParser } from './pages';

const parser = createPageParser();
afterAll(() => parser.close());

function body(html: string): HTMLElement {
  return parser.parse(`<!DOCTYPE html><html><body>${html}</body></html>`).body;
}

describe('visibleText reads like innerText', () => {
  it.each([
    ['block elements start new lines', '<div>Hi Maria,</div><div>Thanks</div>', 'Hi Maria,\nThanks'],
    ['inline elements do not', '<span>Hi </span><b>Maria</b><i>,</i>', 'Hi Maria,'],
    ['<br> breaks a line', 'one<br>two', 'one\ntwo'],
    ['a <br> closing a block adds no extra line', '<div>one<br></div><div>two</div>', 'one\ntwo'],
    ["Gmail's <div><br></div> is one blank line", '<div>Hi,</div><div><br></div><div>Thanks</div>', 'Hi,\n\nThanks'],
    ['several empty paragraphs still make one blank line', '<div>Hi,</div><div><br></div><div><br></div><div><br></div><div>Thanks</div>', 'Hi,\n\nThanks'],
    ['<p> is a paragraph', '<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['spaces and newlines in source collapse', '<div>  a \n\n   b  </div>', 'a b'],
    ['<pre> keeps its lines', '<pre>a\n  b</pre>', 'a\n  b'],
    ['table rows are lines and cells are spaced', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
    ['NBSP and narrow NBSP become spaces', '10:24\u202fAM&nbsp;today', '10:24 AM today'],
    ['zero-width and direction controls vanish', 'Ma\u200Bria \u202EGonzalez\u202C\u2066!\u2069', 'Maria Gonzalez!'],
  ])('%s', (_, html, expected) => {
    expect(visibleText(body(html))).toBe(expected);
  });

  it.each([
    ['<script>', '<div>a<script>steal()</script>b</div>', 'ab'],
    ['<style>, even inside a body', '<div>a<style type="text/css" style="display:none">P {margin:0}</style>b</div>', 'ab'],
    ['display:none', '<div>a</div><div style="color:red; display: none">secret</div>', 'a'],
    ['visibility:hidden', '<div>a</div><div style="visibility:hidden">secret</div>', 'a'],
    ['the hidden attribute', '<div>a</div><div hidden>secret</div>', 'a'],
    ['aria-hidden="true"', '<div>a</div><div aria-hidden="true">secret</div>', 'a'],
    ['buttons and form controls', '<div>a<button>…</button><input value="x"></div>', 'a'],
  ])('skips %s', (_, html, expected) => {
    expect(visibleText(body(html))).toBe(expected);
  });

  it.each([
    ['display:block', '<div style="display:block">shown</div>'],
    ['aria-hidden="false"', '<div aria-hidden="false">shown</div>'],
    ['a class that merely contains "hidden"', '<div class="hidden-on-print">shown</div>'],
  ])('keeps an element with %s', (_, html) => {
    expect(visibleText(body(html))).toBe('shown');
  });

  it('reads 5,000 levels of nesting without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}`;
    expect(visibleText(body(deep))).toBe('deep text');
  });
});

describe('readSplitText splits at boundary elements', () => {
  it('puts text from the signature start on into the signature and from the quote start on into quoted', () => {
    const root = body('<div>Hi</div><div id="sig">Sam</div><div id="q">From: Tom</div><div>old text</div>');
    const split = readSplitText(root, {
      signatureStart: root.querySelector('#sig'),
      quoteStart: root.querySelector('#q'),
    });
    expect(split).toEqual({ text: 'Hi', signature: 'Sam', quoted: 'From: Tom\nold text' });
  });

  it('enters a hidden wrapper that holds the quote start, keeping the history and dropping what precedes it', () => {
    const root = body('<div>Hi</div><div aria-hidden="true"><span>toggle</span><div id="q">From: Tom</div><div>old</div></div>');
    const split = readSplitText(root, { quoteStart: root.querySelector('#q') });
    expect(split).toEqual({ text: 'Hi', signature: '', quoted: 'From: Tom\nold' });
  });

  it('still skips a hidden element that holds no quote', () => {
    const root = body('<div>Hi</div><div style="display:none">menu</div><div id="q">old</div>');
    expect(readSplitText(root, { quoteStart: root.querySelector('#q') }).text).toBe('Hi');
  });

  it('ignores a signature marker that sits inside the quoted history', () => {
    const root = body('<div>Hi</div><div id="q">old<div id="sig">Tom</div></div>');
    const split = readSplitText(root, { quoteStart: root.querySelector('#q'), signatureStart: root.querySelector('#sig') });
    expect(split).toEqual({ text: 'Hi', signature: '', quoted: 'old\nTom' });
  });

  it('quotes only the subtree of an island and returns to own text after it', () => {
    const root = body('<div>Top</div><blockquote id="b">quoted</blockquote><div>Bottom reply</div>');
    const split = readSplitText(root, { quoteIslands: new Set([root.querySelector('#b')!]) });
    expect(split).toEqual({ text: 'Top\nBottom reply', signature: '', quoted: 'quoted' });
  });
});
