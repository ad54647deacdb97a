/**
 * The tone rules: phrase patterns by category, each with a weight (how much
 * heat it adds), a reason and, where one exists, a calmer way to say it.
 * Patterns describe language, not particular drafts: second-person blame,
 * sarcasm markers, ultimatum frames, reminders of past reminders, and so on.
 */

export type ToneCategory =
  | 'ultimatum'
  | 'blame'
  | 'sarcasm'
  | 'condescension'
  | 'shouting'
  | 'passive-aggressive'
  | 'absolute'
  | 'threat'
  | 'dismissive'
  | 'guilt-trip'
  | 'emoticon'
  | 'insult'
  | 'impatience';

export interface ToneRule {
  /** `category/slug`: every id has a trigger row and a near-miss row in tests/unit/tone/rules.test.ts. */
  id: string;
  category: ToneCategory;
  pattern: RegExp;
  /** How much heat a hit adds to the rule score (its severity). */
  weight: number;
  message: string;
}

interface RuleSpec {
  id: string;
  category: ToneCategory;
  weight: number;
  message: string;
  /** Alternatives, joined into `\b(?:a|b|…)\b`. */
  phrases?: RegExp[];
  /** A pattern that is not a plain list of phrases. */
  pattern?: RegExp;
  flags?: string;
}

/** Builds a rule from phrase alternatives (one per line, readable) or a whole pattern. */
function rule({ phrases, pattern, flags = 'gi', ...rest }: RuleSpec): ToneRule {
  const source = phrases ? `\\b(?:${phrases.map((p) => p.source).join('|')})\\b` : pattern!.source;
  return { ...rest, pattern: new RegExp(source, flags) };
}

/** Any of the alternatives, as one pattern (for rules whose parts are not plain phrases). */
function anyOf(...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join('|'));
}

/** "You" and the groups a writer blames with it. */
const YOU = /(?:you|your(?: team| people| company| side| legal team| department)?|you guys|you people)/;

export const RULES: readonly ToneRule[] = [
  rule({
    id: 'ultimatum/last-chance',
    category: 'ultimatum',
    weight: 34,
    message: 'An ultimatum leaves them no way to answer but to give in or walk away.',
    phrases: [/or else/, /this is (?:your|the) (?:last|final) (?:chance|warning|reminder)/, /final warning/, /last chance/],
  }),
  rule({
    id: 'ultimatum/closed-discussion',
    category: 'ultimatum',
    weight: 30,
    message: 'Closing the discussion reads as an ultimatum.',
    phrases: [
      /take it or leave it/,
      /non-negotiable/,
      /end of discussion/,
      /i will not be discussing this further/,
      /this is not up for discussion/,
      /no further (?:extensions?|discussion)/,
    ],
  }),
  rule({
    id: 'ultimatum/if-not-then',
    category: 'ultimatum',
    weight: 22,
    message: 'A condition tied to a punishment reads as an ultimatum.',
    // "If you/it/the PO … not …, we will cut/stop/escalate …"
    pattern: new RegExp(
      String.raw`\bif (?:${YOU.source}|it|this|the \w+)(?: \w+){0,6} (?:not|n't|don't|doesn't|can't|cannot)\b` +
        String.raw`[^.!?]{0,80}\b(?:we(?:'ll| will)|i(?:'ll| will)) (?:have no choice|cut|pull|stop|terminate|cancel|walk|escalate|go (?:straight )?to)\b`,
    ),
  }),
  rule({
    id: 'ultimatum/shut-door',
    category: 'ultimatum',
    weight: 32,
    message: 'Shutting the door leaves them nowhere to go but away.',
    phrases: [
      /or we(?:'re| are) done/,
      /take it or (?:don't|not)/,
      /no exceptions/,
      /no (?:calls?|discussion|negotiation)s?(?:,| or| and|\.)/,
      /i (?:stop|am done|'m done) (?:playing nice|being nice|asking nicely)/,
      /the last time i ask(?: nicely)?/,
      /i(?:'m| am) not (?:sending|spending|wasting|doing|going to send) (?:another|any more|more|one more)/,
      /don't bother (?:calling|asking|replying|emailing)/,
      /(?:it's|it is) not coming back/,
      /i will not respond to/,
      /consider this (?:formal |final )?notice/,
      /good luck(?: with that)?[,.!]/,
      /don't come (?:crawling|running) back/,
      /go (?:and )?find (?:a |another )?cheaper/,
      /go with the cheaper \w+ then/,
    ],
  }),
  rule({
    id: 'threat/pull-the-plug',
    category: 'threat',
    weight: 36,
    message: 'This reads as a threat; people dig in when threatened.',
    phrases: [
      /pull the plug/,
      /cut (?:you|them|your \w+) off/,
      /you(?:'ll| will) (?:regret|find out the hard way|be hearing from)/,
      /(?:see|talk to|speak to) (?:you|them) in court/,
      /legal action/,
      /our lawyers/,
      /my lawyer/,
      /go (?:straight |directly )?(?:to|over) (?:your|their) (?:ceo|boss|manager|head)/,
      /escalate (?:this|it) to your (?:ceo|boss|manager|board)/,
      /reconsider (?:the|our) (?:entire )?(?:relationship|partnership)/,
      /recommend(?:ing)? (?:we|that we) (?:don't|do not) renew/,
    ],
  }),
  rule({
    id: 'threat/go-elsewhere',
    category: 'threat',
    weight: 32,
    message: 'Suggesting they leave reads as a threat.',
    phrases: [
      /find another (?:provider|vendor|supplier)/,
      /not the right (?:provider|partner|vendor) for (?:a company like yours|you)/,
      /(?:you|your \w+) (?:can|could) (?:always )?go elsewhere/,
    ],
  }),
  rule({
    id: 'threat/cut-off',
    category: 'threat',
    weight: 30,
    message: 'Cutting them off is a threat, whatever the reason behind it.',
    pattern: new RegExp(
      String.raw`\b(?:cut|shut|switch|turn) (?:off|down) (?:your|all your) ` +
        String.raw`(?:service|services|access|account|accounts|support|licen[cs]es?|systems?|integration|platform|users?)\b`,
    ),
  }),
  rule({
    id: 'threat/cut-everything',
    category: 'threat',
    weight: 28,
    message: 'This reads as a threat or a put-down.',
    phrases: [
      /(?:i|we)(?:'ll| will)? cut (?:everything|it all|all (?:the )?services?)/,
      /(?:you|your team) (?:lose|loses|will lose) (?:access|everything|the)/,
      /when it (?:all )?falls apart/,
      /we are not a bank/,
    ],
  }),
  rule({
    id: 'threat/over-their-head',
    category: 'threat',
    weight: 28,
    message: 'Going over their head reads as a threat.',
    phrases: [
      /escalate (?:this |it )?to your (?:management|manager|director|ceo|boss|board|leadership)/,
      /going over my head/,
      /(?:we|i) have (?:bigger|more important) clients/,
    ],
  }),
  rule({
    id: 'blame/your-fault',
    category: 'blame',
    weight: 26,
    message: 'Blame makes them defend themselves instead of solving the problem.',
    phrases: [
      /(?:this|it) is (?:entirely |all |completely )?(?:your|on your) (?:fault|team|side|problem|doing)/,
      /your fault/,
      /you (?:failed|dropped the ball|messed up|screwed up|ignored|didn't bother|never bothered|keep (?:ignoring|missing|forgetting|delaying))/,
      /thanks to you/,
      /because of you/,
      /you(?:'ve| have) (?:wasted|ignored|delayed|stalled)/,
      /(?:has|have) wasted (?:\w+ ){0,3}(?:of )?(?:our|my) time/,
      /your (?:team|people|legal team|side) (?:has|have|keeps?|kept) (?:\w+ing|failed|ignored|wasted|sat on|dragged)/,
    ],
  }),
  rule({
    id: 'blame/rhetorical-why',
    category: 'blame',
    weight: 20,
    message: 'A rhetorical "why/how" question reads as blame.',
    phrases: [
      /i (?:don't|do not|can't|cannot) (?:understand|see) (?:how|why|what is taking)/,
      /what is taking (?:you|your \w+(?: \w+)?) so long/,
      /how (?:hard|difficult) (?:can|could) it (?:be|possibly be)/,
      /why (?:haven't|hasn't|didn't|don't|won't|can't) (?:you|your \w+)/,
    ],
  }),
  rule({
    id: 'blame/our-side-done',
    category: 'blame',
    weight: 16,
    message: 'Pointing at who did their part reads as blame.',
    phrases: [
      /we(?:'ve| have) kept our (?:side|end) of the (?:deal|bargain)/,
      /we(?:'ve| have) done (?:everything|our part)/,
      /the ball is (?:in|firmly in) your court/,
      /not our (?:problem|fault|responsibility)/,
    ],
  }),
  rule({
    id: 'blame/avoidable',
    category: 'blame',
    weight: 22,
    message: 'This puts the fault on them.',
    phrases: [
      /(?:this|it) (?:really )?could have been avoided/,
      /you still (?:expect|want|think)/,
      /you (?:never|don't ever) (?:pay|reply|answer|read|respond)/,
      /every (?:month|week|time) (?:it's|is|the) (?:a new|same) (?:excuse|story)/,
      /(?:has|have) taken advantage/,
      /(?:your|these) (?:claims|points) are (?:simply )?(?:wrong|not accurate|false)/,
      /simply not accurate/,
      /(?:is|was) your (?:choice|decision|call)/,
      /that's your (?:choice|call|problem)/,
      /you missed the deadline/,
      /going silent (?:on us )?doesn't/,
      /with the information your team/,
      /wasn't all on our side/,
      /your idea of/,
    ],
  }),
  rule({
    id: 'sarcasm/mock-thanks',
    category: 'sarcasm',
    weight: 30,
    message: 'Sarcasm is read as contempt, whatever was meant.',
    phrases: [
      /thanks (?:so much |a lot )?for (?:nothing|finally|eventually)/,
      /oh (?:great|wonderful|good|wow)/,
      /how (?:nice|lovely|convenient|kind) of you/,
      /must be nice/,
      /what a surprise/,
      /shocking(?:ly)?/,
      /who (?:would have|could have) (?:thought|guessed)/,
      /clearly (?:a|the) (?:priority|top priority)/,
      /maybe (?:they|you|someone)(?:'ll| will) (?:find the time|get around to it)/,
      /glad (?:to see )?(?:you|someone) (?:finally|eventually)/,
      /nice of you to (?:finally )?(?:reply|respond|join)/,
    ],
  }),
  rule({
    id: 'sarcasm/finally',
    category: 'sarcasm',
    weight: 14,
    message: '"Finally" marks the delay, not the progress.',
    pattern: /\b(?:finally|eventually) (?:got|get|gets|found|find|managed|decided|bothered)\b/,
  }),
  rule({
    id: 'sarcasm/rhetorical',
    category: 'sarcasm',
    weight: 24,
    message: 'A rhetorical question or mock surprise reads as sarcasm.',
    pattern: new RegExp(
      `(?:${
        anyOf(
          /\b(?:really|seriously|honestly)\?/,
          /\bhow (?:is|was|can|could) (?:this|it|that) (?:so |this |that )?(?:hard|difficult|complicated)/,
          /\bshouldn't be (?:that|this|so) hard/,
          /\bdo you (?:run|treat|handle) [^.?!]{1,40}\?/,
          /\bgreat to see\b/,
          /\bthe same priority as everything\b/,
          /\bi thought you(?:'d| would) know better/,
          /\bfantasy (?:numbers|figures)/,
          /\bnobody else would have\b/,
          /\bgiven (?:the|my|our) (?:four|three|five|several|\d+) reminders\b/,
          /\bcame as a surprise\b/,
        ).source
      })`,
    ),
  }),
  rule({
    id: 'sarcasm/veiled-jab',
    category: 'sarcasm',
    weight: 24,
    message: 'This reads as sarcasm or a veiled jab.',
    phrases: [
      /i(?:'m| am) sure (?:the|your|their|it|that) [^.!?]{0,40}(?:looks|sounds|is|seems) (?:lovely|great|wonderful|nice|fine)/,
      /everything is urgent/,
      /(?:learns?|learn) how to/,
      /i(?:'d| would) gently point out/,
      /not sure why (?:this|it|that) (?:needed|had) to/,
    ],
  }),
  rule({
    id: 'sarcasm/scare-quotes',
    category: 'sarcasm',
    weight: 16,
    message: 'Scare quotes around their word read as mockery.',
    pattern: /(?<=\s)['‘"“][a-z]+(?:[ -][a-z]+)?['’"”](?=[\s,.!?])/,
  }),
  rule({
    id: 'condescension/obviously',
    category: 'condescension',
    weight: 26,
    message: 'Condescension tells them you think less of them.',
    phrases: [
      /obviously/,
      /clearly you/,
      /as (?:anyone|everyone) (?:knows|can see)/,
      /it's not (?:rocket science|complicated|that hard|difficult)/,
      /let me (?:explain|spell it out|make this simple)(?: (?:again|slowly|for you))?/,
      /(?:a )?simple (?:payment|signature|task|request|form)/,
      /i appreciate you(?:'re| are) new,? but/,
      /i doubt (?:you|someone|they)/,
      /you (?:clearly|obviously) (?:don't|do not) (?:understand|know|get)/,
      /you may not (?:understand|be aware|realise|realize)/,
      /with all due respect/,
      /no offen[cs]e,? but/,
      /for your information/,
      /(?:i'm|i am) sure (?:even )?you (?:can|could|understand)/,
    ],
  }),
  rule({
    id: 'condescension/belittling',
    category: 'condescension',
    weight: 24,
    message: 'This belittles them.',
    phrases: [
      /can't be bothered/,
      /couldn't be bothered/,
      /(?:can|could)n't (?:even )?manage (?:a|to)/,
      /in a spreadsheet exercise/,
      /don't be surprised when/,
      /you(?:'d| would) know (?:that )?if you/,
    ],
  }),
  rule({
    id: 'condescension/mocking-belief',
    category: 'condescension',
    weight: 26,
    message: 'Mocking what they think belittles them.',
    phrases: [
      /(?:cute|adorable|sweet|funny|amusing|bold|brave|rich) (?:that|how) you (?:still )?(?:think|believe|assume|imagine)/,
      /(?<!\b(?:do|did|if|don't|you) )you (?:really |actually |honestly |seriously )?think you can/,
    ],
  }),
  rule({
    id: 'condescension/explaining-down',
    category: 'condescension',
    weight: 26,
    message: 'Explaining down to them reads as condescension.',
    phrases: [
      /i(?:'ll| will) keep (?:this|it) simple/,
      /(?:so|to make) it(?:'s| is) easy to follow/,
      /let me explain how (?:this|it) works/,
      /(?:either )?(?:your \w+ (?:team )?)?can't read/,
      /you(?:'re| are) new,? so/,
      /every new (?:boss|manager|cfo|director)/,
      /(?:before|instead of) running to/,
      /check your own/,
      /you (?:should|ought to) (?:know|have known)/,
      /maybe next time you (?:read|check|listen)/,
    ],
  }),
  rule({
    id: 'passive-aggressive/per-my-last',
    category: 'passive-aggressive',
    weight: 26,
    message: 'Reminding them of earlier reminders reads as passive-aggressive.',
    phrases: [
      /per my (?:last|previous) (?:e-?mail|message|note)/,
      /as (?:i|we) (?:already |have already |previously )?(?:said|stated|mentioned|explained|advised|noted|pointed out)/,
      /as (?:previously|already) (?:advised|stated|mentioned|discussed|explained)/,
      /as you (?:should|would) know/,
      /as (?:was|has been) (?:made )?clear/,
      /just (?:bumping|circling back|following up) (?:on this )?(?:again|yet again|one more time)/,
      /(?:bumping|floating) this (?:to the top|up) (?:of your inbox )?again/,
      /not sure if my (?:previous |last )?(?:e-?mails?|messages?) (?:are|were|is|was) (?:reaching|getting to) you/,
      /in case (?:you|it) (?:missed|didn't see) (?:it|this|my)/,
      /friendly reminder,? again/,
      /(?:for|this is) the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:time|reminder)/,
      /(?:i|we) did (?:mention|say|tell you) this/,
      /going forward,? please (?:make sure|ensure)/,
      /kindly (?:advise|note) (?:again )?(?:that|when)/,
      /moving forward,? i(?:'d| would) appreciate/,
    ],
  }),
  rule({
    id: 'passive-aggressive/patience',
    category: 'passive-aggressive',
    weight: 18,
    message: 'Pointing out your own patience reads as passive-aggressive.',
    phrases: [
      /i(?:'ve| have) been (?:more than |very |extremely )?patient/,
      /i(?:'m| am) (?:still )?waiting/,
      /(?:still )?no (?:reply|response|answer) (?:from you|yet)?/,
      /(?:hope|trust) (?:this|that) (?:helps|is clear(?:er)?)(?: now)?\s*(?:\.\.\.|!)/,
      /with respect,? (?:again|once more)/,
    ],
  }),
  rule({
    id: 'passive-aggressive/counting-reminders',
    category: 'passive-aggressive',
    weight: 24,
    message: 'Counting your reminders reads as passive-aggressive.',
    phrases: [
      /i(?:'ve| have)? (?:already|again) (?:sent|said|told|explained|asked|mentioned|attached|shared)/,
      /i (?:explain|say|said|told|sent) (?:this|it|you|these)? ?already/,
      /(?:i|we) did (?:send|offer|mention|say|tell|warn)/,
      /(?:three|four|five|six|several|multiple|\d+) (?:reminders|times|emails|messages)/,
      /(?:my|our) last (?:three|four|five|several|\d+) (?:emails|messages|reminders)/,
      /a (?:third|fourth|fifth) time/,
      /(?:once|one more time|yet) again/,
      /\(again\)/,
      /i(?:'ll| will) try once more/,
      /a hundred times/,
      /as (?:you were|i) (?:warned|said)/,
      /you were warned/,
      /as my (?:email|message|note) (?:of|on|from) [^.]{1,20}(?:clearly )?said/,
      /you may remember/,
      /you might recall/,
    ],
  }),
  rule({
    id: 'passive-aggressive/still-waiting',
    category: 'passive-aggressive',
    weight: 20,
    message: 'This hints at a complaint instead of saying it.',
    phrases: [
      /still waiting/,
      /(?:haven't|have not|didn't) heard back/,
      /i(?:'ll| will) assume/,
      /i(?:'m| am) (?:starting|beginning) to wonder/,
      /(?:not sure|unsure) (?:what else|how else|if you(?:'re| are) reading)/,
      /(?:are|were) you (?:even )?(?:reading|receiving)/,
      /would (?:be|have been) (?:great|nice|helpful) (?:to hear|if)/,
      /(?:it )?would(?:'ve| have) been (?:a lot )?(?:nice|nicer|easier|good)/,
      /for once/,
      /a (?:little|bit) (?:surprised|disappointed|disheartening|frustrating)/,
      /a bit disheartening/,
      /(?:i'm|i am) (?:honestly |frankly )?not (?:entirely )?sure (?:how|where|why|what)/,
      /to be fair/,
      /with respect,/,
      /anyway,/,
      /kindly do the needful/,
    ],
  }),
  rule({
    id: 'passive-aggressive/bracketed-again',
    category: 'passive-aggressive',
    weight: 22,
    message: '"(again)" counts your reminders.',
    pattern: /\((?:again|once more|as usual|as always)\)/,
  }),
  rule({
    id: 'absolute/always-never',
    category: 'absolute',
    weight: 14,
    message: 'Absolutes ("always", "never", "every time") turn one problem into a verdict on them.',
    phrases: [
      /(?:you|your \w+) (?:always|never|constantly|keep)/,
      /every (?:single )?time/,
      /each and every time/,
      /not (?:once|a single time)/,
      /(?:yet )?again and again/,
      /the whole time/,
      /time after time/,
    ],
  }),
  rule({
    id: 'absolute/nobody-ever',
    category: 'absolute',
    weight: 16,
    message: 'An absolute turns one problem into a verdict.',
    phrases: [
      /we always seem to/,
      /nobody (?:gets|else|ever)/,
      /no one (?:gets|else|ever)/,
      /every month same/,
      /you want always/,
      /always (?:more|late|the same)/,
      /i never see such/,
    ],
  }),
  rule({
    id: 'absolute/everybody-else',
    category: 'absolute',
    weight: 16,
    message: 'An absolute or a repeated complaint turns one problem into a verdict.',
    phrases: [/everybody else/, /everyone else/, /(\w{4,}) and \1/],
  }),
  rule({
    id: 'dismissive/whatever',
    category: 'dismissive',
    weight: 22,
    message: 'Dismissing their point ends the conversation instead of moving it.',
    phrases: [
      /whatever/,
      /no dice/,
      /not my problem/,
      /not our problem/,
      /deal with it/,
      /tough luck/,
      /that's (?:just )?how it is/,
      /i don't care/,
      /it doesn't matter (?:what|how)/,
      /frankly,? (?:i|we) don't/,
      /so be it/,
      /i(?:'m| am) not interested in (?:excuses|your)/,
      /excuses/,
      /that's (?:your|a you) problem/,
      /not something to (?:unpick|discuss|debate)/,
    ],
  }),
  rule({
    id: 'dismissive/nobody-cares',
    category: 'dismissive',
    weight: 24,
    message: 'Dismissing their concern ends the conversation instead of moving it.',
    phrases: [
      /nobody cares/,
      /no one cares/,
      /i don't want to hear/,
      /i do not want to hear/,
      /if you want to (?:go|leave),? (?:go|leave)/,
      /(?:don't|do not) know what (?:more|else) you want/,
      /what more do you want/,
      /keep it strictly (?:contractual|formal|by the book)/,
      /until then,/,
    ],
  }),
  rule({
    id: 'guilt-trip/after-everything',
    category: 'guilt-trip',
    weight: 20,
    message: 'Guilt-tripping puts pressure on the person instead of the problem.',
    phrases: [
      /after (?:everything|all) (?:we(?:'ve| have)|i(?:'ve| have)) done(?: for you)?/,
      /i (?:went|have gone|bent) (?:out of my way|over backwards)/,
      /i stuck my neck out/,
      /you(?:'re| are) putting me in (?:an|a very) (?:awkward|difficult|impossible) position/,
      /do you (?:have any idea|realise|realize|know) how (?:much|many|hard)/,
      /i (?:can't|cannot) believe (?:you|this|that)/,
    ],
  }),
  rule({
    id: 'guilt-trip/favours',
    category: 'guilt-trip',
    weight: 20,
    message: 'Listing what you did for them reads as a guilt trip.',
    phrases: [
      /as a favou?r/,
      /for free,? so/,
      /we(?:'ve| have) been (?:generous|flexible|patient)/,
      /how flexible we(?:'ve| have) been/,
      /(?:we|i) work(?:ed)? day and night/,
      /i take the risk/,
      /i break my head/,
      /(?:i|we)(?:'ve| have)? (?:apologi[sz]ed|said sorry|say sorry) (?:enough|already|three times|on the call|twice)/,
      /i(?:'ve| have) held [^.]{1,40} as a favou?r/,
      /put a lot of (?:hours|work|effort) into this/,
    ],
  }),
  rule({
    id: 'insult/loaded-words',
    category: 'insult',
    weight: 20,
    message: 'A loaded word attacks instead of describing the problem.',
    phrases: [
      /useless/,
      /incompetent/,
      /ridiculous/,
      /absurd/,
      /unacceptable/,
      /unprofessional/,
      /pathetic/,
      /a joke/,
      /disgrace(?:ful)?/,
      /shambles/,
      /idiotic/,
      /stupid/,
      /clueless/,
      /amateur(?:ish)?/,
      /sloppy/,
      /lazy/,
      /laughable/,
      /outrageous/,
      /appalling/,
      /insulting/,
      /bs/,
      /crap/,
      /damn/,
      /hell/,
    ],
  }),
  rule({
    id: 'insult/put-downs',
    category: 'insult',
    weight: 20,
    message: 'A loaded word attacks instead of describing the problem.',
    phrases: [/embarrassing/, /rude/, /insulting/, /disrespectful/, /childish/, /nonsense/, /a waste of (?:time|my time|our time)/],
  }),
  rule({
    id: 'impatience/demands',
    category: 'impatience',
    weight: 14,
    message: 'A bare demand pushes; a reason and a date move people.',
    phrases: [
      /asap/,
      /right now/,
      /immediately/,
      /at once/,
      /today,? no excuses/,
      /no more excuses/,
      /enough is enough/,
      /i (?:demand|insist)/,
      /you (?:need|have) to (?:fix|sort|get|sign|pay|stop)/,
      /fix (?:this|it) now/,
      /sort (?:this|it) out/,
    ],
  }),
  rule({
    id: 'emoticon/wink',
    category: 'emoticon',
    weight: 18,
    message: 'A wink or trailing "..." after a complaint reads as condescending.',
    pattern: anyOf(
      /(?:\.\.\.|…)\s*(?::\)|;\)|:-\)|;-\)|🙂|😉|🙃)/, // "... :)"
      /\byou know(?:\.\.\.|…)/,
      /(?::\)|;\))\s*$/, // a smiley to close
      /^[A-Z][a-z]+(?:\.\.\.|…)/, // "Well..."
      /\w(?:\.\.\.|…)\s*$/, // trailing off
    ),
    flags: 'gim',
  }),
];

/** A clear limit: a date, a need, a consequence stated plainly. Firm, not heated, when nothing above fires. */
export const LIMIT_MARKERS = new RegExp(
  `\\b(?:${[
    /need|must|required?/,
    /unable to|not able to|can't|cannot/,
    /will (?:be|have to) (?:paused|placed on hold|suspended|held)|on hold/,
    /by (?:monday|tuesday|wednesday|thursday|friday|the \d+|\d+)/,
    /deadline|no later than|at the latest/,
    /to be direct|to be clear|straightforward|clear notice|our position/,
  ]
    .map((p) => p.source)
    .join('|')})\\b`,
  'gi',
);

/** "I'm not threatening you, but…" still threatens: these categories ignore a negation before them. */
const NEVER_NEGATED = new Set<ToneCategory>(['ultimatum', 'threat', 'passive-aggressive', 'shouting', 'emoticon']);

const NEGATION = /\b(?:not|no|never|n't|don't|didn't|isn't|wasn't|aren't|without)\b[^.!?,;]{0,12}$/i;

/** "I'm not blaming you", "no need to worry": a negation right before the phrase turns most rules off. */
export function negatedBefore(text: string, start: number, category: ToneCategory): boolean {
  if (NEVER_NEGATED.has(category)) return false;
  return NEGATION.test(text.slice(Math.max(0, start - 24), start));
}
