/**
 * The tone model's training material, read from `data/tone/`: the project's
 * labelled account-management drafts (in domain) and two corpora of real
 * human-labelled text (GoEmotions, Stanford Politeness; see data/tone/README.md).
 * Every example gets a fixed split from its id, so a test example never trains.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { stripQuotedHistory } from '../../utils/tone/quoted';

export type Source = 'drafts' | 'goemotions' | 'politeness';
/** `dev`: held out of training for choosing options on the external corpora; `test`: only ever reported. */
export type Split = 'train' | 'dev' | 'test';

export interface Example {
  id: string;
  text: string;
  /** 1 when the text reads heated or hostile (would escalate), 0 otherwise. */
  y: 0 | 1;
  source: Source;
  split: Split;
  /** In-domain level, where known. */
  level?: 'calm' | 'firm' | 'heated' | 'hostile';
  spans?: string[];
  flags?: string[];
  /** GoEmotions: the raters named a warm emotion (gratitude, admiration, caring, …) and no negative one. */
  warm?: boolean;
  /** The contrast pair the draft belongs to: twins share a split and a fold. */
  group?: string;
  /** One of the shared development drafts (not written for this project's own set). */
  shared?: boolean;
}

const DraftSchema = z.object({
  id: z.string(),
  /** Contrast pairs (one warning draft, one twin that does not warn) share a pair id and always a split. */
  pair: z.string().optional(),
  text: z.string().min(1),
  label: z.enum(['calm', 'firm', 'heated', 'hostile']),
  flags: z.array(z.string()).default([]),
  spans: z.array(z.string()).default([]),
});

const GoEmotionsSchema = z.object({ id: z.string(), split: z.enum(['train', 'dev', 'test']), text: z.string(), emotions: z.array(z.string()) });
const PolitenessSchema = z.object({ id: z.string(), text: z.string(), score: z.number() });

/** Emotions closest to "this will heat things up", and the ones that say a text is not calm. */
const HEATED_EMOTIONS = new Set(['anger', 'annoyance', 'disapproval', 'disgust']);
const NEGATIVE_EMOTIONS = new Set([...HEATED_EMOTIONS, 'disappointment', 'sadness', 'fear', 'grief', 'remorse', 'nervousness', 'embarrassment']);
const WARM_EMOTIONS = new Set(['gratitude', 'admiration', 'caring', 'approval', 'love', 'joy', 'optimism']);

/** A stable number in [0, 1) from an id: the split never depends on file order. */
export function idFraction(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 2 ** 32;
}

async function readLines(path: string): Promise<unknown[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
}

function parseAll<T>(schema: z.ZodType<T>, rows: unknown[], path: string): T[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/** Share of the project's own drafts held out as the in-domain test split. */
export const DRAFT_TEST_SHARE = 0.2;
/** Shares of the politeness corpus held back (GoEmotions keeps its authors' dev and test splits). */
export const POLITENESS_TEST_SHARE = 0.2;
export const POLITENESS_DEV_SHARE = 0.15;

const SecondPassSchema = z.object({ id: z.string(), label: z.enum(['calm', 'firm', 'heated', 'hostile']) });

/** The blind second pass over 300 drafts: id → level. */
export async function readSecondPass(dir: string): Promise<Map<string, Example['level'] & string>> {
  const path = join(dir, 'second-pass', 'labels.jsonl');
  return new Map(parseAll(SecondPassSchema, await readLines(path), path).map((r) => [r.id, r.label]));
}

const warns = (level: string) => level === 'heated' || level === 'hostile';

/**
 * Every labelled draft. Drafts the two labelling passes disagree on (warn vs
 * no warn) are dropped: neither label can be trusted to train or to test.
 */
export async function readDrafts(dir: string, { keepDisagreements = false } = {}): Promise<Example[]> {
  const second = keepDisagreements ? new Map<string, string>() : await readSecondPass(dir).catch(() => new Map<string, string>());
  const out: Example[] = [];
  // The shared development set trains (it was read while the rules were written, so it cannot test).
  const shared = join(dir, 'shared-drafts.jsonl');
  for (const d of parseAll(DraftSchema, await readLines(shared), shared)) {
    out.push({ ...draftExample(d, 'train'), shared: true });
  }
  const batches = (await readdir(join(dir, 'drafts'))).filter((f) => f.endsWith('.jsonl')).sort();
  for (const file of batches) {
    const path = join(dir, 'drafts', file);
    for (const d of parseAll(DraftSchema, await readLines(path), path)) {
      const other = second.get(d.id);
      if (other && warns(other) !== warns(d.label)) continue;
      out.push(draftExample(d, idFraction(d.pair ?? d.id) < DRAFT_TEST_SHARE ? 'test' : 'train'));
    }
  }
  return out;
}

function draftExample(d: z.infer<typeof DraftSchema>, split: Split): Example {
  // The extension scores the draft without its quoted history; so does training.
  return {
    id: d.id,
    text: stripQuotedHistory(d.text),
    y: d.label === 'heated' || d.label === 'hostile' ? 1 : 0,
    source: 'drafts',
    split,
    level: d.label,
    spans: d.spans,
    flags: d.flags,
    group: d.pair ?? d.id,
  };
}

/** GoEmotions: anger, annoyance, disapproval or disgust → 1; no negative emotion at all → 0; the rest is left out. */
export async function readGoEmotions(path: string): Promise<Example[]> {
  const out: Example[] = [];
  for (const row of parseAll(GoEmotionsSchema, await readLines(path), path)) {
    const heated = row.emotions.some((e) => HEATED_EMOTIONS.has(e));
    const negative = row.emotions.some((e) => NEGATIVE_EMOTIONS.has(e));
    if (!heated && negative) continue;
    const warm = !negative && row.emotions.some((e) => WARM_EMOTIONS.has(e));
    out.push({ id: row.id, text: row.text, y: heated ? 1 : 0, source: 'goemotions', split: row.split, ...(warm ? { warm } : {}) });
  }
  return out;
}

/** Politeness: the least polite quarter → 1, the most polite quarter → 0 (quartiles of the whole corpus). */
export async function readPoliteness(path: string): Promise<Example[]> {
  const rows = parseAll(PolitenessSchema, await readLines(path), path);
  const sorted = rows.map((r) => r.score).sort((a, b) => a - b);
  const low = sorted[Math.floor(sorted.length * 0.25)]!;
  const high = sorted[Math.floor(sorted.length * 0.75)]!;
  const out: Example[] = [];
  for (const row of rows) {
    if (row.score > low && row.score < high) continue;
    out.push({ id: row.id, text: row.text, y: row.score <= low ? 1 : 0, source: 'politeness', split: politenessSplit(row.id) });
  }
  return out;
}

function politenessSplit(id: string): Split {
  const f = idFraction(id);
  return f < POLITENESS_TEST_SHARE ? 'test' : f < POLITENESS_TEST_SHARE + POLITENESS_DEV_SHARE ? 'dev' : 'train';
}

export async function readCorpus(dir: string): Promise<Example[]> {
  return [
    ...(await readDrafts(dir)),
    ...(await readGoEmotions(join(dir, 'corpora', 'goemotions.jsonl'))),
    ...(await readPoliteness(join(dir, 'corpora', 'politeness-wikipedia.jsonl'))),
  ];
}
