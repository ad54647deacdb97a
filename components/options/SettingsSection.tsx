import { useState, type FormEvent } from 'react';
import { SettingsSchema, type Settings } from '../../utils/model';
import { SENSITIVITIES } from '../../utils/tone/schema';
import { Field } from '../common/Field';
import { errorFor, splitList, useValidatedForm } from './form-state';

interface SettingsSectionProps {
  settings: Settings;
  onSave(settings: Settings): Promise<string | null>;
}

export function SettingsSection({ settings, onSave }: SettingsSectionProps) {
  const [status, setStatus] = useState<string | null>(null);
  const form = useValidatedForm(
    {
      ownAddresses: settings.ownAddresses.join(', '),
      toneSensitivity: settings.toneSensitivity,
      holdOnRisk: settings.holdOnRisk,
      silenceKey: String(settings.silenceDays.key),
      silenceStandard: String(settings.silenceDays.standard),
      agreementUnsignedDays: String(settings.agreementUnsignedDays),
      debugLog: settings.debugLog,
    },
    SettingsSchema,
    (v) => ({
      ...settings,
      ownAddresses: splitList(v.ownAddresses),
      toneSensitivity: v.toneSensitivity,
      holdOnRisk: v.holdOnRisk,
      silenceDays: { key: Number(v.silenceKey), standard: Number(v.silenceStandard) },
      agreementUnsignedDays: Number(v.agreementUnsignedDays),
      debugLog: v.debugLog,
    }),
  );
  const { values, set, errors } = form;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const valid = form.validate();
    if (!valid) return;
    const error = await onSave(valid);
    setStatus(error ?? 'Settings saved.');
  }

  return (
    <form className="editor" onSubmit={submit} noValidate aria-label="Settings">
      <h2>Settings</h2>
      <Field
        label="Your own addresses"
        error={errorFor(errors, 'ownAddresses')}
        hint="Comma-separated. Mail from these addresses is yours: it is never matched to a client, and your replies are not read as the client's (no heat, no silence counted against them). The account signed in to Gmail or Outlook is added when you answer “Is this you?” in the sidebar."
      >
        {(p) => <input {...p} name="ownAddresses" value={values.ownAddresses} onChange={(e) => set('ownAddresses', e.target.value)} />}
      </Field>
      <div className="row">
        <Field label="Tone sensitivity" error={errors.toneSensitivity}>
          {(p) => (
            <select
              {...p}
              name="toneSensitivity"
              value={values.toneSensitivity}
              onChange={(e) => set('toneSensitivity', e.target.value as Settings['toneSensitivity'])}
            >
              {SENSITIVITIES.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" name="holdOnRisk" checked={!values.holdOnRisk} onChange={(e) => set('holdOnRisk', !e.target.checked)} /> Never hold a send,
          only show the warning
        </label>
      </div>
      <div className="row">
        <Field label="Silence (business days), key clients" error={errorFor(errors, 'silenceDays.key')}>
          {(p) => <input {...p} name="silenceKey" inputMode="numeric" value={values.silenceKey} onChange={(e) => set('silenceKey', e.target.value)} />}
        </Field>
        <Field label="Silence (business days), standard" error={errorFor(errors, 'silenceDays.standard')}>
          {(p) => (
            <input {...p} name="silenceStandard" inputMode="numeric" value={values.silenceStandard} onChange={(e) => set('silenceStandard', e.target.value)} />
          )}
        </Field>
        <Field label="Agreement unsigned after (days)" error={errors.agreementUnsignedDays}>
          {(p) => (
            <input
              {...p}
              name="agreementUnsignedDays"
              inputMode="numeric"
              value={values.agreementUnsignedDays}
              onChange={(e) => set('agreementUnsignedDays', e.target.value)}
            />
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" name="debugLog" checked={values.debugLog} onChange={(e) => set('debugLog', e.target.checked)} /> Show the debug log in the
        sidebar (what was read from the page and what the background answered; for bug reports)
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          Save settings
        </button>
        {status ? <span role="status">{status}</span> : null}
      </div>
    </form>
  );
}
