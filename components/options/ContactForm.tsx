import { useState, type FormEvent } from 'react';
import { CONTACT_ROLE_LABELS, CONTACT_ROLES, ContactSchema, SCHEMA_VERSION, type Contact } from '../../utils/model';
import { Field } from '../common/Field';
import { FormFooter } from './FormFooter';
import { errorFor, newId, splitList, useValidatedForm } from './form-state';

interface ContactFormProps {
  clientId: string;
  contact?: Contact;
  onSave(contact: Contact): Promise<string | null>;
  onCancel(): void;
}

export function ContactForm({ clientId, contact, onSave, onCancel }: ContactFormProps) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useValidatedForm(
    {
      name: contact?.name ?? '',
      emails: contact?.emails.join(', ') ?? '',
      role: contact?.role ?? 'champion',
      newInRole: contact?.newInRole ?? false,
      title: contact?.title ?? '',
      notes: contact?.notes ?? '',
    },
    ContactSchema,
    (v) => {
      const now = new Date().toISOString();
      return {
        schemaVersion: SCHEMA_VERSION,
        id: contact?.id ?? newId('contact'),
        clientId,
        name: v.name,
        emails: splitList(v.emails),
        role: v.role,
        newInRole: v.newInRole,
        title: v.title,
        notes: v.notes,
        createdAt: contact?.createdAt ?? now,
        updatedAt: now,
        ...(contact?.sample ? { sample: true } : {}),
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
    <form className="editor" onSubmit={submit} noValidate aria-label={contact ? `Edit ${contact.name}` : 'New contact'}>
      <h4>{contact ? `Edit ${contact.name}` : 'New contact'}</h4>
      <div className="row">
        <Field label="Contact name" error={errors.name}>
          {(p) => <input {...p} name="contactName" value={values.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field label="Email addresses" error={errorFor(errors, 'emails')}>
          {(p) => <input {...p} name="emails" value={values.emails} onChange={(e) => set('emails', e.target.value)} />}
        </Field>
      </div>
      <div className="row">
        <Field label="Role" error={errors.role}>
          {(p) => (
            <select {...p} name="role" value={values.role} onChange={(e) => set('role', e.target.value as Contact['role'])}>
              {CONTACT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {CONTACT_ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Title" error={errors.title}>
          {(p) => <input {...p} name="title" value={values.title} onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" name="newInRole" checked={values.newInRole} onChange={(e) => set('newInRole', e.target.checked)} /> New in role
        </label>
      </div>
      <Field label="Notes" error={errors.notes}>
        {(p) => <textarea {...p} name="contactNotes" rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <FormFooter saveError={saveError} saveLabel="Save contact" onCancel={onCancel} />
    </form>
  );
}
