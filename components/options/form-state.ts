import { useState } from 'react';
import type { z } from 'zod';
import { fieldErrors } from '../../utils/model';

export type FormErrors = Record<string, string>;

/**
 * Form values as the user typed them, a builder that turns them into a
 * candidate record, and the schema that judges it: field-level messages come
 * from the same zod schema the store uses, so nothing invalid is ever sent.
 */
export function useValidatedForm<V extends Record<string, unknown>, S extends z.ZodType>(initial: V, schema: S, build: (values: V) => unknown) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value }));
  const validate = (): z.infer<S> | null => {
    const parsed = schema.safeParse(build(values));
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(fieldErrors(parsed.error.issues));
    return null;
  };
  return { values, set, setValues, errors, setErrors, validate };
}

export function splitList(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** First message among fields whose path starts with `prefix` (e.g. `domains` covers `domains.1`). */
export function errorFor(errors: FormErrors, prefix: string): string | undefined {
  if (errors[prefix]) return errors[prefix];
  const key = Object.keys(errors).find((k) => k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
