import type { CommitmentKind } from '../model/commitment';

/**
 * Words that tie a date to a kind of commitment. `action` triggers name what
 * is done (sign, pay, renew, suspend, call); `object` triggers name the thing
 * (contract, invoice, report). The kind comes from the action tied to the
 * date, so an action beats an object: "the contract expires" is a renewal,
 * "Renovation of the contract" too.
 */
export type Trigger = {
  start: number;
  end: number;
  kind: CommitmentKind;
  strength: 'action' | 'object' | 'generic';
  /**
   * How strongly it claims a date in its clause: an action over a thing, a
   * thing over an action that sits in a modifier ("charged for the renewal"
   * is a payment), and a generic ask ("let me know", "confirm") last.
   */
  rank: number;
};

type TriggerRule = { kind: CommitmentKind; strength: Trigger['strength']; pattern: RegExp };

const RANKS: Record<Trigger['strength'], { plain: number; modifier: number }> = {
  action: { plain: 4, modifier: 2 },
  object: { plain: 3, modifier: 1 },
  generic: { plain: 0.5, modifier: 0.5 },
};

/** Inside a prepositional modifier: "for the renewal", "about the credit note", "of the contract". */
const MODIFIER_BEFORE =
  /\b(?:for|about|regarding|re|of|from|concerning|around|with|on)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+|their\s+|this\s+|that\s+|its\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** Nouns after "renewal" that make it a modifier: a renewal quote is a quote. */
const RENEWAL_MODIFIED =
  '(?!\\s+(?:quote|quotation|proposal|invoice|invoices|option|options|talks?|discussions?|paperwork|order|orders|form|forms|pricing|price|call|meeting|deck|documents?|agreement|contract|fee|fees|payment|cost|plan|terms|PO|POs|purchase\\s+order|questionnaire|report|workshop|review))';

/** What a customer uses; a stop of any of these is a service hold. */
const SERVICE_NOUNS =
  '(?:services?|support|access|accounts?|api|apis|keys|platform|portal|system|sandbox|environment|instance|tenant|tenancy|workspace|app|application|site|dashboard|database|servers?|integrations?|licen[cs]es?|features?)';
const STOPPED =
  'offline|unavailable|inaccessible|read-only|blocked|restricted|locked|revoked|terminated|withdrawn|closed|frozen|disabled|deactivated|throttled|downgraded|disconnected|stopped|halted|discontinued|ceased|withheld|cut|suspended|paused|down|(?:not|no\\s+longer)\\s+(?:be\\s+)?(?:available|accessible|supported|usable)';

const RULES: TriggerRule[] = [
  // ---- agreement ----
  {
    kind: 'agreement',
    strength: 'action',
    pattern:
      /\b(?:counter-?sign(?:ed|ing|s|ature|atures)?|(?:e-?)?sign(?:s|ed|ing)?\b(?!\s*-?\s*(?:off|up|in)\b)|signatures?|signed-?off\s+(?:SOW|statement\s+of\s+work)|docu-?sign(?:ed)?|execut(?:e|ed|es|ing|ion)\s+(?:of\s+)?(?:the\s+|a\s+|your\s+|our\s+)?(?:contract|agreement|amendment|SOW|NDA|DPA|MSA|order\s+form|change\s+order|renewal)|redlines?|red-?lined|(?:feedback|comments|input|changes|mark-?ups?)\s+on\s+(?:the\s+|our\s+|your\s+)?(?:draft\s+|revised\s+|new\s+)?(?:contract|agreement|MSA|SOW|NDA|DPA|amendment|order\s+form)|mark-?up(?:s)?\s+(?:of|on)\s+the\s+(?:contract|agreement))\b/gi,
  },
  {
    kind: 'agreement',
    strength: 'object',
    pattern:
      /\b(?:contracts?|agreements?|statements?\s+of\s+work|change\s+orders?|amendments?|addend(?:um|a)|order\s+forms?|purchase\s+orders?|paperwork|term\s+sheets?|MSAs?|NDAs?|DPAs?|SOWs?)\b/gi,
  },
  { kind: 'agreement', strength: 'object', pattern: /\b(?:POs?|P\.O\.)(?![a-z])/g },

  // ---- payment ----
  {
    kind: 'payment',
    strength: 'action',
    pattern:
      /\b(?:pay|pays|paid|paying|payment|payments|payable|non-?payment|repay\w*|remit\w*|wire(?:d|s)?(?:\s+transfer)?|settle[sd]?|settling|settlement|refund\w*|credit\s+notes?|reimburs\w+|deposits?|invoic(?:e|ed|es|ing)|billed|charged?|direct\s+debit|top[- ]up|clear(?:ed|ing)?\s+(?:the\s+|your\s+|all\s+|any\s+)?(?:overdue\s+|outstanding\s+)?(?:balance|dues|arrears|amount|invoices?)|brought\s+current|bring\s+(?:\w+\s+){0,2}current|account\s+(?:is\s+|are\s+|becomes\s+)?(?:brought\s+)?current)\b/gi,
  },
  {
    kind: 'payment',
    strength: 'object',
    pattern:
      /\b(?:billing|fees?|dues|arrears|balance|amount\s+due|outstanding\s+amount|funds|costs?|(?:overdue|outstanding)\s+(?:balance|amount|sum))\b|[$€£¥]\s?\d/gi,
  },

  // ---- renewal ----
  {
    kind: 'renewal',
    strength: 'action',
    pattern: new RegExp(
      `(?<!\\b(?:signed|countersigned|executed)\\s)\\b(?:(?:up|due|ready)\\s+for\\s+renewal|auto-?renew\\w*|auto-?extend\\w*|extend(?:s|ed)?\\s+(?:automatically|for\\s+(?:another|a\\s+further))|extension\\s+of\\s+(?:the\\s+|your\\s+)?(?:contract|subscription|term|licen[cs]e|agreement)|non-?renewals?|(?<!\\b(?:the|a|an|your|our|their)\\s)renewed${RENEWAL_MODIFIED}|renew(?:s|ing|al|als)?${RENEWAL_MODIFIED}|renovat\\w+|expir\\w+|lapse[sd]?|lapsing|runs?\\s+out|rolls?\\s+over|(?:subscription|licen[cs]e|contract|term|trial|plan|agreement|membership|cover(?:age)?|entitlement|warranty|service\\s+period|pilot|evaluation|PoC|POC)\\b(?:\\s+[\\w-]+){0,5}?\\s+(?:ends?\\b(?!\\s+of)|ended|ending|finish(?:es|ed)?|conclud(?:es|ed|ing)|terminates?|runs?\\s+out|rolls?\\s+over)|(?:end|expiry|expiration|termination|cancell?ation)\\s+of\\s+(?:the\\s+|your\\s+|our\\s+)?(?:current\\s+)?(?:subscription|licen[cs]e|contract|term|trial|agreement)|notice\\s+of\\s+(?:non-?)?renewal|cancel\\w*\\s+(?:the\\s+|your\\s+|our\\s+)?(?:subscription|plan|licen[cs]e)|termination\\s+notice)\\b`,
      'gi',
    ),
  },
  { kind: 'renewal', strength: 'object', pattern: /\b(?:subscriptions?|term\s+end|trials?(?!\s+(?:accounts?|users?|data)))\b/gi },

  // ---- service-hold ----
  {
    kind: 'service-hold',
    strength: 'action',
    pattern: new RegExp(
      [
        `\\b(?:suspen(?:d|ds|ded|ding|sion)|paus(?:e|es|ed|ing)|on\\s+hold|freez(?:e|es|ing)|frozen|disabl\\w+|deactivat\\w+|decommission\\w*|sunset(?:s|ting)?|downgrad\\w+|read-only|downtime|outage|service\\s+interruption|limited\\s+access)\\b`,
        `\\bhold(?:ing)?\\s+(?:all\\s+|the\\s+|your\\s+|any\\s+)*(?:${SERVICE_NOUNS}|deliver\\w*|shipments?|orders?|work)\\b`,
        `\\b(?:cut(?:ting)?[- ]off|cut\\s+(?:off\\s+)?(?:the\\s+|your\\s+|all\\s+)?(?:${SERVICE_NOUNS}|supply))\\b`,
        `\\b(?:pull(?:ing)?\\s+the\\s+plug|shut(?:ting|s)?\\s+(?:down|off)|switch(?:es|ed|ing)?\\s+off|turn(?:s|ed|ing)?\\s+off|take\\s+(?:\\w+\\s+){0,3}offline|los(?:e|es|ing)\\s+access|loss\\s+of\\s+(?:service|access))\\b`,
        `\\b(?:block|restrict|lock|revok|terminat|withdraw|clos|freez|stop|halt|discontinu|ceas|withhold)\\w*\\s+(?:[\\w-]+\\s+){0,3}?(?:${SERVICE_NOUNS}|deliver(?:y|ies)|users?|logins?)\\b`,
        `\\b(?:${SERVICE_NOUNS}|users?|logins?|deliver(?:y|ies)|seats?)\\s+(?:[\\w-]+\\s+){0,6}?(?:${STOPPED})\\b`,
        `\\bno\\s+(?:more\\s+|further\\s+)?(?:services?|support|access)\\b`,
        `\\b(?:services?|support|access)(?!\\s+(?:contract|entitlement|plan|agreement|subscription|term|licen[cs]e|period|cover))\\s+(?:[\\w-]+\\s+){0,3}?(?:stops?|ends?|ceases?)\\b(?!\\s+of)`,
        `\\bdisconnect\\w*`,
        `\\b(?:access|api|apis|portal|sandbox|environment|instance|tenant|workspace|logins?)\\s+(?:[\\w-]+\\s+){0,6}?(?:ends?|ending)\\b(?!\\s+of)`,
        `\\b(?:rate\\s+limits?|quotas?|limits?|bandwidth|capacity)\\s+(?:[\\w-]+\\s+){0,3}?(?:lowered|reduced|cut|capped|throttled)|\\bthrottl\\w+`,
        `\\bretir(?:e|es|ing)\\s+(?:the\\s+|your\\s+)?(?:old|legacy)\\b`,
        `\\b(?:drop|move|revert)(?:s|ped|ed)?\\s+(?:back\\s+)?to\\s+the\\s+(?:free|basic|lite)\\s+(?:tier|plan)\\b`,
      ].join('|'),
      'gi',
    ),
  },

  // ---- meeting ----
  {
    kind: 'meeting',
    strength: 'action',
    pattern:
      /\b(?:meet(?:ing|ings|s|up)?\b(?!\s+(?:the\s+|this\s+|our\s+|your\s+|that\s+)?(?:deadline|target|requirements?|expectations?|needs|criteria|sla))|calls?\b(?!\s+off)|call\s+(?:you|me|us|them)|phone(?:\s+call)?|ring\s+(?:you|me|us)|catch[- ]?up|QBRs?|EBRs?|workshops?|trainings?|training\s+sessions?|webinars?|demos?(?!\s+(?:units?|accounts?|environments?|licen[cs]es?|kits?|devices?|equipment|instances?|sites?|tenants?|data|versions?|logins?))|demonstration|presentations?|present(?:s|ing)?\b(?!\s+(?:the\s+)?(?:invoice|contract))|walk\s+(?:\w+\s+){0,3}through|walk-?through|kick-?off|sessions?|check-?in\b|site\s+visit|visit(?:s|ing)?\b|offsite|onsite|on-site|interview|appointment|briefing|debrief|sync(?:-up)?\b|stand-?up|huddle|speak\s+(?:to|with)|talk\s+(?:to|with|on)|see\s+you|get\s+together|conference|lunch|dinner|(?:the|a|an|our|your|executive|business|quarterly|annual|year-end|account|pipeline|contract|design|performance|steering|board|progress|status|weekly|monthly|joint|renewal|roadmap|security|technical)\s+review|review\s+(?:call|meeting|session)|(?<!\b(?:to|will|please|and|can|could|we|i|you|they|must|should|would|shall|'ll)\s)review(?!\s+(?:the|our|your|it|this|that|these|those|them|a|an|all|any|and|with|of)\b)|committee|steerco|reconven\w+|regroup|touch\s+base|follow[- ]up\s+(?:call|meeting)|sit\s+down|hop\s+on|jump\s+on|(?:\d{1,3}|fifteen|twenty|thirty|forty-five|sixty|an?|half\s+an)\s*-?\s*(?:minutes?|mins?|hours?)(?=\s+(?:on|with|of\s+your\s+time|slot|call|tomorrow|next|this))|steering\s+(?:group|meeting)|board\s+meeting|rehears\w+|pitch|dry[- ]run|tour)\b/gi,
  },
  {
    // Moving "it" is usually a meeting, but the moved thing decides when it is named.
    kind: 'meeting',
    strength: 'generic',
    pattern: /\b(?:resched\w+|postpon\w+|(?:move|push|shift|bring)\w*\s+(?:it|this|that|things)\s+(?:forward\s+|back\s+|out\s+)?to)\b/gi,
  },

  // ---- deliverable ----
  {
    kind: 'deliverable',
    strength: 'object',
    pattern:
      /\b(?:reports?|deck|slides?|slide\s+deck|data|dataset|figures|numbers|proposals?|offers?|quotes?|quotations?|business\s+case|(?<=\b(?:the|a|an|our|your|their|this|that|rollout|project|migration|action|implementation|onboarding|success|account|transition|communication|training|test|mutual)\s+)plan|roadmap|forms?|questionnaires?|documentation|documents?|drafts?|summary|analysis|estimates?|specs?|specifications?|requirements|feedback|answers?|responses?|list|spreadsheet|details|case\s+study|(?<!\b(?:\d{1,3}|fifteen|twenty|thirty|forty|sixty|few|several)\s)minutes|brief|reconciliation|statements?(?!\s+of\s+work)|certificates?|evidence|audit|logo|assets|materials|content|credentials|usage\s+export|export|files?|survey|RFP|RFI|write-?up|notes|version|recordings?|recap|replay|commercials|pricing|rate\s+card|price\s+list|costing|W-?[89](?:BEN)?|(?<!\b(?:signed|countersigned|executed|invoice|contract|agreement|PO|order|SOW|NDA|DPA|MSA)\s)cop(?:y|ies)|tax\s+forms?|bank\s+details|certificates?\s+of\s+insurance|COI)\b/gi,
  },

  // ---- other ----
  {
    kind: 'other',
    strength: 'action',
    pattern:
      /\b(?:go(?:es|ing)?[- ]live|went\s+live|(?:be|get|gets|have\s+(?:\w+\s+){1,3}|integration|system|platform|portal|site|solution|feature|tenant|instance|environment)\s+live|launch\w*|roll[- ]?out|cut[- ]?over|migrat\w+|switch\w*(?!\s+off)(?:\s+over)?|whitelist\w*|allow-?list\w*|configur\w+|SSO|DNS|activat\w+|provision\w*|deploy\w*|install\w*|upgrad\w+|ship(?:s|ped|ping|ment|ments)?|hardware|equipment|devices?|nominat\w+|(?:technical|billing|primary|key|main|new|named|admin|security|escalation|single)\s+(?:points?\s+of\s+)?contacts?|delet\w+|purg\w+|archiv(?:e|es|ed|ing)|decisions?|decide|onboard(?:ed|ing)?|hand-?over|handoff|transition|enabl\w+|integrat(?:e|ion)\s+(?:goes|will)|release[sd]?|start\s+date|seats)\b/gi,
  },
  {
    kind: 'other',
    strength: 'object',
    pattern:
      /\b(?:return|hand(?:ing)?\s+back|give\s+back|set\s+up|setup|laptops?|scanners?|badges?|tokens?|loaners?|kit|UAT|SIT|testing|(?:integration|acceptance|penetration|pen|load|user)\s+tests?|pilot|proof\s+of\s+concept|PoC|units)\b/gi,
  },
  {
    kind: 'other',
    strength: 'generic',
    pattern: /\b(?:let\s+(?:me|us)\s+know|get\s+back\s+to|confirm(?:ation)?|approv(?:e|al)|go-?ahead|green\s+light|sign-?off)\b/gi,
  },
];

/**
 * In a compound the last noun is the head: an "onboarding questionnaire" is a
 * questionnaire, a "migration plan" a plan, a "QBR deck" a deck.
 */
export function compoundHead(trigger: Trigger, triggers: readonly Trigger[], sentence: string): Trigger {
  let head = trigger;
  for (;;) {
    const next = triggers.find((other) => other.start >= head.end && /^[\s-]{1,2}$/.test(sentence.slice(head.end, other.start)));
    if (!next || next.kind === head.kind) return head;
    head = next;
  }
}

/**
 * Action triggers written as verbs. A verb followed closely by another action
 * noun governs it: "pause outbound shipments" stops a service, "sign the
 * renewal" is signing.
 */
const VERB_FORM =
  /^(?:(?:counter-?)?sign(?:s|ed)?|execute[sd]?|pay|pays|paid|settle[sd]?|remit(?:s|ted)?|wire[sd]?|refund(?:s|ed)?|renew(?:s|ed)?|suspend(?:s|ed)?|pause[sd]?|hold|stop(?:s|ped)?|cut|disable[sd]?|freeze|deactivate[sd]?|decommission(?:s|ed)?|call|meet|present|ship(?:s|ped)?|migrate[sd]?|activate[sd]?|deploy(?:s|ed)?|delete[sd]?|purge[sd]?|nominate[sd]?|switch(?:es|ed)?|install(?:s|ed)?|provision(?:s|ed)?|launch(?:es|ed)?)$/i;

export function isVerbTrigger(trigger: Trigger, sentence: string): boolean {
  return trigger.strength === 'action' && VERB_FORM.test(sentence.slice(trigger.start, trigger.end));
}

export function findTriggers(sentence: string): Trigger[] {
  const out: Trigger[] = [];
  for (const rule of RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      if (match[0].length === 0) continue;
      const inModifier = MODIFIER_BEFORE.test(sentence.slice(Math.max(0, match.index - 60), match.index));
      const rank = inModifier ? RANKS[rule.strength].modifier : RANKS[rule.strength].plain;
      out.push({ start: match.index, end: match.index + match[0].length, kind: rule.kind, strength: rule.strength, rank });
    }
  }
  // A word caught by two rules keeps the action reading ("payment" over "fee").
  return out
    .sort((a, b) => a.start - b.start || (a.strength === 'action' ? -1 : 1))
    .filter(
      (trigger, index, all) =>
        !all
          .slice(0, index)
          .some((other) => other.start <= trigger.start && other.end >= trigger.end && other.kind !== trigger.kind && other.strength === 'action'),
    );
}
