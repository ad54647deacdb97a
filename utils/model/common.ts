import { z } from 'zod';
import { readAddress } from './address';

/** Version written into every stored object; bump with a migration in utils/store. */
export const SCHEMA_VERSION = 1 as const;

export const IdSchema = z.string().trim().min(1, 'must not be empty').max(128);

/** A calendar day, as the user means it: no time, no zone. */
export const IsoDateSchema = z.iso.date({ message: 'must be a date like 2026-06-30' });

export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'must be a date-time with offset, like 2026-06-30T09:00:00Z',
});

/** An address in the one grammar of `address.ts`, kept lower-case with its domain as an A-label. */
export const EmailSchema = z.string().transform((value, ctx) => {
  const read = readAddress(value);
  if (read.ok) return read.address;
  // The domain's reasons name a look-alike; the rest is plainly not an address.
  const why = read.reason.startsWith('the domain') ? ` (${read.reason})` : '';
  ctx.addIssue({ code: 'custom', message: `must be an email address like maria@acme.com${why}` });
  return z.NEVER;
});

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * A mail domain, lower-case and in its ASCII (punycode) form, so that a
 * look-alike Unicode domain is stored and shown as `xn--…` and never equals
 * the real one.
 */
export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value, ctx) => {
    const bare = value.replace(/^@/, '').replace(/\.$/, '');
    let ascii: string;
    try {
      ascii = new URL(`http://${bare}`).hostname;
    } catch {
      ascii = '';
    }
    if (!HOSTNAME.test(ascii) || ascii !== ascii.toLowerCase()) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a domain like acme.com` });
      return z.NEVER;
    }
    return ascii;
  });

export const MoneySchema = z.object({
  amount: z.number({ message: 'must be a number' }).nonnegative('must not be negative').finite(),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code like EUR'),
});
export type Money = z.infer<typeof MoneySchema>;

export const TimestampsShape = {
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
};

/** Marks demo data so it can be removed in one click. */
export const SampleFlagShape = { sample: z.boolean().optional() };

export const SchemaVersionShape = { schemaVersion: z.literal(SCHEMA_VERSION, { message: `must be schema version ${SCHEMA_VERSION}` }) };
