import { useState, type FormEvent } from 'react';
import { COMMITMENT_KIND_LABELS, COMMITMENT_KINDS, COMMITMENT_STATUSES, CommitmentSchema, SCHEMA_VERSION, type Commitment } from '../../utils/model';
import { Field } from '../common/Field';
import { FormFooter } from './FormFooter';
import { newId, useValidatedForm } from './form-state';

interface CommitmentFormProps {
  clientId: string;
  commitment?: Commitment;
  onSave(commitment: Commitment): Promise<string | null>;
  onCancel(): void;
}

export function CommitmentForm({ clientId, commitment, onSave, onCancel }: CommitmentFormProps) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useValidatedForm(
    {
      kind: commitment?.kind ?? 'agreement',
      title: commitment?.title ?? '',
      dueAt: commitment?.dueAt ?? '',
      sentAt: commitment?.sentAt ?? '',
      status: commitment?.status ?? 'open',
    },
    CommitmentSchema,
    (v) => {
      const now = new Date().toISOString();
      return {
        schemaVersion: SCHEMA_VERSION,
        id: commitment?.id ?? newId('commitment'),
        clientId,
        kind: v.kind,
        title: v.title,
        dueAt: v.dueAt,
        sentAt: v.sentAt || undefined,
        status: v.status,
        notified: commitment?.notified ?? [],
        source: commitment?.source,
        createdAt: commitment?.createdAt ?? now,
        updatedAt: now,
        ...(commitment?.sample ? { sample: true } : {}),
      };
    },
  );
  const { values, set, errors } = form;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const valid = form.validate();
    if (valid) setSaveError(await onSave(valid));
  }

  return (
    <form className="editor" onSubmit={submit} noValidate aria-label={commitment ? `Edit ${commitment.title}` : 'New commitment'}>
      <h4>{commitment ? `Edit ${commitment.title}` : 'New commitment'}</h4>
      <div className="row">
        <Field label="Kind" error={errors.kind}>
          {(p) => (
            <select {...p} name="kind" value={values.kind} onChange={(e) => set('kind', e.target.value as Commitment['kind'])}>
              {COMMITMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {COMMITMENT_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Title" error={errors.title}>
          {(p) => <input {...p} name="commitmentTitle" value={values.title} onChange={(e) => set('title', e.target.value)} />}
        </Field>
      </div>
      <div className="row">
        <Field label="Due" error={errors.dueAt}>
          {(p) => <input {...p} name="dueAt" type="date" value={values.dueAt} onChange={(e) => set('dueAt', e.target.value)} />}
        </Field>
        <Field label="Sent (e.g. for signature)" error={errors.sentAt}>
          {(p) => <input {...p} name="sentAt" type="date" value={values.sentAt} onChange={(e) => set('sentAt', e.target.value)} />}
        </Field>
        <Field label="Status" error={errors.status}>
          {(p) => (
            <select {...p} name="status" value={values.status} onChange={(e) => set('status', e.target.value as Commitment['status'])}>
              {COMMITMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormFooter saveError={saveError} saveLabel="Save commitment" onCancel={onCancel} />
    </form>
  );
}
