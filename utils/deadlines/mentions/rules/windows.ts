import type { Rule } from '../types';
import { M, NOT_MODAL_MAY } from './shared';

/** Windows that name no single day: "next week", "mid-June", "in Q3". They mark their clause as dated so nothing else is pinned on it. */
export const WINDOW_RULES: readonly Rule[] = [
  {
    name: 'vague-week',
    pattern:
      /\b(?:(?:some\s*time|later|early|earlier|end)\s+)?(?:(?:this|next|the\s+following|the\s+coming|coming|the)\s+week(?:s)?(?:\s+(?:before|after))?|the\s+weekend|this\s+weekend|next\s+weekend)\b/gi,
    resolve: () => ({ due: null, blocked: 'vague' }),
  },
  {
    name: 'vague-month',
    pattern: new RegExp(
      `\\b(?:(?:early|mid|late|middle\\s+of|beginning\\s+of|start\\s+of|in|by|before|until|during|from|around|throughout|for)[\\s-]+)(?:(?:this|next|the\\s+following|the)\\s+month|(?:the\\s+)?${M}\\b${NOT_MODAL_MAY}(?!\\s+\\d))|\\b(?:this|next)\\s+(?:month|year|quarter)\\b|\\b(?:in\\s+)?(?:the\\s+)?new\\s+year\\b|\\bmid-${M}\\b`,
      'gi',
    ),
    resolve: () => ({ due: null, blocked: 'vague' }),
  },
  {
    name: 'vague-quarter',
    pattern: /\b(?:(?:fiscal|financial)\s+)?(?:Q[1-4]|H[12])\b|\b(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b/g,
    resolve: () => ({ due: null, blocked: 'vague' }),
  },
];
