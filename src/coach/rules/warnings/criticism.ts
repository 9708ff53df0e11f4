import { check } from "../../check.ts";
import { CHAR_ADJ, CHAR_NOUN, INSULT_NOUN } from "../../lexicon.ts";
import { messageTest, type Rule, type RuleContext, rule } from "../../rule.ts";

// More character adjectives (judging the person, not an act).
const MORE_ADJ =
  "(unreliable|hypocritical|disrespectful|deceptive|cowardly|shady|conniving|self[- ]?righteous|smug|condescending|patroni[sz]ing|passive[- ]aggressive|insecure|bitter|insufferable|egotistical|egocentric|self[- ]?obsessed|self[- ]?serving|stubborn|pig[- ]?headed|mean|ignorant|abusive|unkind|uncaring|unfeeling|sly|snide|shameless|disgraceful|bossy|flaky|fickle|emotionally (unavailable|stunted|stupid)|full of (yourself|shit|it)|up yourself|self[- ]important|conceited|pompous|sanctimonious|holier[- ]than[- ]thou|preachy|obnoxious|annoying|irritating|insufferable|unpleasant|horrible|horrid|awful|terrible|rotten|wicked|malicious|vicious|nasty|sadistic|twisted|warped|sick in the head|calculating|scheming|devious|duplicitous|underhanded|slimy|sleazy|creepy|treacherous|faithless|unfaithful|dishonourable|dishonorable|immoral|amoral|unethical|corrupt|crooked|small[- ]minded|narrow[- ]minded|closed[- ]minded|close[- ]minded|bigoted|sexist|racist|misogynistic|homophobic|hot[- ]headed|short[- ]tempered|volatile|unstable|gullible|clueless|brainless|mindless|idiotic|moronic|dim|dense|feckless|spineless|weak[- ]willed|lazy[- ]ass|bone idle|workshy|work[- ]shy|useless at everything|materialistic|superficial|fake as fuck|petulant|whiny|whingey|sulky|bratty|spoilt rotten|spoiled rotten|high[- ]maintenance|cold[- ]blooded|emotionless|soulless|joyless|negative|cynical|judgy|nosy|nosey|controlling|domineering|overbearing|possessive|vain|tight[- ]fisted|miserly|mercenary|grasping|lazy|sloppy|reckless|disorganised|disorganized|disingenuous|insincere|mean[- ]spirited|neurotic|delusional|cocky|inept|juvenile|infantile|shifty|sociopathic|psychopathic|pig[- ]ignorant|emotionally abusive|two[- ]timing|heartless|merciless|unforgiving|vengeful|power[- ]hungry|attention[- ]seeking|money[- ]grabbing|grabby|stingy|spiteful)";
// More person-nouns that judge a character ("you're a scrounger", "such a martyr").
const MORE_NOUN =
  "(wanker|tosser|twat|dickhead|knobhead|douche(bag)?|bellend|scrounger|sponger|layabout|slacker|bum|dead ?weight|man[- ]?child|gold ?digger|backstabber|back[- ]stabber|two[- ]timer|homewrecker|home[- ]wrecker|abuser|predator|con ?artist|conman|con man|chancer|phon(e)?y|fantasist|bigot|racist|sexist|misogynist|egomaniac|megalomaniac|martyr|doormat|pushover|wimp|quitter|nutcase|nut ?job|basket case|head ?case|sleazebag|slimeball|lowlife|low-life|degenerate|crybaby|cry ?baby|whinger|know[- ]it[- ]all|busybody|moocher|cheapskate|tightwad|skinflint|show[- ]off|attention[- ]seeker|womani[sz]er|gaslighter|stalker|tyrant|dictator|taker|mooch|skiver|shirker|hothead|hot[- ]head|sadist|bigmouth|blabbermouth|liability|man[- ]?baby|spoilt brat|spoiled brat|bully boy)";
// every judging noun
const ANY_NOUN = `(${INSULT_NOUN.slice(1, -1)}|${MORE_NOUN.slice(1, -1)})`;
// A character word read as something else: "entitled to feel", "cold with me" (a behaviour)
const NOT_CHARACTER = check(
  /(?:\bentitled\s+to|\b(?:cold|distant|off|short|mean|rude|unkind|horrible|horrid|awful|terrible|nasty|annoying|irritating|unpleasant|vicious)\s+(?:with|to|towards?)\s+(?:me|us|him|her|them|the kids)|\b(?:horrible|awful|terrible|useless|hopeless|clueless|rubbish|dim|dense)\s+(?:at|with)|\binsecure\s+about|\b(?:horrible|horrid|awful|terrible|rotten|wicked)\s+(?!and\b)[a-z]+)\b/,
);
const notCharacter = (c: { text: string; start: number; end: number; sentence: { end: number } }) =>
  !NOT_CHARACTER.test(
    c.text.slice(Math.max(c.start, c.end - 12), Math.min(c.sentence.end, c.end + 16)),
  );
// Roles a person is judged in: "what kind of sister are you"
const ROLE =
  "(person|man|woman|mother|mum|father|dad|friend|partner|human( being)?|husband|wife|boyfriend|girlfriend|parent|son|daughter|brother|sister|sibling|boss|colleague|grown (man|woman|adult)|adult|fianc[eé]e?|spouse|uncle|aunt|grandparent|grandmother|grandfather|teammate|flatmate|roommate)";
// A message that talks about someone else, or is the writer's own apology: a bare
// "Such a liar." may be about a third person or about the writer.
const THIRD = /\b(?:he|she|him|his|her|hers|they|them|their|he's|she's|they're)\b/;
const SELF =
  /\b(?:sorry|apologi[sz]e|my fault|on me|ashamed|i was wrong|forgive me|regret|i'm such|i am such|i was such|i've been such|i'm so|i was so|i'm a|i was a|i'm an|i was an)\b/;
// whole-message checks, run once per message however many rules ask
const laughing = messageTest(
  /\b(?:haha\w*|hehe\w*|lol|lmao|rofl|love you|love ya|ily|jk|kidding)\b/,
);
const aboutThird = messageTest(THIRD);
const aboutSelf = messageTest(SELF);
// what may open a bare verdict: "such a", "what a", "so", "you", "a total", "typical"
const BARE_PREFIX = check(
  /^[^a-z0-9]*(?:(?:such|what)\s+an?\s+|so+\s+|(?:an?|you|u)\s+)?(?:(?:total|complete|absolute|utter|fucking|bloody|little|lying|selfish|spineless|pathetic|typical|compulsive|pathological|dirty|filthy|ungrateful|heartless|gutless|two[- ]faced|sad|cowardly|such an?)\s+)*$/,
);

// nothing but an interjection before the match: "Seriously, who does that?"
const INTERJECTIONS = check(
  /^[^a-z0-9]*(?:(?:seriously|honestly|genuinely|really|like|i mean|god|jesus|christ|come on|wow|oh|ugh|and|but|so|sorry but|i'?m sorry but)[^a-z0-9]+)*$/,
);

// the words of a bare verdict
const BARE_WORDS = `(${ANY_NOUN}|selfish|self[- ]?(absorbed|centred|centered|obsessed)|heartless|spineless|gutless|two[- ]?faced|ungrateful|hypocritical|inconsiderate|thoughtless|manipulative|narcissistic|deceitful|dishonest|untrustworthy|unreliable|disloyal|spiteful|vindictive|cowardly|immature|childish|shameless)`;
/** A verdict with no subject ("Coward.") judges the other person: nothing but "such a",
 * "so"… before it, no apology or self-reproach, and the sentence before is about them. */
function bareVerdict(c: RuleContext): boolean {
  if (!BARE_PREFIX.testSlice(c.text, c.sentence.start, c.start)) return false;
  if (aboutSelf(c.text) || laughing(c.text)) return false;
  const before = c.text.slice(0, c.sentence.start);
  // a third person elsewhere: only when the sentence before judges "you" acting on them
  // ("Funny how you found the money for her ... Deadbeat.")
  if (aboutThird(c.text)) {
    const prev = /[^.!?]*[.!?\s]*$/.exec(before)?.[0] ?? "";
    return (
      /^\W*(?:\w+\s+){0,3}(?:you|u)\b/.test(prev) &&
      !/\b(?:he|she|they|he's|she's|they're)\b/.test(prev)
    );
  }
  if (!/[a-z]/.test(before))
    return !/[a-z]/.test(c.text.slice(c.sentence.end)) || /\b(?:you|u)\b/.test(c.text);
  // the sentence before is about the other person, not the writer's own act
  const prev = /[^.!?]*[.!?\s]*$/.exec(before)?.[0] ?? "";
  return (
    /\b(?:you|u|your|ur)\b/.test(prev) && !/^\W*(?:i|i'?m|i'?ve|i'?d|i'?ll|me|my)\b/.test(prev)
  );
}

// --- criticism ---------------------------------------------------------------------------

export const criticism: Rule[] = [
  rule(
    "criticism",
    `(you're|you are|you were|you've always been|you've been|you'll always be|you're always|you've become|you have become|you're being) (so |such |such a |such an |a |an |just a |just an |just |really |the most |the biggest |a complete |a total |a straight-up |an absolute |a real |literally |honestly |basically |nothing but |nothing but a |genuinely |a pathetic |a disgusting |an utter |utterly |completely |totally |incredibly |an |one |very |extremely |quite |pretty )*(${CHAR_ADJ}|${CHAR_NOUN})\\b`,
    { when: notCharacter },
  ),
  rule(
    "criticism",
    `(you're|you are|you were|you've always been|you've been|you'll always be|you're always|you've become|you're being) (so |such |really |the most |completely |totally |utterly |just |such a |a |an |incredibly |genuinely |honestly |truly |basically |pretty |very |a bit |kind of |selfish and |rude and )*${MORE_ADJ}\\b`,
    { when: (c) => notCharacter(c) && !laughing(c.text) },
  ),
  // "you're a compulsive liar", "you're a spineless little worm" (not "a terrible liar": a skill)
  rule(
    "criticism",
    `(you're|you are|you were|you've been|you've always been) (such |just |nothing but |really )?(a|an) (?!(good|bad|terrible|awful|great|rubbish|crap|lousy|poor|better|worse|shit|useless|hopeless|funny|cute|lovely|sweet|brilliant) )([a-z-]+ ){0,2}${ANY_NOUN}\\b`,
    { when: (c) => !laughing(c.text) },
  ),
  // a superlative verdict: "you're the laziest flatmate I've ever had", "the most selfish man alive"
  rule(
    "criticism",
    `(you're|you are|you were|you've been) (genuinely |honestly |literally |officially |easily |by far |just )?the (laziest|meanest|rudest|coldest|cruell?est|nastiest|stupidest|dumbest|weakest|worst|most (${CHAR_ADJ.slice(1, -1)}|${MORE_ADJ.slice(1, -1)})|least (trustworthy|reliable|honest|caring|loyal|supportive|considerate|thoughtful|grateful)) [a-z' -]{0,25}?(i've ever|i have ever|i've|ever|alive|in the world|on the planet|i know|i've met|going)\\b`,
    { when: (c) => !laughing(c.text) },
  ),
  // "it showed me how selfish you really are"; "you are not a serious person"
  rule(
    "criticism",
    `how (${CHAR_ADJ.slice(1, -1)}|${MORE_ADJ.slice(1, -1)}) (you|u) (really |truly |actually )?(are|were|can be|have become)\\b|(you're|you are) (just )?not a (serious|good|decent|nice|kind|real|honest|grown-?up|trustworthy|reliable|loyal|caring) ${ROLE}\\b`,
    { negatable: false, when: (c) => !laughing(c.text) },
  ),
  // "you lie as easily as you breathe"
  rule("criticism", "(you|u) (lie|lies) (as easily as|like) (you )?(breathe|breathing)"),
  // a bare verdict: "Coward.", "Such a hypocrite.", "so ungrateful", "What a liar.",
  // "Untrustworthy to the core."
  // (the pattern is the verdict word alone, which scans fast; what may precede it is checked after)
  rule(
    "criticism",
    `${BARE_WORDS}\\b( (right |all the way )?(down )?to the (very )?(core|bone|bones)| through and through| plain and simple| pure and simple| as they come)?`,
    { negatable: false, sentenceEnd: true, when: bareVerdict },
  ),
  // the verdict as too mild: "Selfish doesn't even begin to cover it.", "Spineless is an understatement."
  rule(
    "criticism",
    `${BARE_WORDS} (doesn't|does not|don't|do not) (even )?(begin to |start to )?(cover|describe) (it|you|what you)\\b|${BARE_WORDS} (is|would be) (an understatement|putting it (mildly|lightly|nicely|politely|kindly))`,
    { negatable: false, when: bareVerdict },
  ),
  // a vocative insult: "You hypocrite, you did the same.", "... you coward."
  rule(
    "criticism",
    `(you|u) ((total|complete|absolute|utter|fucking|bloody|little|lying|selfish|spineless|pathetic|ungrateful|heartless|gutless|two[- ]faced|cheating|dirty|filthy) )*${ANY_NOUN}`,
    {
      negatable: false,
      notPrecededBy:
        /\b(?:thank|thanks|love|miss|see|told|tell|call|calling|called|than|like|are|were)\s+$/,
      when: (c) => {
        if (laughing(c.text)) return false;
        const before = c.text.slice(c.sentence.start, c.start);
        const after = c.text.slice(c.end, c.sentence.end);
        // opens its sentence, or closes it after a comma
        return !/[a-z0-9]/.test(before) || (/,\s*$/.test(before) && !/[a-z0-9]/.test(after));
      },
    },
  ),
  rule(
    "criticism",
    "(ur|your) (such a |so |a |an )+(\\w+ )?(selfish|liar|cheat|coward|fake|idiot|narcissist|hypocrite|loser|user|snake|control freak|freeloader)\\b",
  ),
  rule(
    "criticism",
    "what (kind|sort|type) of (a )?(person|man|woman|mother|mum|father|dad|friend|partner|human( being)?|husband|wife|boyfriend|girlfriend|parent|monster|grown adult|grown man|grown woman|adult|son|daughter|brother|sister) (would|did|could|can|doesn't|does not|didn't|wouldn't|can't|won't|\\w+s)\\b",
  ),
  // "What kind of sister are you?", "what sort of idiot forgets ..."
  rule(
    "criticism",
    `what (kind|sort|type) of (a |an )?${ROLE} (are|were) (you|u)\\b(?! (going|gonna|looking|hoping|planning|thinking|into|after|wanting|trying))|what (kind|sort|type) of (a |an )?(${INSULT_NOUN}|${CHAR_NOUN}) (would|does|did|could|can|\\w+s)\\b`,
  ),
  // rhetorical: "Who does that?", "Who reads their own sister's diary?"
  rule(
    "criticism",
    "who (does|would do|says|would say|did) (that|this|such a thing|something like that)",
    {
      negatable: false,
      // it opens its sentence, or follows an interjection: "Seriously, who does that?"
      when: (c) =>
        INTERJECTIONS.testSlice(c.text, c.sentence.start, c.start) &&
        /^\s*(?:to (?:their|your|his|her|a) (?:own )?\w+(?:'s)?(?: \w+)?)?\s*(?:\?|$)/.test(
          c.text.slice(c.end, c.sentence.end + 1),
        ),
    },
  ),
  rule(
    "criticism",
    "who (\\w+s|would \\w+|could \\w+) (their|his|her) (own|own \\w+'?s) (sister|brother|mother|mum|father|dad|kids?|child|children|son|daughter|partner|wife|husband|friend|best friend|family|parents?)|who (reads|read|would read|goes through|would go through|snoops through|checks|opens|would open) (someone's|somebody's|someone else's|other people's|another person's|a person's|their (partner's|wife's|husband's|girlfriend's|boyfriend's|kid's|child's|daughter's|son's)) (texts|messages|phone|diary|emails|post|mail|letters|journal|dms|private messages)",
    { negatable: false, sentenceStart: true, notInQuestion: false },
  ),
  rule(
    "criticism",
    "what('s| is) (actually |even |seriously |really |honestly |the hell |the fuck )?wrong (with|w/?) (you|u)|what (on earth|in god's name|in the world|the hell|the fuck|the heck) (is|'s) (wrong|the matter) with (you|u)|what('s| is) (the hell|the fuck|the heck|even|actually|seriously|honestly) the matter with (you|u)|something (is )?(seriously |really )?wrong with (you|u)",
  ),
  rule(
    "criticism",
    "((you|u) (have|have got|got)|you've got|you've) (no|zero|absolutely no|not an ounce of|not one ounce of) (shame|respect|morals|decency|backbone|heart|integrity|conscience|self[- ]control|empathy|spine|loyalty|class|dignity|compassion|remorse|self[- ]awareness)\\b",
  ),
  // "you don't have a caring bone in your body", "not a selfless bone in ur body"
  rule(
    "criticism",
    "(a|one) (single )?(caring|kind|selfless|unselfish|honest|decent|loyal|generous|romantic|empathetic|sympathetic|considerate|thoughtful|humble|grateful|compassionate|loving|giving|responsible|faithful|sensitive|gentle|genuine) bone in (your|ur) (whole )?body",
    {
      when: (c) =>
        /\b(?:not|no|don'?t|doesn'?t|haven'?t|hasn'?t|isn'?t|wasn'?t|ain'?t|never|without)\b/.test(
          c.text.slice(c.clauseFrom, c.start),
        ),
      negatable: false,
    },
  ),
  // "you call yourself a friend?", "you're all talk"
  rule(
    "criticism",
    `(you|u) call yourself (a|an) (good |real |decent |loving )?${ROLE}\\b|(you're|you are) all talk\\b`,
  ),
  // "you act like a spoilt child", "you're behaving like a psycho"
  rule(
    "criticism",
    `(you|u) (act|acted|behave|behaved|are acting|are behaving|'re acting|'re behaving|were acting|were behaving|have been acting) like (a|an|such a|such an) ((spoilt|spoiled|petulant|whiny|stroppy|selfish|total|complete|absolute|little) )*(child|toddler|baby|brat|teenager|psycho|maniac|lunatic|${INSULT_NOUN.slice(1, -1)})\\b`,
  ),
  // "you're incapable of empathy", "you're incapable of telling the truth"
  rule(
    "criticism",
    "(you're|you are|you seem|you've always been) (just |completely |totally |simply |utterly )?(incapable|not capable) of (love|loving|empathy|honesty|kindness|caring|remorse|compassion|loyalty|gratitude|telling the truth|being honest|being faithful|thinking of (anyone|others)|putting (anyone|others|me|us|anyone else|someone else) first)",
  ),
  // "I've never met anyone as self-centred as you", "someone so selfish"
  rule(
    "criticism",
    `(anyone|anybody|someone|somebody|a person|a man|a woman) (as|so|more|this|that) (${CHAR_ADJ}|${MORE_ADJ})( as| than)? (you|u)\\b`,
    { negatable: false },
  ),
  // "how could you be so cruel", "how can anyone be so selfish"
  rule(
    "criticism",
    `how (can|could|do|does) (you|u|anyone|anybody|someone|somebody|a person|one person|a (grown )?(man|woman|adult)|a human( being)?) (be|get|become) (so|this|that) (${CHAR_ADJ}|${MORE_ADJ})`,
  ),
  rule(
    "criticism",
    "(you're|you are) (impossible|unbearable|exhausting|a nightmare|hopeless) (to|at|with)",
  ),
  rule(
    "criticism",
    "(your|ur) (behaviour|conduct|attitude|character|actions|work|performance) (shows|showed|has shown|reveals|demonstrates|is|was) (a )?(complete |total |utter |real |staggering |shocking )?(lack of|disgrace|appalling|pathetic|selfish|childish|shameful|disgusting)",
  ),
  rule(
    "criticism",
    "(complete|total|utter|shocking|staggering) lack of (professionalism|character|integrity|decency|respect|empathy|morals|maturity|judge?ment|honesty|loyalty|basic decency)",
  ),
  rule(
    "criticism",
    `i (can't|cannot|can not) believe i (raised|married|dated|trusted|fell for|gave birth to|brought up|love|loved|chose|picked) (a|an|such a|such an|someone so) (${CHAR_ADJ}|${CHAR_NOUN})`,
  ),
  rule(
    "criticism",
    "(anyone|anybody|anything|no one|nobody|nothing) (but|except|other than|apart from) yourself|(you|u) (only|just) (ever )?(think|care) (about|of) yourself",
    { negatable: false },
  ),
  rule(
    "criticism",
    "all (you|u) (ever )?(care|think) about is|(you|u) (only|just) (ever )?care about (yourself|money|your \\w+|likes)|(you|u) (\\w+ly )?(don't|do not) care about (anyone|anybody) (but|except) yourself",
  ),
  rule(
    "criticism",
    `only (a|an|someone|somebody) (total |complete |absolute |real |utter |truly |really |deeply |completely |so )*(${CHAR_ADJ.slice(1, -1)}|${CHAR_NOUN.slice(1, -1)}|${MORE_ADJ.slice(1, -1)})( ${ROLE})? (would|could|does|did|[a-z]{2,}s)\\b`,
    { negatable: false, when: (c) => !laughing(c.text) && !aboutSelf(c.text) },
  ),
  rule(
    "criticism",
    `(you're|you are|you were|you've been) (so |such |a |an |the most |really |truly |just )*\\w+ly (${CHAR_ADJ.slice(1, -1)})\\b`,
  ),
  // --- round 2 ---
  // a bad nature: "you have a cruel streak", "you've got a nasty side", "something off about you"
  rule(
    "criticism",
    "((you|u) (have|'ve got|have got|got)|you've) (a|such a|this|a real) (cruel|nasty|vicious|mean|selfish|evil|cold|black|twisted|sick|dirty|petty|warped|toxic|spiteful|vindictive|lazy|sly|sneaky|dark|manipulative|controlling) (streak|heart|mind|soul|side|nature|personality)\\b|there('s| is) something (seriously |really |deeply |very )?(wrong|off|broken|twisted|sick|not right|rotten) (with|about|in) (you|u)\\b|(you're|you are) rotten (to the core|through and through)",
    { when: (c) => !laughing(c.text) },
  ),
  // what they really are, revealed: "you've shown your true colours", "now I see who you really are"
  rule(
    "criticism",
    "(you've|you have|u have|you) (finally |really |now |just )?(shown|showed|revealed|proved|proven) (your|ur) (true|real) (colou?rs|self|face|nature)|(now )?i (finally )?(know|see) (who|what) (you|u) (really|truly) are|(this|that)('s| is) (who|what) (you|u) (really|truly) are|(you're|you are) (exactly )?(who|what) (everyone|everybody|people|my (mum|mom|dad|friends|family|sister|brother)) (said|warned me) (you were|you are|you'd be)",
    { negatable: false, when: (c) => !laughing(c.text) },
  ),
  // a degrading comparison: "you're no better than your father", "you only care about number one"
  rule(
    "criticism",
    "(you're|you are|you were|ur) no (better|different) than (a|an|your|him|her|them|the|my|that)\\b|(you're|you are|you were) (just |really )?no better( yourself)?(?=\\s*(?:[.!?,;]|$))|(you|u) (only|just) (ever )?(look out for|care about|think about) number one",
    { when: (c) => !laughing(c.text) },
  ),
  // --- round 3 ---
  // a vice of theirs, judged: "your pride is unbearable", "your selfishness knows no bounds"
  rule(
    "criticism",
    "(your|ur) (pride|ego|arrogance|selfishness|entitlement|sense of entitlement|laziness|greed|vanity|hypocrisy|narcissism|cowardice|dishonesty|cruelty|spite|pettiness|stubbornness|jealousy|temper|attitude|smugness|self[- ]pity|self[- ]importance|superiority complex|martyr complex|victim complex|negativity|immaturity|meanness|coldness|callousness|nastiness|lying|bitterness|insecurity) (is|'s|was|has become|has always been|has been|is getting|is becoming) (so |just |honestly |frankly |absolutely |completely |really |beyond |truly |genuinely |actually |quite |utterly )*(unbearable|insufferable|intolerable|disgusting|sickening|pathetic|toxic|exhausting|staggering|astounding|astonishing|breathtaking|unbelievable|out of control|off the (charts|scale)|next level|appalling|shocking|vile|monstrous|boundless|limitless|ridiculous|embarrassing|a joke|the (real )?problem|ugly|beyond a joke|too much|tiresome|draining|poisonous|suffocating)\\b|(your|ur) (pride|ego|arrogance|selfishness|entitlement|greed|vanity|hypocrisy|narcissism|cruelty|pettiness|stubbornness|jealousy|nastiness) (knows|has) no (bounds|limits|end)\\b",
    { when: (c) => !laughing(c.text) },
  ),
  // a self-absorbed nature: "you're so wrapped up in yourself", "you're only ever out for yourself"
  rule(
    "criticism",
    "(you're|you are|you've become|you've always been|you were) (so |too |just |completely |totally |far too |way too |really |utterly |entirely )*(wrapped up|caught up|absorbed|engrossed|in love) (in|with) (yourself|your own (world|little world|bubble|ego|reflection))\\b|(you're|you are) (only |just )?(ever )?(all about|out for|looking out for) (yourself|number one)\\b",
    { when: (c) => !laughing(c.text) },
  ),
  // a missing virtue as a bare verdict: "Zero integrity.", "No shame whatsoever, honestly."
  rule(
    "criticism",
    "(zero|no|not an ounce of|not a shred of|not a scrap of) (integrity|shame|morals|decency|backbone|spine|conscience|self[- ]respect|loyalty|class|dignity|empathy|remorse|self[- ]awareness)( whatsoever| at all)?",
    {
      negatable: false,
      sentenceStart: true,
      when: (c) =>
        /^\W*(?:(?:honestly|seriously|whatsoever|at all|clearly|obviously|apparently|none|none at all|none whatsoever)\W*)?$/.test(
          c.text.slice(c.end, c.sentence.end),
        ) && bareVerdict(c),
    },
  ),
];

criticism.push(
  // "You are a grown woman acting like a spoilt child."
  rule(
    "criticism",
    "(you're|you are|ur) a grown (woman|man|adult) (acting|behaving|carrying on) like a (spoilt |spoiled |little )?(child|toddler|teenager|baby|brat|kid)",
    { negatable: false },
  ),
);
