import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../utils/mail';

describe('adapterForUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBZcVtqWmJxKdNpLrTgHsWvXc', 'gmail'],
    ['https://mail.google.com/mail/u/1/?ogbl#sent', 'gmail'],
    ['https://outlook.office.com/mail/inbox/id/AAQkAGU5%3D', 'outlook'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/inbox', 'outlook'],
    ['https://OUTLOOK.LIVE.COM/mail/0/', 'outlook'],
  ])('%s is %s', (url, provider) => {
    expect(adapterForUrl(url)?.provider).toBe(provider);
  });

  it.each([
    ['another Google app', 'https://calendar.google.com/calendar/r'],
    ['a look-alike host', 'https://mail.google.com.evil.example/mail/u/0/'],
    ['a look-alike Outlook host', 'https://outlook.office.com.evil.example/mail/'],
    ['the host only in the path', 'https://evil.example/mail.google.com/'],
    ["Outlook's marketing site", 'https://www.outlook.com/'],
    ['not a URL', 'mail.google.com'],
  ])('%s has no adapter', (_, url) => {
    expect(adapterForUrl(url)).toBeNull();
  });
});
