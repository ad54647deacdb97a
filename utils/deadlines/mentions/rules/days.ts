import { addDays } from '../../../dates';
import type { Rule } from '../types';

/** Days named from the anchor: today, tomorrow, the day after tomorrow, yesterday, EOD. */
export const DAY_RULES: readonly Rule[] = [
  { name: 'day-after-tomorrow', pattern: /\b(?:the\s+)?day\s+after\s+tomorrow\b/gi, resolve: (_m, c) => ({ due: addDays(c.anchor, 2) }) },
  {
    name: 'tomorrow',
    pattern: /\b(?:first\s+thing\s+)?tomorrow(?:\s+(?:morning|afternoon|evening|night|noon))?\b/gi,
    resolve: (_m, c) => ({ due: addDays(c.anchor, 1) }),
  },
  {
    name: 'today',
    pattern: /\b(?:(?:later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (_m, c) => ({ due: c.anchor }),
  },
  { name: 'yesterday', pattern: /\byesterday\b/gi, resolve: (_m, c) => ({ due: addDays(c.anchor, -1) }) },
  {
    name: 'day-end',
    pattern: /\b(?:EOD|COB|EOB|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|close\s+of\s+(?:business|play)|end\s+of\s+business)\b/gi,
    resolve: (_m, c) => ({ due: c.anchor, dayEnd: true }),
  },
];
