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
  category: ToneCategory;
  pattern: RegExp;
  weight: number;
  message: string;
  suggestion?: string;
}

const YOU = "(?:you|your(?: team| people| company| side| legal team| department)?|you guys|you people)";

/** Sources are joined with \b where the phrase starts and ends with a word character. */
function r(source: string, flags = 'gi'): RegExp {
  return new RegExp(source, flags);
}

export const RULES: readonly ToneRule[] = [
  // Ultimatums: a demand with a punishment, or the last word.
  { category: 'ultimatum', pattern: r(`\\b(?:or else|this is (?:your|the) (?:last|final) (?:chance|warning|reminder)|final warning|last chance)\\b`), weight: 34, message: 'An ultimatum leaves them no way to answer but to give in or walk away.', suggestion: 'so we can agree the next step together' },
  { category: 'ultimatum', pattern: r(`\\b(?:take it or leave it|non-negotiable|end of discussion|i will not be discussing this further|this is not up for discussion|no further (?:extensions?|discussion))\\b`), weight: 30, message: 'Closing the discussion reads as an ultimatum.', suggestion: 'this is the limit on our side, and I am open to finding a way within it' },
  { category: 'ultimatum', pattern: r(`\\bif (?:${YOU}|it|this|the \\w+)(?: \\w+){0,6} (?:not|n't|don't|doesn't|can't|cannot)\\b[^.!?]{0,80}\\b(?:we(?:'ll| will)|i(?:'ll| will)) (?:have no choice|cut|pull|stop|terminate|cancel|walk|escalate|go (?:straight )?to)\\b`), weight: 22, message: 'A condition tied to a punishment reads as an ultimatum.' },
  // Threats: punishment or going over their head.
  { category: 'threat', pattern: r(`\\b(?:pull the plug|cut (?:you|them|your \\w+) off|you(?:'ll| will) (?:regret|find out the hard way|be hearing from)|(?:see|talk to|speak to) (?:you|them) in court|legal action|our lawyers|my lawyer|go (?:straight |directly )?(?:to|over) (?:your|their) (?:ceo|boss|manager|head)|escalate (?:this|it) to your (?:ceo|boss|manager|board)|reconsider (?:the|our) (?:entire )?(?:relationship|partnership)|recommend(?:ing)? (?:we|that we) (?:don't|do not) renew)\\b`), weight: 36, message: 'This reads as a threat; people dig in when threatened.', suggestion: 'I would like to resolve this with you directly' },
  { category: 'threat', pattern: r(`\\b(?:find another (?:provider|vendor|supplier)|not the right (?:provider|partner|vendor) for (?:a company like yours|you)|(?:you|your \\w+) (?:can|could) (?:always )?go elsewhere)\\b`), weight: 32, message: 'Suggesting they leave reads as a threat.' },
  { category: 'threat', pattern: r(`\\b(?:cut|shut|switch|turn) (?:off|down) (?:your|all your) (?:service|services|access|account|accounts|support|licen[cs]es?|systems?|integration|platform|users?)\\b`), weight: 30, message: 'Cutting them off is a threat, whatever the reason behind it.', suggestion: 'I would like to resolve this with you directly' },
  // Blame: second-person fault.
  { category: 'blame', pattern: r(`\\b(?:(?:this|it) is (?:entirely |all |completely )?(?:your|on your) (?:fault|team|side|problem|doing)|your fault|you (?:failed|dropped the ball|messed up|screwed up|ignored|didn't bother|never bothered|keep (?:ignoring|missing|forgetting|delaying))|thanks to you|because of you|you(?:'ve| have) (?:wasted|ignored|delayed|stalled)|(?:has|have) wasted (?:\\w+ ){0,3}(?:of )?(?:our|my) time|your (?:team|people|legal team|side) (?:has|have|keeps?|kept) (?:\\w+ing|failed|ignored|wasted|sat on|dragged))\\b`), weight: 26, message: 'Blame makes them defend themselves instead of solving the problem.', suggestion: 'we need to get this resolved together' },
  { category: 'blame', pattern: r(`\\b(?:i (?:don't|do not|can't|cannot) (?:understand|see) (?:how|why|what is taking)|what is taking (?:you|your \\w+(?: \\w+)?) so long|how (?:hard|difficult) (?:can|could) it (?:be|possibly be)|why (?:haven't|hasn't|didn't|don't|won't|can't) (?:you|your \\w+))\\b`), weight: 20, message: 'A rhetorical "why/how" question reads as blame.', suggestion: 'could you tell me what is holding this up' },
  { category: 'blame', pattern: r(`\\b(?:we(?:'ve| have) kept our (?:side|end) of the (?:deal|bargain)|we(?:'ve| have) done (?:everything|our part)|the ball is (?:in|firmly in) your court|not our (?:problem|fault|responsibility))\\b`), weight: 16, message: 'Pointing at who did their part reads as blame.' },
  // Sarcasm.
  { category: 'sarcasm', pattern: r(`\\b(?:thanks (?:so much |a lot )?for (?:nothing|finally|eventually)|oh (?:great|wonderful|good|wow)|how (?:nice|lovely|convenient|kind) of you|must be nice|what a surprise|shocking(?:ly)?|who (?:would have|could have) (?:thought|guessed)|clearly (?:a|the) (?:priority|top priority)|maybe (?:they|you|someone)(?:'ll| will) (?:find the time|get around to it)|glad (?:to see )?(?:you|someone) (?:finally|eventually)|nice of you to (?:finally )?(?:reply|respond|join))\\b`), weight: 30, message: 'Sarcasm is read as contempt, whatever was meant.', suggestion: 'thank you for getting back to me' },
  { category: 'sarcasm', pattern: r(`\\b(?:finally|eventually) (?:got|get|gets|found|find|managed|decided|bothered)\\b`), weight: 14, message: '"Finally" marks the delay, not the progress.', suggestion: 'now' },
  // Condescension.
  { category: 'condescension', pattern: r(`\\b(?:obviously|clearly you|as (?:anyone|everyone) (?:knows|can see)|it's not (?:rocket science|complicated|that hard|difficult)|let me (?:explain|spell it out|make this simple)(?: (?:again|slowly|for you))?|(?:a )?simple (?:payment|signature|task|request|form)|i appreciate you(?:'re| are) new,? but|i doubt (?:you|someone|they)|you (?:clearly|obviously) (?:don't|do not) (?:understand|know|get)|you may not (?:understand|be aware|realise|realize)|with all due respect|no offen[cs]e,? but|for your information|(?:i'm|i am) sure (?:even )?you (?:can|could|understand))\\b`), weight: 26, message: 'Condescension tells them you think less of them.', suggestion: 'to make sure we are working from the same picture' },
  { category: 'condescension', pattern: r(`\\b(?:can't be bothered|couldn't be bothered|(?:can|could)n't (?:even )?manage (?:a|to)|in a spreadsheet exercise|don't be surprised when|you(?:'d| would) know (?:that )?if you)\\b`), weight: 24, message: 'This belittles them.' },
  { category: 'condescension', pattern: r(`\\b(?:(?:cute|adorable|sweet|funny|amusing|bold|brave|rich) (?:that|how) you (?:still )?(?:think|believe|assume|imagine)|(?<!\\b(?:do|did|if|don't|you) )you (?:really |actually |honestly |seriously )?think you can)\\b`), weight: 26, message: 'Mocking what they think belittles them.' },
  // Passive-aggressive: reminders of reminders.
  { category: 'passive-aggressive', pattern: r(`\\b(?:per my (?:last|previous) (?:e-?mail|message|note)|as (?:i|we) (?:already |have already |previously )?(?:said|stated|mentioned|explained|advised|noted|pointed out)|as (?:previously|already) (?:advised|stated|mentioned|discussed|explained)|as you (?:should|would) know|as (?:was|has been) (?:made )?clear|just (?:bumping|circling back|following up) (?:on this )?(?:again|yet again|one more time)|(?:bumping|floating) this (?:to the top|up) (?:of your inbox )?again|not sure if my (?:previous |last )?(?:e-?mails?|messages?) (?:are|were|is|was) (?:reaching|getting to) you|in case (?:you|it) (?:missed|didn't see) (?:it|this|my)|friendly reminder,? again|(?:for|this is) the (?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) (?:time|reminder)|(?:i|we) did (?:mention|say|tell you) this|going forward,? please (?:make sure|ensure)|kindly (?:advise|note) (?:again )?(?:that|when)|moving forward,? i(?:'d| would) appreciate)\\b`), weight: 26, message: 'Reminding them of earlier reminders reads as passive-aggressive.', suggestion: 'to bring this back to the top' },
  { category: 'passive-aggressive', pattern: r(`\\b(?:i(?:'ve| have) been (?:more than |very |extremely )?patient|i(?:'m| am) (?:still )?waiting|(?:still )?no (?:reply|response|answer) (?:from you|yet)?|(?:hope|trust) (?:this|that) (?:helps|is clear(?:er)?)(?: now)?\\s*(?:\\.\\.\\.|!)|with respect,? (?:again|once more))\\b`), weight: 18, message: 'Pointing out your own patience reads as passive-aggressive.' },
  // Absolutes about them.
  { category: 'absolute', pattern: r(`\\b(?:(?:you|your \\w+) (?:always|never|constantly|keep)|every (?:single )?time|each and every time|not (?:once|a single time)|(?:yet )?again and again|the whole time|time after time)\\b`), weight: 14, message: 'Absolutes ("always", "never", "every time") turn one problem into a verdict on them.', suggestion: 'this time' },
  // Dismissive.
  { category: 'dismissive', pattern: r(`\\b(?:whatever|no dice|not my problem|not our problem|deal with it|tough luck|that's (?:just )?how it is|i don't care|it doesn't matter (?:what|how)|frankly,? (?:i|we) don't|so be it|i(?:'m| am) not interested in (?:excuses|your)|excuses|that's (?:your|a you) problem|not something to (?:unpick|discuss|debate))\\b`), weight: 22, message: 'Dismissing their point ends the conversation instead of moving it.', suggestion: 'I hear you' },
  // Guilt-trip.
  { category: 'guilt-trip', pattern: r(`\\b(?:after (?:everything|all) (?:we(?:'ve| have)|i(?:'ve| have)) done(?: for you)?|i (?:went|have gone|bent) (?:out of my way|over backwards)|i stuck my neck out|you(?:'re| are) putting me in (?:an|a very) (?:awkward|difficult|impossible) position|do you (?:have any idea|realise|realize|know) how (?:much|many|hard)|i (?:can't|cannot) believe (?:you|this|that))\\b`), weight: 20, message: 'Guilt-tripping puts pressure on the person instead of the problem.', suggestion: 'I want to find a way that works for both of us' },
  // Insults and loaded words.
  { category: 'insult', pattern: r(`\\b(?:useless|incompetent|ridiculous|absurd|unacceptable|unprofessional|pathetic|a joke|disgrace(?:ful)?|shambles|idiotic|stupid|clueless|amateur(?:ish)?|sloppy|lazy|laughable|outrageous|appalling|insulting|bs|crap|damn|hell)\\b`), weight: 20, message: 'A loaded word attacks instead of describing the problem.', suggestion: 'a real problem for us' },
  // Impatient demands.
  { category: 'impatience', pattern: r(`\\b(?:asap|right now|immediately|at once|today,? no excuses|no more excuses|enough is enough|i (?:demand|insist)|you (?:need|have) to (?:fix|sort|get|sign|pay|stop)|fix (?:this|it) now|sort (?:this|it) out)\\b`), weight: 14, message: 'A bare demand pushes; a reason and a date move people.', suggestion: 'could you' },

  // Counting reminders and repeating oneself: "I already sent…", "the fourth reminder", "a hundred times".
  { category: 'passive-aggressive', pattern: r(`\\b(?:i(?:'ve| have)? (?:already|again) (?:sent|said|told|explained|asked|mentioned|attached|shared)|i (?:explain|say|said|told|sent) (?:this|it|you|these)? ?already|(?:i|we) did (?:send|offer|mention|say|tell|warn)|(?:three|four|five|six|several|multiple|\\d+) (?:reminders|times|emails|messages)|(?:my|our) last (?:three|four|five|several|\\d+) (?:emails|messages|reminders)|a (?:third|fourth|fifth) time|(?:once|one more time|yet) again|\\(again\\)|i(?:'ll| will) try once more|a hundred times|as (?:you were|i) (?:warned|said)|you were warned|as my (?:email|message|note) (?:of|on|from) [^.]{1,20}(?:clearly )?said|you may remember|you might recall)\\b`), weight: 24, message: 'Counting your reminders reads as passive-aggressive.', suggestion: 'to bring this back to the top' },
  { category: 'passive-aggressive', pattern: r(`\\b(?:still waiting|(?:haven't|have not|didn't) heard back|i(?:'ll| will) assume|i(?:'m| am) (?:starting|beginning) to wonder|(?:not sure|unsure) (?:what else|how else|if you(?:'re| are) reading)|(?:are|were) you (?:even )?(?:reading|receiving)|would (?:be|have been) (?:great|nice|helpful) (?:to hear|if)|(?:it )?would(?:'ve| have) been (?:a lot )?(?:nice|nicer|easier|good)|for once|a (?:little|bit) (?:surprised|disappointed|disheartening|frustrating)|a bit disheartening|(?:i'm|i am) (?:honestly |frankly )?not (?:entirely )?sure (?:how|where|why|what)|to be fair|with respect,|anyway,|kindly do the needful)\\b`), weight: 20, message: 'This hints at a complaint instead of saying it.', suggestion: 'I would like to understand where things stand' },
  // Rhetorical questions and disbelief.
  { category: 'sarcasm', pattern: r(`(?:\\b(?:really|seriously|honestly)\\?|\\bhow (?:is|was|can|could) (?:this|it|that) (?:so |this |that )?(?:hard|difficult|complicated)|\\bshouldn't be (?:that|this|so) hard|\\bdo you (?:run|treat|handle) [^.?!]{1,40}\\?|\\bgreat to see\\b|\\bthe same priority as everything\\b|\\bi thought you(?:'d| would) know better|\\bfantasy (?:numbers|figures)|\\bnobody else would have\\b|\\bgiven (?:the|my|our) (?:four|three|five|several|\\d+) reminders\\b|\\bcame as a surprise\\b)`), weight: 24, message: 'A rhetorical question or mock surprise reads as sarcasm.', suggestion: 'I want to understand what is in the way' },
  // Condescension by explanation.
  { category: 'condescension', pattern: r(`\\b(?:i(?:'ll| will) keep (?:this|it) simple|(?:so|to make) it(?:'s| is) easy to follow|let me explain how (?:this|it) works|(?:either )?(?:your \\w+ (?:team )?)?can't read|you(?:'re| are) new,? so|every new (?:boss|manager|cfo|director)|(?:before|instead of) running to|check your own|you (?:should|ought to) (?:know|have known)|maybe next time you (?:read|check|listen))\\b`), weight: 26, message: 'Explaining down to them reads as condescension.', suggestion: 'to make sure we are working from the same picture' },
  // Blame without "you": outcomes put on them.
  { category: 'blame', pattern: r(`\\b(?:(?:this|it) (?:really )?could have been avoided|you still (?:expect|want|think)|you (?:never|don't ever) (?:pay|reply|answer|read|respond)|every (?:month|week|time) (?:it's|is|the) (?:a new|same) (?:excuse|story)|(?:has|have) taken advantage|(?:your|these) (?:claims|points) are (?:simply )?(?:wrong|not accurate|false)|simply not accurate|(?:is|was) your (?:choice|decision|call)|that's your (?:choice|call|problem)|you missed the deadline|going silent (?:on us )?doesn't|with the information your team|wasn't all on our side|your idea of)\\b`), weight: 22, message: 'This puts the fault on them.', suggestion: 'we need to get this resolved together' },
  // Ultimatums and shut doors.
  { category: 'ultimatum', pattern: r(`\\b(?:or we(?:'re| are) done|take it or (?:don't|not)|no exceptions|no (?:calls?|discussion|negotiation)s?(?:,| or| and|\\.)|i (?:stop|am done|'m done) (?:playing nice|being nice|asking nicely)|the last time i ask(?: nicely)?|i(?:'m| am) not (?:sending|spending|wasting|doing|going to send) (?:another|any more|more|one more)|don't bother (?:calling|asking|replying|emailing)|(?:it's|it is) not coming back|i will not respond to|consider this (?:formal |final )?notice|good luck(?: with that)?[,.!]|don't come (?:crawling|running) back|go (?:and )?find (?:a |another )?cheaper|go with the cheaper \\w+ then)\\b`), weight: 32, message: 'Shutting the door leaves them nowhere to go but away.', suggestion: 'this is the limit on our side, and I am open to finding a way within it' },
  { category: 'threat', pattern: r(`\\b(?:(?:i|we)(?:'ll| will)? cut (?:everything|it all|all (?:the )?services?)|(?:you|your team) (?:lose|loses|will lose) (?:access|everything|the)|when it (?:all )?falls apart|we are not a bank)\\b`), weight: 28, message: 'This reads as a threat or a put-down.' },
  // Guilt: the favours you did.
  { category: 'guilt-trip', pattern: r(`\\b(?:as a favou?r|for free,? so|we(?:'ve| have) been (?:generous|flexible|patient)|how flexible we(?:'ve| have) been|(?:we|i) work(?:ed)? day and night|i take the risk|i break my head|(?:i|we)(?:'ve| have)? (?:apologi[sz]ed|said sorry|say sorry) (?:enough|already|three times|on the call|twice)|i(?:'ve| have) held [^.]{1,40} as a favou?r|put a lot of (?:hours|work|effort) into this)\\b`), weight: 20, message: 'Listing what you did for them reads as a guilt trip.', suggestion: 'I want to find a way that works for both of us' },
  // Absolutes about people.
  { category: 'absolute', pattern: r(`\\b(?:we always seem to|nobody (?:gets|else|ever)|no one (?:gets|else|ever)|every month same|you want always|always (?:more|late|the same)|i never see such)\\b`), weight: 16, message: 'An absolute turns one problem into a verdict.', suggestion: 'this time' },

  { category: 'dismissive', pattern: r(`\\b(?:nobody cares|no one cares|i don't want to hear|i do not want to hear|if you want to (?:go|leave),? (?:go|leave)|(?:don't|do not) know what (?:more|else) you want|what more do you want|keep it strictly (?:contractual|formal|by the book)|until then,)\\b`), weight: 24, message: 'Dismissing their concern ends the conversation instead of moving it.', suggestion: 'I hear you' },
  { category: 'threat', pattern: r(`\\b(?:escalate (?:this |it )?to your (?:management|manager|director|ceo|boss|board|leadership)|going over my head|(?:we|i) have (?:bigger|more important) clients)\\b`), weight: 28, message: 'Going over their head reads as a threat.', suggestion: 'I would like to resolve this with you directly' },
  { category: 'sarcasm', pattern: r(`\\b(?:i(?:'m| am) sure (?:the|your|their|it|that) [^.!?]{0,40}(?:looks|sounds|is|seems) (?:lovely|great|wonderful|nice|fine)|everything is urgent|(?:learns?|learn) how to|i(?:'d| would) gently point out|not sure why (?:this|it|that) (?:needed|had) to)\\b`), weight: 24, message: 'This reads as sarcasm or a veiled jab.', suggestion: 'I want to understand what is in the way' },
  { category: 'sarcasm', pattern: r(`(?<=\\s)['‘"“][a-z]+(?:[ -][a-z]+)?['’"”](?=[\\s,.!?])`), weight: 16, message: 'Scare quotes around their word read as mockery.' },
  { category: 'absolute', pattern: r(`\\b(?:everybody else|everyone else|(\\w{4,}) and \\1)\\b`), weight: 16, message: 'An absolute or a repeated complaint turns one problem into a verdict.', suggestion: 'this time' },
  { category: 'insult', pattern: r(`\\b(?:embarrassing|rude|insulting|disrespectful|childish|nonsense|a waste of (?:time|my time|our time))\\b`), weight: 20, message: 'A loaded word attacks instead of describing the problem.', suggestion: 'a real problem for us' },
  { category: 'passive-aggressive', pattern: r(`\\((?:again|once more|as usual|as always)\\)`), weight: 22, message: '"(again)" counts your reminders.', suggestion: '' },
  // Emoticons and trailing ellipses as a wink at their failure.
  { category: 'emoticon', pattern: r(`(?:\\.\\.\\.|…)\\s*(?::\\)|;\\)|:-\\)|;-\\)|🙂|😉|🙃)|\\byou know(?:\\.\\.\\.|…)|(?::\\)|;\\))\\s*$|^[A-Z][a-z]+(?:\\.\\.\\.|…)|\\w(?:\\.\\.\\.|…)\\s*$`, 'gim'), weight: 18, message: 'A wink or trailing "..." after a complaint reads as condescending.' },
];

/** Things that lower heat: gratitude, apology, acknowledgement, hedges, a way forward. */
export const SOFTENERS: ReadonlyArray<{ pattern: RegExp; weight: number; label: string }> = [
  { pattern: r(`\\b(?:thank you|thanks|appreciate|grateful)\\b`), weight: 7, label: 'gratitude' },
  { pattern: r(`\\b(?:sorry|apolog(?:y|ies|ise|ize)|my (?:fault|mistake)|we got (?:this|it) wrong|that's on us|we should have)\\b`), weight: 8, label: 'apology' },
  { pattern: r(`\\b(?:i understand|i know (?:this|that|it)|i hear you|i see why|that's fair|you're right|understandabl[ey]|i realise|i realize|i know that's not)\\b`), weight: 7, label: 'acknowledgement' },
  { pattern: r(`\\b(?:could you|would you|would it help|if (?:it helps|that works|possible)|perhaps|maybe we|happy to|glad to|i(?:'d| would) (?:like|love|value|be happy)|let me know|please|when you have a moment|whenever suits)\\b`), weight: 5, label: 'hedge' },
  { pattern: r(`\\b(?:we can|let's|together|shall we|i can (?:set up|walk|send|call|help|arrange|move|hold))\\b`), weight: 5, label: 'way forward' },
];

/** A clear limit: a date, a need, a consequence stated plainly. Firm, not heated, when nothing above fires. */
export const LIMIT_MARKERS = r(`\\b(?:need|must|required?|unable to|not able to|can't|cannot|will (?:be|have to) (?:paused|placed on hold|suspended|held)|on hold|by (?:monday|tuesday|wednesday|thursday|friday|the \\d+|\\d+)|deadline|no later than|at the latest|to be direct|to be clear|straightforward|clear notice|our position)\\b`);

const NEGATION = /\b(?:not|no|never|n't|don't|didn't|isn't|wasn't|aren't|without)\b[^.!?,;]{0,12}$/i;

/** "I'm not blaming you", "no need to worry": a negation right before the phrase turns most rules off. */
export function negatedBefore(text: string, start: number, category: ToneCategory): boolean {
  if (category === 'ultimatum' || category === 'threat' || category === 'passive-aggressive' || category === 'shouting' || category === 'emoticon') return false;
  return NEGATION.test(text.slice(Math.max(0, start - 24), start));
}
