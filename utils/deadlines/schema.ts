import { z } from 'zod';
import { CommitmentKindSchema } from '../model/commitment';
import { IsoDateSchema } from '../model/common';

/**
 * When and where a message was written. `sentAt` is the sender's local wall
 * clock ("2026-04-29T09:15:00"); an ISO string with an offset or Z is also
 * accepted and read as that instant seen from `timeZone`.
 */
export const DeadlineAnchorSchema = z.object({
  sentAt: z.string().trim().min(1, 'must not be empty'),
  timeZone: z.string().trim().min(1, 'must not be empty'),
});
export type DeadlineAnchor = z.infer<typeof DeadlineAnchorSchema>;

/** One dated commitment found in a text, with the words that state it. */
export const DetectedDeadlineSchema = z.object({
  kind: CommitmentKindSchema,
  /** The calendar day it is due, in the sender's zone. */
  due: IsoDateSchema,
  /** An exact substring of the text: the date and the words tying it to the commitment. */
  quote: z.string(),
  /** Offsets of `quote` in the text: `text.slice(start, end) === quote`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Offsets of the date words themselves ("15 May"): what two kinds tied to one date share. */
  dateStart: z.number().int().nonnegative(),
  dateEnd: z.number().int().nonnegative(),
});
export type DetectedDeadline = z.infer<typeof DetectedDeadlineSchema>;
