import { afterAll, describe, expect, it } from 'vitest';
import { splitMessageBody, splitQuotedText, splitSignatureText } from '../../../utils/mail/quoted';
import { createPageParser } from './pages';

const parser = createPageParser();
afterAll(() => parser.close());

function body(html: string): HTMLElement {
  return parser.parse(`<!DOCTYPE html><html><body><div id="body">${html}</div></body></html>`).getElementById('body')!;
}

describe('splitQuotedText finds where quoted history starts in plain text', () => {
  it.each([
    ['a Gmail attribution', 'Thanks!\n\nOn Thu, Apr 2, 2026 at 8:31 AM Maria <m@acme.example> wrote:\n> old', 'Thanks!'],
    ['an attribution wrapped over two lines', 'Thanks!\nOn Thu, Apr 2, 2026 at 8:31 AM Maria Gonzalez <\nm@acme.example> wrote:\n> old', 'Thanks!'],
    ['a German attribution', 'Danke!\nAm 02.04.2026 um 08:31 schrieb Maria <m@acme.example>:\n> alt', 'Danke!'],
    ['an Original Message separator', 'OK.\n-----Original Message-----\nFrom: Tom', 'OK.'],
    ['a From/Sent header block', 'OK.\n________________________________\nFrom: Tom Becker\nSent: Friday, October 16, 2026 9:12 AM\nTo: Rachel', 'OK.'],
    ['a German Von/Gesendet block', 'OK.\nVon: Tom Becker\nGesendet: Freitag, 16. Oktober 2026 09:12', 'OK.'],
    ['a final block of "> " lines', 'Sounds good.\n\n> Can we meet Friday?\n>\n> Tom', 'Sounds good.'],
  ])('splits at %s', (_, input, text) => {
    const split = splitQuotedText(input);
    expect(split.text).toBe(text);
    expect(split.quoted).not.toBe('');
  });

  it.each([
    ['"wrote:" in the middle of a sentence', 'On Monday I wrote: here is the plan.\nBest'],
    ['a dashed heading that is not a separator', 'Notes\n----- agenda -----\n1. Budget'],
    ['"From:" with no Sent/Date line after it', 'From: the board\nWe agreed to renew.\nThanks'],
    ['a quoted line followed by own text (inline reply)', '> Can we meet Friday?\nYes, 10am works.'],
  ])('leaves %s alone', (_, input) => {
    expect(splitQuotedText(input)).toEqual({ text: input, quoted: '' });
  });
});

describe('splitSignatureText', () => {
  it('splits at a "-- " line near the end', () => {
    expect(splitSignatureText('Thanks,\nSam\n-- \nSam Carter\n+1 617 555 0142')).toEqual({
      text: 'Thanks,\nSam',
      signature: '--\nSam Carter\n+1 617 555 0142',
    });
  });

  it.each([
    ['a "---" rule', 'Agenda\n---\nItem one'],
    ['a "--" followed by a long text', `Intro\n--\n${Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n')}`],
    ['a "--" at the very end', 'Thanks\n--'],
  ])('does not split at %s', (_, input) => {
    expect(splitSignatureText(input)).toEqual({ text: input, signature: '' });
  });
});

describe('splitMessageBody uses what mail clients mark', () => {
  it('quotes a Gmail .gmail_quote container with its attribution', () => {
    const split = splitMessageBody(
      body(
        '<div dir="ltr">New words</div><div class="gmail_quote"><div class="gmail_attr">On Thu, Maria wrote:</div><blockquote class="gmail_quote">Old words</blockquote></div>',
      ),
    );
    expect(split).toEqual({ text: 'New words', signature: '', quoted: 'On Thu, Maria wrote:\nOld words' });
  });

  it('recognises prefixed classes and ids in re-quoted history', () => {
    const split = splitMessageBody(body('<div>New</div><div class="m_123x_gmail_quote_container">Old</div>'));
    expect(split.text).toBe('New');
    expect(split.quoted).toBe('Old');
  });

  it('keeps a bottom-posted reply below a quote block as own text', () => {
    const split = splitMessageBody(body('<blockquote>Can we meet Friday?</blockquote><div>Yes, 10am works.</div>'));
    expect(split).toEqual({ text: 'Yes, 10am works.', signature: '', quoted: 'Can we meet Friday?' });
  });

  it("quotes everything after Outlook's #appendonsend, including siblings", () => {
    const split = splitMessageBody(body('<div>New</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Tom</div><div>Old body</div>'));
    expect(split).toEqual({ text: 'New', signature: '', quoted: 'From: Tom\nOld body' });
  });

  it('keeps Outlook history that sits in a hidden "show message history" wrapper', () => {
    const split = splitMessageBody(
      body('<div>New</div><div aria-hidden="true"><div id="x_appendonsend"></div><div id="x_divRplyFwdMsg">From: Tom</div><div>Old</div></div>'),
    );
    expect(split.text).toBe('New');
    expect(split.quoted).toBe('From: Tom\nOld');
  });

  it.each([
    [
      'Gmail',
      '<div>Thanks</div><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature" data-smartmail="gmail_signature">Sam Carter</div>',
      '--\nSam Carter',
    ],
    ['Outlook', '<div>Thanks</div><div id="Signature">Alex Morgan</div>', 'Alex Morgan'],
    ['Outlook, re-quoted with a prefix', '<div>Thanks</div><div id="x_Signature">Rachel Kim</div>', 'Rachel Kim'],
  ])('splits off a %s signature', (_, html, signature) => {
    const split = splitMessageBody(body(html));
    expect(split.text).toBe('Thanks');
    expect(split.signature).toBe(signature);
  });

  it("does not take the signature of a quoted message for the author's", () => {
    const split = splitMessageBody(body('<div>Thanks</div><div class="gmail_quote">Old<div class="gmail_signature">Tom</div></div>'));
    expect(split).toEqual({ text: 'Thanks', signature: '', quoted: 'Old\nTom' });
  });

  it('falls back to text patterns when the markup carries no markers', () => {
    const split = splitMessageBody(body('<div>Thanks</div><div>On Thu, Apr 2, 2026 at 8:31 AM Maria wrote:</div><div>&gt; old</div>'));
    expect(split.text).toBe('Thanks');
    expect(split.quoted).toBe('On Thu, Apr 2, 2026 at 8:31 AM Maria wrote:\n> old');
  });
});
