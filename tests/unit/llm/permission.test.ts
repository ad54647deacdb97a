import { describe, expect, it } from 'vitest';
import { llmOriginPattern, llmSettingChanges } from '../../../utils/llm';
import { defaultSettings } from '../../../utils/model';

describe('llmOriginPattern: the host permission an endpoint needs', () => {
  it.each([
    ['https://api.openai.com/v1', 'https://api.openai.com/*'],
    ['http://127.0.0.1:11434/v1', 'http://127.0.0.1:11434/*'],
    ['https://LLM.Example.com:443/v1/', 'https://llm.example.com/*'],
    ['https://user:pw@llm.example.com/v1', 'https://llm.example.com/*'],
  ])('%s → %s', (baseUrl, pattern) => expect(llmOriginPattern(baseUrl)).toBe(pattern));

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'not a url', ''])('refuses %j', (baseUrl) => expect(llmOriginPattern(baseUrl)).toBeNull());
});

describe('llmSettingChanges: what a restore would change', () => {
  const now = { ...defaultSettings().llm, enabled: true, clientIds: ['b', 'a'] };

  it('lists nothing when only the order of client ids differs', () => {
    expect(llmSettingChanges(now, { ...now, clientIds: ['a', 'b'] })).toEqual([]);
  });

  it('lists the endpoint, the switches and each redaction that differ, with client names', () => {
    const backup = { ...now, baseUrl: 'https://llm.example/v1', allClients: false, clientIds: ['a'], redact: { emails: false, phones: true, amounts: false } };
    const names = new Map([
      ['a', 'Acme'],
      ['b', 'Beta'],
    ]);
    expect(llmSettingChanges(now, backup, (id) => names.get(id) ?? id)).toEqual([
      { setting: 'Endpoint (where requests and your API key go)', now: 'https://api.openai.com/v1', backup: 'https://llm.example/v1' },
      { setting: 'Which clients', now: 'Acme, Beta', backup: 'Acme' },
      { setting: 'Mask email addresses', now: 'on', backup: 'off' },
    ]);
  });
});
