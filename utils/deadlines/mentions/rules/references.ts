import type { Rule } from '../types';

/** "before then", "by that date": the date of a mention before it, found by the passes. */
export const REFERENCE_RULES: readonly Rule[] = [
  {
    name: 'then',
    pattern: /\b(?:before|by|until|till|no\s+later\s+than|on\s+or\s+before|prior\s+to)\s+(?:that\s+date|then)\b/gi,
    resolve: () => ({ due: null, refersBack: true }),
  },
];
