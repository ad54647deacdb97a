/**
 * One address grammar for the whole extension: what the mail adapters accept,
 * what the store keeps and what matching compares.
 *
 * - Local part: RFC 5321 / 6531 — any printable character but the few that
 *   delimit addresses, Unicode included (`josé@`, `ops=finance@`, `billing/ap@`).
 * - Domain: compared in its A-label (punycode) form. A domain that needed any
 *   folding beyond lower-casing and IDNA's own mapping of a well-formed U-label
 *   (fullwidth letters, an ideographic full stop, zero-width or soft-hyphen
 *   characters, a trailing dot, a non-normalised form) is refused with the
 *   reason: such a domain is a look-alike, and must never match a client.
 */

export type AddressReading = { ok: true; address: string; local: string; domain: string } | { ok: false; reason: string };

const MAX_LOCAL = 64;
const MAX_ADDRESS = 320;
const LOCAL = /^[^\s@<>()[\]\\,;:"]+$/u;
// eslint-disable-next-line no-misleading-character-class -- the class lists invisible and combining code points on purpose
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/u;
const FULLWIDTH_OR_STOP = /[\uff00-\uffef\u3002\uff0e\uff61]/u;
const LABEL = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const U_LABEL = /^[\p{L}\p{M}\p{N}-]+$/u;

type DomainReading = { ok: true; domain: string } | { ok: false; reason: string };

/**
 * Readings by the domain as written. Stored mail names the same few thousand
 * domains over and over (100,000 records, each parsed on every read), and
 * mapping one to its A-label goes through a URL parse: each is read once.
 * Bounded, so hostile input cannot grow it without end.
 */
const DOMAIN_READINGS = new Map<string, Readonly<DomainReading>>();
const DOMAIN_READINGS_MAX = 20_000;

/** The domain's A-label form, or why it cannot be trusted. */
export function readDomain(raw: string): Readonly<DomainReading> {
  let reading = DOMAIN_READINGS.get(raw);
  if (reading === undefined) {
    if (DOMAIN_READINGS.size >= DOMAIN_READINGS_MAX) DOMAIN_READINGS.clear();
    reading = Object.freeze(readDomainOnce(raw));
    DOMAIN_READINGS.set(raw, reading);
  }
  return reading;
}

function readDomainOnce(raw: string): DomainReading {
  const lower = raw.trim().toLowerCase();
  if (!lower) return { ok: false, reason: 'has no domain' };
  if (lower.endsWith('.')) return { ok: false, reason: 'the domain ends in a dot, a spelling real mail never uses' };
  if (INVISIBLE.test(lower)) return { ok: false, reason: 'the domain hides invisible characters (zero-width or soft hyphen)' };
  if (FULLWIDTH_OR_STOP.test(lower)) return { ok: false, reason: 'the domain is written in fullwidth characters or with an ideographic full stop' };
  if (lower !== lower.normalize('NFC')) return { ok: false, reason: 'the domain is not in normal form' };
  const labels = lower.split('.');
  if (labels.length < 2 || labels.some((l) => !l)) return { ok: false, reason: 'the domain is not a host name' };
  let ascii: string;
  try {
    ascii = new URL(`http://${lower}`).hostname;
  } catch {
    return { ok: false, reason: 'the domain is not a host name' };
  }
  const out = ascii.split('.');
  if (out.length !== labels.length) return { ok: false, reason: 'the domain changes shape when mapped to ASCII' };
  for (let i = 0; i < labels.length; i += 1) {
    const written = labels[i]!;
    const mapped = out[i]!;
    // An ASCII label must come through untouched; a Unicode one must become an A-label of its own.
    const isAscii = /^\p{ASCII}*$/u.test(written);
    if (isAscii ? mapped !== written : !U_LABEL.test(written) || !mapped.startsWith('xn--')) {
      return { ok: false, reason: 'the domain needed folding to match (look-alike characters)' };
    }
    if (!LABEL.test(mapped) && !mapped.startsWith('xn--')) return { ok: false, reason: 'the domain is not a host name' };
  }
  if (!TLD.test(out[out.length - 1]!) || ascii.length > 253) return { ok: false, reason: 'the domain is not a host name' };
  return { ok: true, domain: ascii };
}

/** Readings by the address as written: every stored mail record names its people again, and is parsed on every read. */
const ADDRESS_READINGS = new Map<string, Readonly<AddressReading>>();
const ADDRESS_READINGS_MAX = 100_000;

/** An address as the extension keeps and compares it: trimmed, lower-case, domain as A-label. */
export function readAddress(raw: string): Readonly<AddressReading> {
  let reading = ADDRESS_READINGS.get(raw);
  if (reading === undefined) {
    if (ADDRESS_READINGS.size >= ADDRESS_READINGS_MAX) ADDRESS_READINGS.clear();
    reading = Object.freeze(readAddressOnce(raw));
    ADDRESS_READINGS.set(raw, reading);
  }
  return reading;
}

function readAddressOnce(raw: string): AddressReading {
  const trimmed = raw.trim();
  if (trimmed.length > MAX_ADDRESS) return { ok: false, reason: 'is longer than an address can be' };
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return { ok: false, reason: 'is not an address (no "@")' };
  const local = trimmed.slice(0, at).toLowerCase();
  if (local.length > MAX_LOCAL || !LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..') || INVISIBLE.test(local)) {
    return { ok: false, reason: 'has a local part (before "@") no mail system accepts' };
  }
  const domain = readDomain(trimmed.slice(at + 1));
  if (!domain.ok) return domain;
  return { ok: true, address: `${local}@${domain.domain}`, local, domain: domain.domain };
}
