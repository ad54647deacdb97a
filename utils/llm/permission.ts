import type { LlmSettings } from '../model/settings';

/**
 * The host permission an endpoint needs: its origin, any path, the same
 * pattern the options page asks the user for (`permissions.request`). The
 * background checks the user granted it (`permissions.contains`) before any
 * request, so settings that arrive by another road (a restored backup, a
 * stored record edited outside the options page) never send anything to an
 * origin the user did not approve in the browser's own prompt.
 */
export function llmOriginPattern(baseUrl: string): string | null {
  try {
    const url = new URL(baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.origin}/*` : null;
  } catch {
    return null;
  }
}

export interface LlmSettingChange {
  /** What changes, in the words of the LLM tab. */
  setting: string;
  now: string;
  backup: string;
}

const onOff = (value: boolean) => (value ? 'on' : 'off');

/**
 * What restoring `backup` would change in the LLM settings, one line per
 * setting, for the user to confirm before anything leaves the machine under
 * new rules. Empty when the two agree on everything that matters.
 */
export function llmSettingChanges(now: LlmSettings, backup: LlmSettings, clientName: (id: string) => string = (id) => id): LlmSettingChange[] {
  const which = (llm: LlmSettings) =>
    llm.allClients ? 'all clients' : llm.clientIds.length ? [...llm.clientIds].sort().map(clientName).join(', ') : 'no client';
  const rows: LlmSettingChange[] = [
    { setting: 'Endpoint (where requests and your API key go)', now: now.baseUrl, backup: backup.baseUrl },
    { setting: 'Send suggestion requests to the LLM', now: onOff(now.enabled), backup: onOff(backup.enabled) },
    { setting: 'Which clients', now: which(now), backup: which(backup) },
    { setting: 'Mask email addresses', now: onOff(now.redact.emails), backup: onOff(backup.redact.emails) },
    { setting: 'Mask phone numbers', now: onOff(now.redact.phones), backup: onOff(backup.redact.phones) },
    { setting: 'Mask money amounts', now: onOff(now.redact.amounts), backup: onOff(backup.redact.amounts) },
    { setting: 'Model', now: now.model, backup: backup.model },
    { setting: 'Timeout', now: `${now.timeoutMs / 1000} s`, backup: `${backup.timeoutMs / 1000} s` },
  ];
  return rows.filter((row) => row.now !== row.backup);
}
