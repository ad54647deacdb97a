import { z } from 'zod';

/** Every response is a value: success with a payload, or a sentence for the user. */
export const failureSchema = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof failureSchema>;

export function success<T extends z.ZodRawShape>(shape: T) {
  return z.object({ ok: z.literal(true), ...shape });
}

export function fail(error: string): Failure {
  return { ok: false, error };
}
