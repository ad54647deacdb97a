import { useState, type FormEvent } from 'react';
import { CLIENT_STATUSES, CLIENT_TIERS, ClientSchema, SCHEMA_VERSION, type Client } from '../../utils/model';
import { currencyForLocale } from '../../utils/money';
import { Field } from '../common/Field';
import { FormFooter } from './FormFooter';
import { errorFor, lines, newId, splitList, useValidatedForm } from './form-state';

interface ClientFormProps {
  client?: Client;
  onSave(client: Client): Promise<string | null>;
  onCancel(): void;
  /** The browser's language: a new client's annual value starts in its currency. */
  locale?: string;
}

function initialValues(client: Client | undefined, locale: string | undefined) {
  return {
    name: client?.name ?? '',
    domains: client?.domains.join(', ') ?? '',
    tier: client?.tier ?? 'standard',
    status: client?.status ?? 'active',
    amount: client?.annualValue ? String(client.annualValue.amount) : '',
    currency: client?.annualValue?.currency ?? currencyForLocale(locale),
    notes: client?.notes ?? '',
    protocols: client?.protocols.join('\n') ?? '',
    outcomes: client?.facts?.outcomes ?? '',
    usage: client?.facts?.usage ?? '',
    switchingCost: client?.facts?.switchingCost ?? '',
  };
}

export function ClientForm({ client, onSave, onCancel, locale = navigator.language }: ClientFormProps) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useValidatedForm(initialValues(client, locale), ClientSchema, (v) => {
    const now = new Date().toISOString();
    const amount = v.amount.trim();
    return {
      schemaVersion: SCHEMA_VERSION,
      id: client?.id ?? newId('client'),
      name: v.name,
      domains: splitList(v.domains),
      tier: v.tier,
      status: v.status,
      annualValue: amount ? { amount: Number(amount.replace(/[\s,']/g, '')), currency: v.currency } : undefined,
      notes: v.notes,
      protocols: lines(v.protocols),
      facts: v.outcomes || v.usage || v.switchingCost ? { outcomes: v.outcomes, usage: v.usage, switchingCost: v.switchingCost } : undefined,
      createdAt: client?.createdAt ?? now,
      updatedAt: now,
      ...(client?.sample ? { sample: true } : {}),
    };
  });
  const { values, set, errors } = form;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const valid = form.validate();
    if (!valid) return;
    setSaveError(await onSave(valid));
  }

  return (
    <form className="editor" onSubmit={submit} noValidate aria-label={client ? `Edit ${client.name}` : 'New client'}>
      <h3>{client ? `Edit ${client.name}` : 'New client'}</h3>
      <Field label="Name" error={errors.name}>
        {(p) => <input {...p} name="name" value={values.name} onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <Field label="Mail domains" error={errorFor(errors, 'domains')} hint="Comma-separated, e.g. acme.com, eu.acme.com">
        {(p) => <input {...p} name="domains" value={values.domains} onChange={(e) => set('domains', e.target.value)} />}
      </Field>
      <div className="row">
        <Field label="Tier" error={errors.tier}>
          {(p) => (
            <select {...p} name="tier" value={values.tier} onChange={(e) => set('tier', e.target.value as Client['tier'])}>
              {CLIENT_TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {tier}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Status" error={errors.status}>
          {(p) => (
            <select {...p} name="status" value={values.status} onChange={(e) => set('status', e.target.value as Client['status'])}>
              {CLIENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Annual value" error={errorFor(errors, 'annualValue.amount')}>
          {(p) => <input {...p} name="amount" inputMode="decimal" value={values.amount} onChange={(e) => set('amount', e.target.value)} />}
        </Field>
        <Field label="Currency" error={errorFor(errors, 'annualValue.currency')}>
          {(p) => <input {...p} name="currency" size={4} value={values.currency} onChange={(e) => set('currency', e.target.value)} />}
        </Field>
      </div>
      <Field
        label="Agreed protocols"
        error={errorFor(errors, 'protocols')}
        hint="One rule per line, e.g. critical deadlines: tell Maria and her team lead two weeks ahead"
      >
        {(p) => <textarea {...p} name="protocols" rows={3} value={values.protocols} onChange={(e) => set('protocols', e.target.value)} />}
      </Field>
      <fieldset>
        <legend>Business case facts (for a champion's case; never guessed)</legend>
        <Field label="Outcomes" error={errorFor(errors, 'facts.outcomes')}>
          {(p) => <input {...p} name="outcomes" value={values.outcomes} onChange={(e) => set('outcomes', e.target.value)} />}
        </Field>
        <Field label="Usage" error={errorFor(errors, 'facts.usage')}>
          {(p) => <input {...p} name="usage" value={values.usage} onChange={(e) => set('usage', e.target.value)} />}
        </Field>
        <Field label="Cost of switching" error={errorFor(errors, 'facts.switchingCost')}>
          {(p) => <input {...p} name="switchingCost" value={values.switchingCost} onChange={(e) => set('switchingCost', e.target.value)} />}
        </Field>
      </fieldset>
      <Field label="Notes" error={errors.notes}>
        {(p) => <textarea {...p} name="notes" rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <FormFooter saveError={saveError} saveLabel="Save client" onCancel={onCancel} />
    </form>
  );
}
