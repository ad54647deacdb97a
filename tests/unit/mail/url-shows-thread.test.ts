import { describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../../utils/mail';

describe('urlShowsThread', () => {
  it.each([
    [gmailAdapter, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBZcVtqWmJxKdNpLrTgHsWvXc', true],
    [gmailAdapter, 'https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQfBZcVtqWmJxKdNpLrTgHsWvXc', true],
    [gmailAdapter, 'https://mail.google.com/mail/u/0/#inbox', false],
    [gmailAdapter, 'https://mail.google.com/mail/u/0/#inbox?compose=new', false],
    [gmailAdapter, 'https://mail.google.com/mail/u/0/#search/acme', false],
    [outlookAdapter, 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmFlLTI1ZDItMDACLTAwCgAQAF%3D', true],
    [outlookAdapter, 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATY3ZmYAZS0', true],
    [outlookAdapter, 'https://outlook.office.com/mail/inbox', false],
    [outlookAdapter, 'https://outlook.office.com/mail/deeplink/compose', false],
  ])('%s: %s → %s', (adapter, url, expected) => {
    expect(adapter.urlShowsThread(url)).toBe(expected);
  });
});
