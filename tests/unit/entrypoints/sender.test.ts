import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { senderInfo } from '../../../entrypoints/background/sender';

/** The rights a message gets: who may send what is decided here, before the protocol reads a byte. */
describe('senderInfo', () => {
  const own = fakeBrowser.runtime.id;
  const page = (path: string) => fakeBrowser.runtime.getURL(path);

  it('gives the extension’s own pages page rights, with their tab when they have one', () => {
    expect(senderInfo({ id: own, url: page('/options.html') })).toEqual({ kind: 'page' });
    expect(senderInfo({ id: own, url: page('/popup.html?tab=7'), tab: { id: 7 } as never })).toEqual({ kind: 'page', tabId: 7 });
  });

  it('gives a content script in a mail tab content rights for that tab', () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgz';
    expect(senderInfo({ id: own, url, tab: { id: 3 } as never })).toEqual({ kind: 'content', tabId: 3, url });
    expect(senderInfo({ id: own, tab: { id: 3 } as never })).toEqual({ kind: 'content', tabId: 3 });
  });

  it('answers no other extension, even one that names our pages', () => {
    expect(senderInfo({ id: 'another-extension', url: page('/options.html') })).toBeNull();
    expect(senderInfo({ url: page('/options.html') })).toBeNull();
  });

  it('never gives page rights to a mail page whose address merely contains ours', () => {
    const url = `https://mail.google.com/mail/u/0/#${page('/options.html')}`;
    expect(senderInfo({ id: own, url, tab: { id: 4 } as never })).toEqual({ kind: 'content', tabId: 4, url });
    expect(senderInfo({ id: own, url: `chrome-extension://${own}.attacker.example/options.html`, tab: { id: 4 } as never })).toMatchObject({ kind: 'content' });
  });

  it('answers nothing from outside a tab that is not one of our pages', () => {
    expect(senderInfo({ id: own, url: 'https://mail.google.com/' })).toBeNull();
    expect(senderInfo({ id: own })).toBeNull();
  });
});
