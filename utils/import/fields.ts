import { CONTACT_ROLES, CLIENT_STATUSES, CLIENT_TIERS, type ClientStatus, type ClientTier, type ContactRole, type Money } from '../model';

/** What a column of an imported sheet can mean. One row describes a contact and its client. */
export const IMPORT_FIELDS = [
  'clientName',
  'clientDomains',
  'tier',
  'status',
  'annualValue',
  'currency',
  'clientNotes',
  'contactName',
  'firstName',
  'lastName',
  'emails',
  'role',
  'newInRole',
  'title',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → index of the column it is read from; a missing field is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  clientName: 'Client name',
  clientDomains: 'Client domains',
  tier: 'Tier',
  status: 'Status',
  annualValue: 'Annual value',
  currency: 'Currency',
  clientNotes: 'Client notes',
  contactName: 'Contact name',
  firstName: 'First name',
  lastName: 'Last name',
  emails: 'Emails',
  role: 'Role',
  newInRole: 'New in role',
  title: 'Job title',
  notes: 'Contact notes',
};

/** Lower-case, accents dropped, only letters and digits: "Société" → "societe", "E-Mail" → "email". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const foldedWords = new Map<string, string>();

/**
 * Like `foldText` but keeps single spaces between words, for values such as
 * "Decision maker". Remembered, since a sheet repeats the same few values
 * thousands of times.
 */
function foldWords(text: string): string {
  let folded = foldedWords.get(text);
  if (folded === undefined) {
    folded = foldWordsNow(text);
    if (foldedWords.size < 10_000) foldedWords.set(text, folded);
  }
  return folded;
}

function foldWordsNow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Header names seen in spreadsheets and CRM exports, in English, German,
 * French, Spanish and Dutch, already folded.
 */
const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  clientName: [
    'client',
    'clientname',
    'company',
    'companyname',
    'account',
    'accountname',
    'customer',
    'customername',
    'organization',
    'organisation',
    'org',
    'organizationname',
    'firma',
    'firmenname',
    'unternehmen',
    'kunde',
    'kundenname',
    'societe',
    'entreprise',
    'nomdelasociete',
    'nomdelentreprise',
    'empresa',
    'cliente',
    'compania',
    'nombredelaempresa',
    'bedrijf',
    'bedrijfsnaam',
    'klant',
    'organisatie',
  ],
  clientDomains: [
    'domain',
    'domains',
    'clientdomain',
    'clientdomains',
    'companydomain',
    'emaildomain',
    'website',
    'web',
    'url',
    'domane',
    'domanen',
    'webseite',
    'domaine',
    'domaines',
    'siteweb',
    'dominio',
    'dominios',
    'sitioweb',
    'domein',
    'domeinen',
  ],
  tier: ['tier', 'clienttier', 'level', 'segment', 'priority', 'stufe', 'prioritat', 'niveau', 'priorite', 'nivel', 'prioridad', 'prioriteit'],
  status: ['status', 'clientstatus', 'accountstatus', 'state', 'zustand', 'statut', 'etat', 'estado', 'estatus'],
  annualValue: [
    'annualvalue',
    'value',
    'arr',
    'acv',
    'revenue',
    'annualrevenue',
    'contractvalue',
    'yearlyvalue',
    'amount',
    'jahreswert',
    'umsatz',
    'wert',
    'jahresumsatz',
    'valeur',
    'valeurannuelle',
    'chiffredaffaires',
    'montant',
    'valor',
    'valoranual',
    'ingresos',
    'importe',
    'jaarwaarde',
    'omzet',
    'waarde',
    'bedrag',
  ],
  currency: ['currency', 'curr', 'ccy', 'wahrung', 'devise', 'monnaie', 'moneda', 'divisa', 'valuta', 'munt'],
  clientNotes: ['clientnotes', 'companynotes', 'accountnotes', 'customernotes', 'firmennotizen', 'notesclient', 'notassobreelcliente', 'klantnotities'],
  contactName: [
    'contact',
    'contactname',
    'name',
    'fullname',
    'person',
    'displayname',
    'ansprechpartner',
    'kontakt',
    'kontaktname',
    'nom',
    'nomcomplet',
    'contactnom',
    'nombre',
    'nombrecompleto',
    'contacto',
    'naam',
    'contactpersoon',
    'volledigenaam',
  ],
  firstName: ['firstname', 'givenname', 'forename', 'vorname', 'prenom', 'nombrepila', 'voornaam'],
  lastName: ['lastname', 'surname', 'familyname', 'nachname', 'familienname', 'nomdefamille', 'apellido', 'apellidos', 'achternaam'],
  emails: [
    'email',
    'emails',
    'mail',
    'emailaddress',
    'emailaddresses',
    'contactemail',
    'primaryemail',
    'emailadresse',
    'mailadresse',
    'courriel',
    'adresseemail',
    'adressemail',
    'adressecourriel',
    'correo',
    'correoelectronico',
    'correos',
    'emailadres',
  ],
  role: ['role', 'contactrole', 'rolle', 'rol', 'papel', 'stakeholderrole', 'buyingrole'],
  newInRole: [
    'newinrole',
    'newtorole',
    'newrole',
    'new',
    'neuinderrolle',
    'neu',
    'nouveau',
    'nouveaudansleposte',
    'nuevo',
    'nuevoenelcargo',
    'nieuw',
    'nieuwinrol',
  ],
  title: [
    'title',
    'jobtitle',
    'position',
    'titel',
    'funktion',
    'berufsbezeichnung',
    'titre',
    'poste',
    'fonction',
    'cargo',
    'puesto',
    'functie',
    'functietitel',
  ],
  notes: [
    'notes',
    'note',
    'comment',
    'comments',
    'contactnotes',
    'remarks',
    'notizen',
    'notiz',
    'bemerkung',
    'bemerkungen',
    'kommentar',
    'remarque',
    'remarques',
    'commentaire',
    'commentaires',
    'notas',
    'nota',
    'comentario',
    'comentarios',
    'observaciones',
    'opmerking',
    'opmerkingen',
    'notities',
    'notitie',
  ],
};

/**
 * Words that, inside a longer header ("Contact e-mail 1", "Company website"),
 * still say what the column holds. Tried only for headers no exact synonym claimed.
 */
const HEADER_KEYWORDS: ReadonlyArray<[ImportField, RegExp]> = [
  ['emails', /e?mail|courriel|correo/],
  ['clientDomains', /domain|domaine|dominio|domein|website/],
  ['clientName', /company|firma|societe|empresa|bedrijf|organi[sz]ation|customer|account/],
  ['title', /jobtitle|position|titel|titre|puesto|cargo/],
  ['role', /role|rolle/],
  ['notes', /notes?$|notizen|comment/],
];

/** Headers that mean "name" in a language where, beside a first-name column, they mean the family name. */
const AMBIGUOUS_NAME_HEADERS = new Set(['name', 'nom', 'nombre', 'naam']);

/** Guesses which column feeds which field from the header row. Each column feeds at most one field. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(foldText);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const claim = (field: ImportField, column: number) => {
    if (mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  folded.forEach((header, column) => {
    const field = IMPORT_FIELDS.find((candidate) => HEADER_SYNONYMS[candidate].includes(header));
    if (field) claim(field, column);
  });
  folded.forEach((header, column) => {
    // "E-mail 1 - Type", "Account owner", "Mobile phone" describe something else than the field.
    if (taken.has(column) || header === '' || /type|label|owner|phone|mobile|fax/.test(header)) return;
    const keyword = HEADER_KEYWORDS.find(([field, pattern]) => mapping[field] === undefined && pattern.test(header));
    if (keyword) claim(keyword[0], column);
  });
  // "Prénom" + "Nom", "Nombre" + "Apellidos": the bare name column is the other half.
  const nameColumn = mapping.contactName;
  if (nameColumn !== undefined && AMBIGUOUS_NAME_HEADERS.has(folded[nameColumn] ?? '')) {
    if (mapping.firstName !== undefined && mapping.lastName === undefined) {
      delete mapping.contactName;
      mapping.lastName = nameColumn;
    } else if (mapping.lastName !== undefined && mapping.firstName === undefined) {
      delete mapping.contactName;
      mapping.firstName = nameColumn;
    }
  }
  return mapping;
}

// ---------------------------------------------------------------------------
// Cell readers: each turns what a person typed into a model value or a message.

export type CellRead<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const ROLE_SYNONYMS: Record<ContactRole, readonly string[]> = {
  champion: ['champion', 'sponsor', 'advocate', 'internal champion', 'coach', 'promoter', 'fursprecher', 'promoteur', 'defensor', 'promotor', 'pleitbezorger'],
  'decision-maker': [
    'decision maker',
    'decisionmaker',
    'decision',
    'dm',
    'decider',
    'buyer',
    'economic buyer',
    'signer',
    'approver',
    'budget holder',
    'entscheider',
    'entscheidungstrager',
    'decideur',
    'decisionnaire',
    'decisor',
    'responsable de decision',
    'beslisser',
    'besluitvormer',
  ],
  finance: [
    'finance',
    'financial',
    'cfo',
    'procurement',
    'purchasing',
    'billing',
    'accounts payable',
    'accounting',
    'controller',
    'finanzen',
    'einkauf',
    'buchhaltung',
    'finances',
    'achats',
    'comptabilite',
    'finanzas',
    'compras',
    'contabilidad',
    'financien',
    'inkoop',
    'boekhouding',
  ],
  user: ['user', 'end user', 'enduser', 'operator', 'nutzer', 'anwender', 'benutzer', 'utilisateur', 'usuario', 'gebruiker'],
  leadership: [
    'leadership',
    'leader',
    'executive',
    'exec',
    'management',
    'c level',
    'ceo',
    'coo',
    'cto',
    'vp',
    'director',
    'board',
    'geschaftsfuhrung',
    'fuhrung',
    'vorstand',
    'direction',
    'dirigeant',
    'direccion',
    'directivo',
    'directie',
    'leiding',
    'bestuur',
  ],
  other: ['other', 'others', 'misc', 'sonstige', 'andere', 'autre', 'otro', 'otra', 'overig', 'anders'],
};
const ROLE_BY_WORD = new Map<string, ContactRole>();
for (const role of CONTACT_ROLES) for (const word of [role, ...ROLE_SYNONYMS[role]]) ROLE_BY_WORD.set(foldWords(word), role);

export function readRole(cell: string): CellRead<ContactRole> {
  if (cell.trim() === '') return { ok: true, value: undefined };
  const role = ROLE_BY_WORD.get(foldWords(cell));
  if (role) return { ok: true, value: role };
  return { ok: false, message: `"${cell.trim()}" is not a role; use champion, decision maker, finance, user, leadership or other` };
}

/** A role from free text such as a vCard ROLE, or nothing when it names none. */
export function roleFromText(text: string): ContactRole | undefined {
  return ROLE_BY_WORD.get(foldWords(text));
}

const TIER_SYNONYMS: Record<ClientTier, readonly string[]> = {
  key: [
    'key',
    'key account',
    'strategic',
    'top',
    'vip',
    'a',
    'tier 1',
    '1',
    'schlussel',
    'schlusselkunde',
    'strategisch',
    'cle',
    'compte cle',
    'strategique',
    'clave',
    'estrategico',
    'sleutel',
    'sleutelklant',
  ],
  standard: ['standard', 'normal', 'regular', 'b', 'c', 'tier 2', 'tier 3', '2', '3', 'estandar', 'standaard', 'regulier'],
};
const TIER_BY_WORD = new Map<string, ClientTier>();
for (const tier of CLIENT_TIERS) for (const word of [tier, ...TIER_SYNONYMS[tier]]) TIER_BY_WORD.set(foldWords(word), tier);

export function readTier(cell: string): CellRead<ClientTier> {
  if (cell.trim() === '') return { ok: true, value: undefined };
  const tier = TIER_BY_WORD.get(foldWords(cell));
  if (tier) return { ok: true, value: tier };
  return { ok: false, message: `"${cell.trim()}" is not a tier; use key or standard` };
}

const STATUS_SYNONYMS: Record<ClientStatus, readonly string[]> = {
  active: ['active', 'live', 'current', 'ok', 'healthy', 'aktiv', 'actif', 'active', 'activo', 'activa', 'actief'],
  'at-risk': ['at risk', 'atrisk', 'risk', 'risky', 'gefahrdet', 'risiko', 'a risque', 'en riesgo', 'riesgo', 'risico'],
  'on-hold': ['on hold', 'onhold', 'hold', 'paused', 'pausiert', 'pausado', 'en pause', 'suspendu', 'en espera', 'gepauzeerd'],
  churned: [
    'churned',
    'churn',
    'lost',
    'cancelled',
    'canceled',
    'former',
    'inactive',
    'verloren',
    'gekundigt',
    'perdu',
    'resilie',
    'perdido',
    'cancelado',
    'opgezegd',
  ],
};
const STATUS_BY_WORD = new Map<string, ClientStatus>();
for (const status of CLIENT_STATUSES) for (const word of [status, ...STATUS_SYNONYMS[status]]) STATUS_BY_WORD.set(foldWords(word), status);

export function readStatus(cell: string): CellRead<ClientStatus> {
  if (cell.trim() === '') return { ok: true, value: undefined };
  const status = STATUS_BY_WORD.get(foldWords(cell));
  if (status) return { ok: true, value: status };
  return { ok: false, message: `"${cell.trim()}" is not a status; use active, at risk, on hold or churned` };
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'oui', 'si', 'wahr', 'vrai', 'verdadero', 'waar']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'falsch', 'faux', 'falso', 'nee', 'onwaar']);

export function readYesNo(cell: string): CellRead<boolean> {
  const word = foldWords(cell);
  if (word === '') return { ok: true, value: undefined };
  if (YES.has(word)) return { ok: true, value: true };
  if (NO.has(word)) return { ok: true, value: false };
  return { ok: false, message: `"${cell.trim()}" is neither yes nor no` };
}

/** Addresses in a cell: "a@x.example; b@x.example", one per line, or "Maria <maria@x.example>". */
export function splitEmails(cell: string): string[] {
  const bracketed = [...cell.matchAll(/<([^<>]+)>/g)].map((match) => match[1] ?? '');
  const parts = bracketed.length ? bracketed : cell.split(/[\s;,]+/);
  return parts.map((part) => part.trim().replace(/^mailto:/i, '')).filter(Boolean);
}

/** Domains in a cell, forgiving of pasted web addresses: "https://www.acme.example/about" → "acme.example". */
export function splitDomains(cell: string): string[] {
  return cell
    .split(/[\s;,]+/)
    .map((part) =>
      part
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/[/?#].*$/, '')
        .replace(/^www\./i, '')
        .replace(/^@/, ''),
    )
    .filter(Boolean);
}

const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₣': 'CHF' };
const CURRENCY_SYMBOL_LIST = Object.entries(CURRENCY_SYMBOLS);

/**
 * An amount as spreadsheets in Europe and the US write it: "120,000",
 * "120.000,50", "€ 95 000", "1'200", "80k", "120000 EUR". A single separator
 * followed by exactly three digits is read as a thousands separator, since
 * annual values are rarely given to a tenth of a cent.
 */
export function readMoney(valueCell: string, currencyCell: string, defaultCurrency?: string): CellRead<Money> {
  let text = valueCell.trim();
  if (text === '') return { ok: true, value: undefined };
  let embedded: string | undefined;
  for (const [symbol, code] of CURRENCY_SYMBOL_LIST) {
    if (text.includes(symbol)) {
      embedded = code;
      text = text.replace(symbol, '');
    }
  }
  const code = /\b([A-Za-z]{3})\b/.exec(text);
  if (code?.[1]) {
    embedded = code[1].toUpperCase();
    text = text.replace(code[0], '');
  }
  text = text.replace(/[\s\u00a0\u202f']/g, '');
  let factor = 1;
  if (/k$/i.test(text)) {
    factor = 1000;
    text = text.slice(0, -1);
  }
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (!/^\d[\d.,]*$/.test(text)) return { ok: false, message: `"${valueCell.trim()}" is not an amount like 120000 or 120.000,50` };
  const amount = parseAmount(text) * factor * (negative ? -1 : 1);
  if (!Number.isFinite(amount)) return { ok: false, message: `"${valueCell.trim()}" is not an amount like 120000 or 120.000,50` };

  const given = currencyCell.trim();
  const column = given === '' ? undefined : (CURRENCY_SYMBOLS[given] ?? given.toUpperCase());
  if (column && embedded && column !== embedded) {
    return { ok: false, message: `the amount says ${embedded} but the currency column says ${column}` };
  }
  const currency = column ?? embedded ?? defaultCurrency;
  if (!currency) return { ok: false, message: `"${valueCell.trim()}" has no currency; add a currency column or write it like "120000 EUR"` };
  return { ok: true, value: { amount, currency } };
}

function parseAmount(digits: string): number {
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    return Number(digits.split(thousands).join('').replace(decimal, '.'));
  }
  const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : undefined;
  if (!separator) return Number(digits);
  const count = digits.split(separator).length - 1;
  const after = digits.length - digits.lastIndexOf(separator) - 1;
  if (count > 1 || after === 3) return Number(digits.split(separator).join(''));
  return Number(digits.replace(separator, '.'));
}
