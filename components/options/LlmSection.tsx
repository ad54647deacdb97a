import { useState, type FormEvent } from 'react';
import { LlmSettingsSchema, type Client, type LlmSettings } from '../../utils/model';
import type { LlmPreview } from '../../utils/service/llm-preview';
import { Field } from '../common/Field';
import { useValidatedForm } from './form-state';

interface LlmSectionProps {
  llm: LlmSettings;
  hasApiKey: boolean;
  clients: Client[];
  /** Exactly what would be sent for one of the user's clients (the sample data when there are none) with these settings. */
  preview(llm: LlmSettings): LlmPreview | null;
  onSave(llm: LlmSettings, apiKey: string | null | undefined): Promise<string | null>;
}

export function LlmSection({ llm, hasApiKey, clients, preview, onSave }: LlmSectionProps) {
  const [apiKey, setApiKey] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const form = useValidatedForm({ ...llm }, LlmSettingsSchema, (v) => v);
  const { values, set, errors } = form;
  const parsedForPreview = LlmSettingsSchema.safeParse(values);
  const shown = parsedForPreview.success ? preview(parsedForPreview.data) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const valid = form.validate();
    if (!valid) return;
    const error = await onSave(valid, apiKey ? apiKey : undefined);
    setApiKey('');
    setStatus(error ?? 'LLM settings saved.');
  }

  return (
    <form className="editor" onSubmit={submit} noValidate aria-label="LLM settings">
      <h2>Optional LLM</h2>
      <p className="muted">
        Suggestions work offline with local templates. With your own key, an OpenAI-compatible endpoint can rewrite them with context. Nothing is sent unless
        you switch it on, and only the redacted text shown below.
      </p>
      <label className="checkbox">
        <input type="checkbox" name="llmEnabled" checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} /> Send suggestion requests to the
        LLM
      </label>
      <div className="row">
        <Field label="Base URL" error={errors.baseUrl}>
          {(p) => <input {...p} name="baseUrl" value={values.baseUrl} onChange={(e) => set('baseUrl', e.target.value)} />}
        </Field>
        <Field label="Model" error={errors.model}>
          {(p) => <input {...p} name="model" value={values.model} onChange={(e) => set('model', e.target.value)} />}
        </Field>
      </div>
      <Field
        label="API key"
        hint={hasApiKey ? 'A key is stored. Type a new one to replace it.' : 'Stored only in this browser, used only by the background worker.'}
      >
        {(p) => <input {...p} name="apiKey" type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />}
      </Field>
      {hasApiKey ? (
        <button type="button" className="danger" onClick={() => void onSave(values, null).then((error) => setStatus(error ?? 'API key removed.'))}>
          Remove stored key
        </button>
      ) : null}
      <fieldset>
        <legend>Redaction before sending</legend>
        {(['emails', 'phones', 'amounts'] as const).map((kind) => (
          <label className="checkbox" key={kind}>
            <input
              type="checkbox"
              name={`redact-${kind}`}
              checked={values.redact[kind]}
              onChange={(e) => set('redact', { ...values.redact, [kind]: e.target.checked })}
            />{' '}
            Mask {kind === 'amounts' ? 'money amounts' : kind === 'phones' ? 'phone numbers' : 'email addresses'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Which clients</legend>
        <label className="checkbox">
          <input type="checkbox" name="allClients" checked={values.allClients} onChange={(e) => set('allClients', e.target.checked)} /> All clients
        </label>
        {!values.allClients &&
          clients.map((client) => (
            <label className="checkbox" key={client.id}>
              <input
                type="checkbox"
                checked={values.clientIds.includes(client.id)}
                onChange={(e) => set('clientIds', e.target.checked ? [...values.clientIds, client.id] : values.clientIds.filter((id) => id !== client.id))}
              />{' '}
              {client.name}
            </label>
          ))}
      </fieldset>
      <details>
        <summary data-testid="llm-preview-for">
          {shown ? `What will be sent for ${shown.client}${shown.sample ? ' (sample data: you have no clients yet)' : ''}` : 'What will be sent'}
        </summary>
        <pre className="preview" data-testid="llm-preview">
          {!parsedForPreview.success ? 'Fix the settings above to see the preview.' : shown ? shown.body : 'Add a client to see what would be sent.'}
        </pre>
      </details>
      <div className="actions">
        <button type="submit" className="primary">
          Save LLM settings
        </button>
        {status ? <span role="status">{status}</span> : null}
      </div>
    </form>
  );
}
