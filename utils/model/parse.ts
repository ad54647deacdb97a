import type { z } from 'zod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Parse with a message a person can act on, naming the field:
 * `domains.1: "acme" is not a domain like acme.com`.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what = 'value'): Parsed<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: `Invalid ${what}: ${describeIssues(result.error.issues)}` };
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Field path → first message, for inline form errors. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
