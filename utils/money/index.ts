/**
 * Money as the user's browser writes it: which currency a new client's
 * annual value starts in, and how an amount is shown. Pure: the caller
 * passes the locale (`navigator.language` in the views).
 */

/** Used when the locale names no region we know, or is no locale at all. */
export const FALLBACK_CURRENCY = 'EUR';

// ISO 3166 region → ISO 4217 currency, for the regions a browser's language commonly names.
const BY_REGION: Record<string, string> = Object.fromEntries(
  `AD:EUR AE:AED AR:ARS AT:EUR AU:AUD BA:BAM BD:BDT BE:EUR BG:BGN BH:BHD BO:BOB BR:BRL BY:BYN CA:CAD CH:CHF CL:CLP CN:CNY
   CO:COP CR:CRC CY:EUR CZ:CZK DE:EUR DK:DKK DO:DOP DZ:DZD EC:USD EE:EUR EG:EGP ES:EUR FI:EUR FR:EUR GB:GBP GE:GEL GH:GHS
   GR:EUR GT:GTQ HK:HKD HR:EUR HU:HUF ID:IDR IE:EUR IL:ILS IN:INR IQ:IQD IR:IRR IS:ISK IT:EUR JO:JOD JP:JPY KE:KES KR:KRW
   KW:KWD KZ:KZT LB:LBP LI:CHF LK:LKR LT:EUR LU:EUR LV:EUR MA:MAD MC:EUR MD:MDL ME:EUR MK:MKD MT:EUR MX:MXN MY:MYR NG:NGN
   NL:EUR NO:NOK NZ:NZD OM:OMR PA:USD PE:PEN PH:PHP PK:PKR PL:PLN PR:USD PT:EUR PY:PYG QA:QAR RO:RON RS:RSD RU:RUB SA:SAR
   SE:SEK SG:SGD SI:EUR SK:EUR SM:EUR SV:USD TH:THB TN:TND TR:TRY TW:TWD UA:UAH US:USD UY:UYU UZ:UZS VA:EUR VE:VES VN:VND
   ZA:ZAR`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/** The region a language tag names, or the one it most likely means ("en" → US, "pt" → BR, "de" → DE). */
function regionOf(locale: string): string | undefined {
  try {
    const parsed = new Intl.Locale(locale);
    return parsed.region ?? parsed.maximize().region;
  } catch {
    return undefined;
  }
}

/** "de-AT" → EUR, "en-GB" → GBP, "ja" → JPY, "es-419" (no single country) → EUR. */
export function currencyForLocale(locale: string | undefined): string {
  const region = locale ? regionOf(locale) : undefined;
  return (region && BY_REGION[region.toUpperCase()]) || FALLBACK_CURRENCY;
}

/** "€240,000" in en-IE, "240.000 €" in de-DE; a malformed locale falls back to the runtime's, a malformed code is written out. */
export function formatMoney(money: { amount: number; currency: string }, locale: string | undefined): string {
  let tag: string | undefined;
  try {
    tag = locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    tag = undefined;
  }
  try {
    return new Intl.NumberFormat(tag, { style: 'currency', currency: money.currency, maximumFractionDigits: 0 }).format(money.amount);
  } catch {
    return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(money.amount)} ${money.currency}`;
  }
}
