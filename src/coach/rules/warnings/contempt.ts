import { check } from "../../check.ts";
import { ADV, CONTEMPT_WORD } from "../../lexicon.ts";
import {
  messageTest,
  type Rule,
  type RuleContext,
  type RuleOptions,
  rule,
  test,
} from "../../rule.ts";
import { foldWide } from "../../text.ts";

// --- contempt -------------------------------------------------------------------------------

// Nouns that insult by degrading (vermin, fools): contempt as well as criticism.
const VERMIN =
  "(worm|rat|pig|cow|weasel|cockroach|maggot|slug|vermin|leech|parasite|scumbag|scum|lowlife|low-life|loser|idiot|moron|cretin|imbecile|clown|waste of space|piece of (shit|crap|garbage|trash)|mama's boy|mummy's boy|mommy's boy)";
// a message about someone else ("what a loser he is")
const aboutThird = messageTest(/\b(?:he|she|him|his|her|they|them|he's|she's|they're)\b/);
// whole-message checks, each run once per message (messageTest)
// praise or warmth anywhere in the message: the remark is sincere
const fondness = messageTest(/\b(?:love|loved|xx+|miss (?:you|u))\b/);
const warmth = messageTest(
  /\b(?:love|loved|lovely|thank|thanks|xx+|proud of (?:you|u)|cute|sweet|can'?t wait)\b/,
);
const teasing = messageTest(/\b(?:haha\w*|hehe\w*|lol|lmao|jk|love (?:you|u|ya))\b/);
// "Nice speech!", "Genius!": an exclamation after the words reads as praise, not scorn
const exclaimedAfter = (c: RuleContext): boolean =>
  c.text.slice(c.end, c.sentence.end + 1).includes("!");
// a remark that is the whole sentence, without an exclamation: "Nice speech." "Riveting."
const MOCK_REMARK: RuleOptions = {
  negatable: false,
  sentenceStart: true,
  sentenceEnd: true,
  when: (c) => !exclaimedAfter(c),
};
// ... and not in a warm message ("Wow, flowers. Love you x")
const MOCK_REMARK_NOT_WARM: RuleOptions = {
  ...MOCK_REMARK,
  when: (c) => !exclaimedAfter(c) && !warmth(c.text),
};
const laughingOrLove = messageTest(/\b(?:haha\w*|lol|lmao|jk|love you|ily)\b/);
const laughingAny = messageTest(/\b(?:haha\w*|lol|lmao|jk)\b/);
const proudOrLove = messageTest(/\b(?:proud of (?:you|u)|love (?:you|u)|so proud)\b/);
// 'lost', 'a family emergency': scare quotes (straight single quotes may be masked to '####', like
// double ones)
// closing its clause: "Sure, 'lost'.", "your phone 'died' again" (not a title: "'Hamlet' is on at eight")
const SCARE_QUOTE = check(
  /(?:^|[\s,(])(?:'[a-z][a-z ]{0,30}[a-z]'|'#{2,32}'|#{3,})(?=\s*(?:$|[.,!?;:)]|(?:again|then|was it|right|huh|yeah|lol)\b))/,
);
// Degrading words (contempt): what the other person is reduced to.
const DEGRADING_NOUN =
  "(worm|rat|pig|weasel|cockroach|maggot|slug|vermin|leech|parasite|scumbag|scum|lowlife|low-life|loser|idiot|moron|cretin|imbecile|clown|wanker|tosser|twat|dickhead|knobhead|douche(bag)?|bellend|muppet|numpty|pillock|plonker|prat|halfwit|dimwit|nitwit|dipshit|dumbass|jackass|simpleton|buffoon|oaf|nobody|nonentity|sleazebag|slimeball|degenerate|waste of (space|oxygen|air|skin)|piece of (shit|crap|garbage|trash|work)|excuse for a (man|woman|human|person|father|mother|husband|wife|partner|friend))";
const DEGRADING = `(pitiful|contemptible|beneath contempt|a laughing ?stock|a (sad|pathetic|sorry) (little )?(man|woman|boy|girl|case|excuse for a \\w+|specimen|creature)|a nobody|nothing to me|dead to me|subhuman|gross|revolting|sickening|embarrassing|cringe|cringey|a (bad |sick |cruel )?joke|an embarrassment|(an? )?${DEGRADING_NOUN.slice(1, -1)})`;
// A bare sarcastic reply word: "Riiight.", "Suuure."
const ELONGATED = "(rii+ght|suu+re|suu+re,? ja+n|yee+a*h,? ri+ght)";

export const contempt: Rule[] = [
  rule(
    "contempt",
    `(you're|you are|you were|ur|you look|you sound|you're being|you've been) ${ADV}(such |a |an )?${ADV}${CONTEMPT_WORD}\\b`,
  ),
  rule(
    "contempt",
    "(you|u) (disgust|sicken|repulse|revolt) me|(you|u) make me (sick|want to (puke|vomit|throw up))|makes me sick (to look at|looking at) (you|u)",
  ),
  // disgust with an adverb or a body: "you genuinely disgust me", "you make my skin crawl"
  rule(
    "contempt",
    `(you|u) ${ADV}(honestly |seriously |literally |frankly )?(disgust|sicken|repulse|revolt|nauseate) me|(sick|tired) of the (sight|sound) of (you|u|your (face|voice))|(can't|cannot) stand the (sight|sound) of (you|u|your (face|voice))`,
  ),
  // an insult with modifiers: "you're a spineless little worm", "a lying rat"
  rule(
    "contempt",
    `(you're|you are|you were|you've been|ur) (such |just |nothing but |really )?(a|an) ([a-z-]+,? ){0,3}${VERMIN}\\b|(you|u) ((little|lying|spineless|pathetic|selfish|filthy|dirty|sneaky|cheating|manipulative|fucking|bloody|absolute|utter|complete|stupid|fat|ugly|nasty|vile|evil|horrible|disgusting) )+${VERMIN}\\b`,
    { when: (c) => !teasing(c.text) },
  ),
  // "What kind of idiot forgets ...", "What a loser."
  rule(
    "contempt",
    `what (kind|sort|type) of (a |an )?(idiot|moron|imbecile|cretin|loser|clown|lowlife|scumbag)\\b|what (a|an) (absolute |total |complete |utter |pathetic |sad )?(loser|idiot|moron|clown|lowlife|scumbag|waste of space|piece of (work|shit|crap))\\b(?! (that|this|he|she|they|of|in|at|on))`,
    { when: (c) => !aboutThird(c.text) },
  ),
  rule("contempt", "(pathetic|disgusting|laughable|typical|classic|unreal)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  rule(
    "contempt",
    "(of )?course (you|u) (are|were|did|do|have|will|would|can|could|have been|were busy|are busy)",
    { negatable: false, sentenceEnd: true },
  ),
  rule(
    "contempt",
    "oh (please|puh-?lease|spare me|give me a break|grow up|boo hoo|poor you|poor baby)|give me a break|spare me the|(real|very|so|how|really) mature|grow up|boo hoo|cry me a river|diddums|poor (little )?(you|baby|thing|darling|petal)\\b(?! (must|have|had|are))|get over yourself|get off your high horse",
    {
      // sincere thanks: "How mature of you to apologise first, thank you."
      when: (c) =>
        !/\b(?:thank|thanks|appreciate)\b/.test(c.text.slice(c.sentence.start, c.sentence.end)) &&
        // sympathy: "oh no, you poor thing!" (the scoff is "poor you", "poor baby")
        !(
          /^poor (?:little )?(?:thing|darling|petal)/.test(c.text.slice(c.start, c.end)) &&
          /\b(?:you|u|oh no|aw+|bless (?:you|u|her|him))\W*$/.test(
            c.text.slice(c.sentence.start, c.start),
          )
        ) &&
        // "Oh please come Sunday", "real mature cheddar": a request or a description, not a scoff
        !(
          /(?:please|mature)$/.test(c.text.slice(c.start, c.end)) &&
          /^ +(?!(?:of|there|then|mate|man|dude|bro|babe|huh|eh|as|again|too|really|spare|give|like|as if)\b)[a-z]/.test(
            c.text.slice(c.end, c.end + 12),
          )
        ),
    },
  ),
  rule(
    "contempt",
    "(oh|yeah|ah) (right|sure|yeah)[,.]? (because|cause|cos|like)|yeah,? right\\b|(lol|lmao+|lmfao|haha+|ha ha),? (ok|okay|sure|right|yeah)\\b|\\b(ok|okay) sure\\b|sure (you did|you were|you are|you do|you have|you will|you would)\\b|sure,? jan\\b",
    {
      // "I'm sure you did your best" reassures (the closing "I'm sure you did." is a rule below)
      notPrecededBy: /\b(?:i'?m|i am|am)\s+(?:\w+\s+)?$/,
    },
  ),
  rule(
    "contempt",
    "whatever you say|(oh )?(wise one|mighty one|your highness|your majesty|your royal highness|mr\\.? perfect|miss perfect|saint (?!(for|to|of|and|in|because|with|like|when|who|at|about)\\b)\\w+|sherlock|einstein)\\b",
  ),
  rule(
    "contempt",
    "(do|did|does) (you|u|he|she) want a (medal|trophy|gold star|prize|round of applause|cookie|biscuit|parade|pat on the back)|want a (medal|gold star|cookie|round of applause)\\b",
  ),
  rule(
    "contempt",
    "(aww+|aw+|oh+|ohh+),? (did|does|is|are|has) [^.!?]{0,40}?(hurt|upset|offend|bother|sting|bruise)[^.!?]{0,20}?(feelings|ego|pride)|did the (big bad )?truth hurt",
  ),
  rule(
    "contempt",
    "how (very |incredibly |terribly |awfully )?(refreshing|rich|original|convenient|brave|noble|nice|generous|big|kind|gracious|mature|thoughtful|grown[- ]?up|adult|classy|charming|sporting) of (you|u)|how (refreshing|rich|original|convenient)\\b",
    {
      // sincere thanks: "How generous of you to offer, thank you."
      when: (c) =>
        !/\b(?:thank|thanks|appreciate|love)\b/.test(
          c.text.slice(c.sentence.start, c.sentence.end),
        ),
    },
  ),
  rule("contempt", "(oh,? )?(so )?(now )?we're keeping score|keeping score,? are we"),
  rule(
    "contempt",
    "(lmao+|lmfao|rofl|lol)\\b[^.!?]{0,20}?\\b(you|u) (really |actually |seriously |honestly )?think|(you|u) (really |actually |seriously |honestly )think [^.!?]{0,50}?(fixes|fix|will fix|makes up for|changes|solves|undoes)",
  ),
  rule("contempt", "(\uD83D\uDE44|\uD83D\uDE12|\uD83D\uDE43|\uD83E\uDD21)", { negatable: false }),
  rule(
    "contempt",
    "(really|truly|so|very|how|such) (inspiring|inspirational)( stuff)?|slow clap|golf clap|bravo,? (really|truly)|well done,? (genius|einstein)",
  ),
  rule(
    "contempt",
    "(who|what) (do you think you are|do you take me for)|(i'm|i am) (better|above|beneath|too good) (than|for) (you|this)|get a life",
  ),
  rule(
    "contempt",
    "what a (surprise|shock|shocker)|(big |huge )?surprise there|colou?r me (surprised|shocked)|shocker\\b|(nice|good|kind|big|generous|decent|sweet) of (you|u) to (finally|actually|even|bother)|grace us with your presence|how very (kind|good|nice|generous|big) of (you|u)",
  ),
  rule(
    "contempt",
    "(you're|you are|you r|ur) (honestly |just |actually |absolutely |literally |so |truly |really )*(unbelievable|unreal|a piece of work|something else|a joke|laughable)",
  ),
  // ironic praise: "wow, great job, really impressive", "oh brilliant, another lecture"
  rule(
    "contempt",
    "(wow|oh|well|ooh),? (great|nice|good|brilliant|fantastic|amazing|lovely|wonderful|perfect|marvellous|terrific|super)( job| work| one| move)?,? (really |so |very |truly |how )(impressive|mature|classy|helpful|original|clever|smart|grown up|adult)|(oh|wow|great|brilliant|fantastic|perfect|lovely|wonderful),? (great|brilliant|fantastic|perfect|lovely|wonderful)?,? ?(another|more of your|yet another) (lecture|sermon|speech|rant|lesson|tantrum|guilt trip)|just what i (needed|wanted)\\b",
    { negatable: false },
  ),
  rule("contempt", "oh,? here we go|(oh,? )?(yes|yeah),? (saint|st\\.?) [a-z]+,? who", {
    negatable: false,
    sentenceStart: true,
  }),
  rule("contempt", "(oh )?here we go again|(and )?there (it|she|he) goes again", {
    negatable: false,
  }),
  rule("contempt", ELONGATED, { negatable: false, sentenceStart: true, sentenceEnd: true }),
  // a sarcastic "because": "Right, because you're the world expert on honesty now."
  rule(
    "contempt",
    "(right|sure|yeah|oh sure|oh right|oh yes|oh yeah|oh of course|of course),? (because|like) ((you're|you are) (now )?(the|such|so|a saint|an angel|perfect|an expert|a paragon|never|always|clearly|obviously|totally|completely)|(you've|you have|you'd|you would|you) (never|always|been so|been such)|(you|u) of all people|(your|ur) [a-z' ]{0,30}?(are|is|were|was) (so |totally |completely |always )?(spotless|perfect|flawless|squeaky clean|immaculate|beyond reproach|impeccable|so much better)|[a-z' ]{0,40}?\\b(is|was) (clearly |apparently |now |suddenly )*(a crime|illegal|a hanging offen[cs]e|a sin))\\b",
    { negatable: false, sentenceStart: true, tag: "pushback" },
  ),
  rule(
    "contempt",
    "since when (are|were|did|have|do) (you|u) (become |been |an? |the |know |care )?(an? |the )?(expert|authority|saint|paragon|model|judge|angel|anything about)|(you're|you are|you've become) (now )?(the|a|an) (world|world's|world-class|resident|self-appointed|great|big) (expert|authority|judge|champion) on",
    { negatable: false },
  ),
  // mock wonder at their view: "cute that you think a card covers it", "rich coming from you"
  rule(
    "contempt",
    "(cute|adorable|precious|hilarious|priceless|amusing|rich|laughable|hysterical) (that|how) (you|u) (actually |really |genuinely |honestly |still )?(think|thought|believe|reckon|expect|imagine|assume)\\b(?! (of|about) (me|us))|(that's |that is |bit |pretty |very |a bit )?(rich|hilarious|funny|ironic|priceless|laughable) (coming )?from (you|u|someone who|the (man|woman|person|guy|girl|one) who)",
    { negatable: false },
  ),
  rule("contempt", "that's rich", { negatable: false, sentenceEnd: true }),
  // mock celebration: "Someone alert the press.", "Should I get it framed?", "Wow, a whole apology."
  rule(
    "contempt",
    "(alert|call|notify|ring|phone|tell|inform) the (press|media|papers|newspapers|guinness( book( of records)?)?|bbc|town crier)|stop the press(es)?|(should|shall) i (get it|get that|have it|have that) framed|(get|have) (it|this|that) framed|(throw|give) (you|u) a (parade|medal|ticker[- ]tape parade)|(should|shall) (i|we) (throw|have|organi[sz]e|hold|plan) (you )?a (parade|ticker[- ]tape parade)|(wow|oh|ooh|ooo+h|whoa),? (a|an) (whole|full|real|actual|entire) (apology|sentence|text|message|paragraph|reply|response|phone call|sorry)",
    { negatable: false },
  ),
  rule(
    "contempt",
    "(somebody|someone|quick|better),? (call|ring|phone|alert) the (police|cops|fire brigade)",
    {
      negatable: false,
      sentenceEnd: true,
    },
  ),
  // ironic thanks: "Thanks SO much for the lecture on respect", "thanks for nothing"
  rule(
    "contempt",
    "(thanks|thank you|cheers)( (so|very) much| a lot| a bunch| heaps| loads)? for (the|your|that) (lovely |little |wonderful |helpful |fascinating )?(lecture|sermon|speech|guilt trip|ted talk|life lesson|lesson (on|in)|morality lesson|ethics lesson|pep talk|character (assessment|analysis|assassination)|psychoanalysis|armchair (diagnosis|psychology)|unsolicited (advice|opinion))(?! (notes|slides|recording|hall|tickets|theatre|video))|(thanks|thank you|cheers) for nothing",
    { negatable: false, tag: "pushback" },
  ),
  rule("contempt", "as if|ya+wn|zzz+|(oh,? )?the irony", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  rule("contempt", "news(flash| flash)|(oh,? )?the irony of (you|u|it)", {
    negatable: false,
    sentenceStart: true,
  }),
  // ironic praise of conduct: "real classy", "yeah, so grown up"
  rule(
    "contempt",
    "(so|very|how) (classy|grown[- ]up)|how very (touching|moving|heartwarming|convenient|original|mature|brave|noble)",
    {
      negatable: false,
      sentenceEnd: true,
      when: (c) => !exclaimedAfter(c),
    },
  ),
  // "Real mature." (not "real mature cheddar")
  rule(
    "contempt",
    "real (classy|nice|mature|grown[- ]up|adult|original|charming|cute|smart|clever|big of (you|u))",
    {
      negatable: false,
      notFollowedBy:
        /^\s+(?!(?:of|there|then|mate|man|dude|bro|babe|pal|buddy|huh|eh|as always|as usual|again|too|really|very)\b)[a-z]/,
    },
  ),
  rule(
    "contempt",
    "(another |a )?masterclass in (accountability|honesty|gaslighting|deflection|deflecting|manipulation|excuses|lying|blame|blaming|denial|playing the victim)|blah,? blah|(oh,? )?so now (you|u) (care|want|notice|remember|decide|give a)|hope (she|he|they) (was|were) worth it\\b(?! (and|but|for|,))|(gold star|medal|round of applause|award|trophy|prize|pat on the back|cookie) for (remembering|doing|finally|actually|being|managing|turning up|showing up|not)",
    { negatable: false },
  ),
  // mocking their apology or effort: "You call that an apology?", "what a pathetic excuse"
  rule(
    "contempt",
    "(you|u) call (that|this) (an? )?(apology|effort|sorry|explanation|help|plan|cooking|parenting|trying|love|listening)\\b|(is|was) (that|this) (supposed|meant) to be (an? )?(apology|sorry|explanation|effort|joke)|(what a|that's a|that is a|that's such a|such a|your) (pathetic|lame|feeble|laughable|weak|sorry|sad|poor|joke of an?) (excuse|apology|attempt|effort|explanation)",
    { negatable: false },
  ),
  // mock congratulations: "Congratulations, you've ruined another weekend."
  rule(
    "contempt",
    "(congratulations|congrats|well done|bravo|nice going|great job|good job|nice work|way to go),? (you('ve| have)? )?(really |finally |successfully )?(ruined|managed to (ruin|upset|alienate|wreck|destroy|hurt|embarrass|humiliate)|wrecked|destroyed|screwed|messed|blew|blown|embarrassed|humiliated|shamed|disgraced)",
    { negatable: false },
  ),
  // mocking their self-regard: "you think you're so clever", "look at you, playing the victim"
  rule(
    "contempt",
    "(you|u) (really |actually |honestly |seriously )?think (you're|you are) (so |such |really )?(clever|smart|funny|perfect|special|great|better than|above|hot stuff|the (best|shit|bomb)|god's gift|untouchable|a saint|an angel|all that|superior)|look at (you|u),? (playing|pretending|acting|being|trying|crying|making|sulking|whining|moaning)",
    { negatable: false },
  ),
  rule(
    "contempt",
    "(do|can|did) (you|u) (even )?(hear|listen to) yourself|(are|aren't) (you|u) (so )?proud of yourself|(you|u) (really|truly|honestly) are (unbelievable|unreal|something else|a piece of work|a joke|laughable)|well done,? (you|u)",
    {
      negatable: false,
      // a rhetorical question or a closing verdict, not "... something else, I love you"
      when: (c) => {
        if (/[a-z]/.test(c.text.slice(c.clauseFrom, c.start))) return false;
        if (proudOrLove(c.text)) return false;
        const after = c.text.slice(c.end, c.sentence.end + 1).replace(/\s|right now|now/g, "");
        return after.startsWith("?") || after === "" || after === ".";
      },
    },
  ),
  rule("contempt", "(whatever|if that) (helps|lets) (you|u) sleep at night", { negatable: false }),
  // mock hyperbole and sarcastic sorries: "blame me for the weather while you're at it",
  // "Sorry my honesty is such a problem for you.", "like you've ever kept a promise"
  rule(
    "contempt",
    "blame me for [^.!?]{1,40}?while (you're|you are) at it|(sorry|so sorry) (that )?(my|i'm|i am) [a-z' ]{0,20}?(is |am )?(such a|so much of a) (problem|inconvenience|issue|bother|nuisance|disappointment) (for|to) (you|u)",
    {
      negatable: false,
      tag: "pushback",
      // closing its sentence, perhaps with a name: "..., Mother."
      notFollowedBy: /^(?!\s*(?:$|[.!?]|,\s*[a-z]+\s*[.!?]*\s*$))/,
    },
  ),
  rule("contempt", "(and )?so are (you|u)|(like|as if) (you've|you have|you) ever\\b", {
    negatable: false,
    when: (c) =>
      /ever$/.test(c.text.slice(c.start, c.end))
        ? !/[a-z0-9]/.test(c.text.slice(c.sentence.start, c.start))
        : !/[a-z0-9]/.test(c.text.slice(c.end, c.sentence.end)) &&
          /\b(?:joke|pathetic|ridiculous|farce|waste of time|laughable|embarrassing|a mess)\b/.test(
            c.text.slice(c.sentence.start, c.start),
          ),
  }),
  rule("contempt", "nice (speech|words|performance|act|apology)", MOCK_REMARK),
  // scare quotes around their claim: "Sure, 'lost'.", "Oh sure, your phone 'died' again."
  rule(
    "contempt",
    "(oh |ah )?(sure|right|yeah|yeah right|uh huh|of course|yes),? [^.!?]{0,40}?(\\x27|#)",
    {
      negatable: false,
      sentenceStart: true,
      when: (c) =>
        SCARE_QUOTE.testSlice(c.text, c.end - 2, Math.min(c.sentence.end, c.end + 50)) &&
        !/\b(?:love|loved|adore|thank you so)\b/.test(
          c.text.slice(c.sentence.start, c.sentence.end),
        ),
    },
  ),
  rule(
    "contempt",
    "(thanks|thank you|cheers)( (so|very) much| a lot| a bunch)? for (the|your|that|all the|all your)|(oh|wow|great|brilliant|fantastic|perfect|lovely|wonderful|ah|cool|oh look|look)(,? (great|brilliant|fantastic|perfect|lovely|wonderful))?,? (another|yet another|more of your|more)",
    {
      negatable: false,
      when: (c) =>
        SCARE_QUOTE.testSlice(c.text, c.end, Math.min(c.sentence.end, c.end + 40)) &&
        /^\s*(?:'[a-z#]|#)/.test(c.text.slice(c.end, c.end + 4)) &&
        !/\b(?:love|loved|adore|thank you so)\b/.test(
          c.text.slice(c.sentence.start, c.sentence.end),
        ),
    },
  ),
  rule(
    "contempt",
    "(oh|wow|great|brilliant|fantastic|perfect|lovely|wonderful|ah|cool|yay|goody)(,? (great|brilliant|fantastic|perfect|lovely|wonderful|good|goody|joy|super|excellent|marvellous))?,? (another|yet another|more of your) ([^.!?,]{1,30}? )?(apology|sorry|excuse|promise|speech|sob story|essay|grovelling text|grovelling|i'm sorry|lecture|sermon)",
    { negatable: false },
  ),
  // "Amazing how your wallet always goes missing exactly when it's your round."
  rule(
    "contempt",
    "(amazing|funny|interesting|convenient|strange|incredible|remarkable|hilarious|weird|odd|curious|cute|typical) (how|that) (you|your|ur|u)\\b",
    {
      negatable: false,
      when: (c) =>
        // ... and a telling contrast: "... found the money for her but never for child support"
        /\b(?:conveniently|magically|somehow|exactly when|just when|only when|right when|the (?:moment|minute|second)|goes missing|go missing|disappears?|vanish(?:es)?|always (?:forget|dies|breaks)|but (?:never|not|no|nothing|somehow|suddenly)|yet (?:never|not|you|no)|and yet|when it suits|whenever it suits|suddenly)\b/.test(
          c.text.slice(c.end, c.sentence.end),
        ),
    },
  ),
  // mock outrage at their complaint: "clearly a crime now. Lock me up.", "call the police."
  rule(
    "contempt",
    "(is|was) (clearly |apparently |now |suddenly |officially )*(a crime|illegal|a hanging offen[cs]e|a criminal offen[cs]e|a sin|against the law)( now)?",
    {
      negatable: false,
      tag: "pushback",
      when: (c) =>
        /\b(?:because|apparently|clearly|now|sorry|didn'?t realise|didn'?t know|oh)\b/.test(
          c.text.slice(c.sentence.start, c.end),
        ),
    },
  ),
  rule(
    "contempt",
    "(so )?(lock me up|arrest me|sue me|shoot me|hang me|report me|cancel me)|(somebody |someone |quick,? )?(call|ring|phone) the (police|cops)|cool,? cool,? cool|cool story( bro| babe| mate| bruh)?|genius (planning|idea|move|plan|thinking|logic|work)|groundbreaking|riveting|priceless|charming|classy",
    MOCK_REMARK,
  ),
  // advice from the one who ...: "relationship advice from the man with a secret Tinder"
  rule(
    "contempt",
    "(advice|a lecture|lecture|lectures|lessons?|tips|a sermon|a talk) (on [a-z]+ )?from (the (man|woman|guy|girl|person|one|king|queen|bloke) (who|with)|you of all people|someone who)",
    { negatable: false, tag: "pushback" },
  ),
  // "go cry to Mum about it"
  rule(
    "contempt",
    "go (and )?(cry|whine|sulk|moan|bitch) (to|about|into|in|somewhere|elsewhere)|cry about it|cry harder|cry more",
    {
      negatable: false,
    },
  ),
  // ironic relish: "Love finding out from Facebook that my best mate got married."
  rule(
    "contempt",
    "(love|loving|great|nice|fun|brilliant|always fun) (finding|hearing|learning) (out )?(about (it|this|that|things) )?(from|via|on|through) (facebook|instagram|insta|someone else|your (mum|mom|sister|brother|friends|mates?)|a stranger|the grapevine|social media|twitter|strangers|other people)",
    { negatable: false },
  ),
  // degrading: "no wonder nobody likes you", "you're dead to me", "even a child could do that"
  rule(
    "contempt",
    "no wonder (nobody|no one|noone|none of your \\w+) (likes|loves|wants|trusts|respects|talks to|can stand|puts up with|rings|calls|texts|visits|invites|bothers with|wants to be with) (you|u)|no wonder (your \\w+|he|she|they|everyone) (left|leaves|dumped|dumps|cheated on|avoids|hates) (you|u)|(you're|you are) dead to me|even a (child|toddler|five[- ]year[- ]old|kid|monkey|dog) (could|would|can|knows|understands|gets)\\b|use your (brain|head|common sense) for once",
    { negatable: false },
  ),
  rule("contempt", "get lost|piss off|fuck off|sod off|bugger off|go to hell|drop dead", {
    negatable: false,
    sentenceStart: true,
    notFollowedBy: /^\s*(?:in|at|with|on|for|into|together|somewhere|to)\b/,
    when: (c) => !laughingOrLove(c.text),
  }),
  // an insulting question: "are you stupid?", "what are you, deaf?"
  rule(
    "contempt",
    "(are|r) (you|u) (stupid|thick|dumb|deaf|an idiot|a moron|simple|dense|slow|brain[- ]?dead|retarded)\\b|what are (you|u),? (stupid|thick|dumb|deaf|an idiot|a moron|simple|dense)\\b",
    {
      negatable: false,
      when: (c) =>
        !laughingAny(c.text) &&
        c.text
          .slice(c.end, c.sentence.end + 1)
          .replace(/[\s,]|or something|or what|or just|now/g, "")
          .startsWith("?"),
    },
  ),
  // ashamed of them: "I'm embarrassed to be seen with you"
  rule(
    "contempt",
    "(embarrassed|ashamed|mortified) to be (seen )?(with|around|near|married to) (you|u)|(embarrassed|ashamed) to call (you|u) my",
  ),
  // a sarcastic "as if": "as if you've never had a drink on a work night"
  rule(
    "contempt",
    "(oh,? |yeah,? )?as if ((you've|you have|you'd|you would) never|(you|u) never \\w+ (a|an|anything|any|me|to)|(you|u) (didn't|don't) know|(you're|you are) (so|perfect|innocent|a saint|an angel|any better)|(you|u) (care|cared|give a))\\b",
    { negatable: false, sentenceStart: true, tag: "pushback" },
  ),
  // "As if I'd believe anything that comes out of your mouth."
  rule(
    "contempt",
    "as if (i'd|i would|i'm going to|i'm gonna|i could|i'd ever|i would ever|i'll|anyone would|anyone'd|anybody would) (ever )?(believe|trust|listen|care|fall for|buy|take|want)",
    { negatable: false },
  ),
  rule(
    "contempt",
    "look who('s| has| is)? (finally )?(decided|bothered|deigned|could be bothered|remembered|graced|turned up|showed up|finally)",
    { negatable: false },
  ),
  // belittling: "what are you, five?", "act your age", "get a grip"
  rule(
    "contempt",
    "what are (you|u|we),? (five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\\d+|a child|a toddler|a baby|a teenager)\\b|act your (age|age not your shoe size)|get a grip|grow a (spine|pair|backbone)|don't flatter yourself|(okay|ok),? (karen|boomer)\\b|who (made|died and made) (you|u) (the )?(boss|king|queen|judge|god|expert|police)|know[- ]it[- ]all|(clearly|obviously|of course) (you|u) know (best|better|everything)|must be (nice|lovely|great) (to (never|always|be so|be perfect|be right|have)|being (so|perfect|right|you))",
    {
      negatable: false,
      notPrecededBy:
        /\b(?:i|i'?ll|i need to|need to|must|should|gonna|going to|trying to|try to|to|we|let me|let's|i'?m)\s+$/,
    },
  ),
  // "heaven forbid you admit you were wrong", "god forbid I have a life"
  rule(
    "contempt",
    "(heaven|god|lord) forbid (you|u) (ever )?(actually )?(admit|apologi[sz]e|say sorry|take responsibility|lift a finger|do (something|anything)|help|listen|think|consider|be wrong|own)|(heaven|god|lord) forbid i (have|want|ask|take|spend|need|enjoy|go out|see my)",
    { negatable: false },
  ),
  // sarcastic sign-offs: "Whatever, genius.", "Won't happen again, boss."
  rule(
    "contempt",
    "(whatever|sure|okay|thanks|thank you|well done|nice one|good job|great job|right|yeah|noted|cheers|got it|fine|good one|nice try|brilliant|great)( then)?,? (genius|hotshot|smart guy|smartass|smart arse|smarty ?pants|big ?shot|captain obvious)\\b",
    { negatable: false, tag: "sarcasm" },
  ),
  // a mocking vocative closing the sentence: "Whatever you reckon, genius."
  rule(
    "contempt",
    "(genius|hotshot|smart guy|smartass|smart arse|smarty ?pants|big ?shot|captain obvious)",
    {
      negatable: false,
      sentenceEnd: true,
      tag: "sarcasm",
      when: (c) => {
        const before = c.text.slice(c.sentence.start, c.start);
        if (!/,\s*$/.test(before)) return false;
        if (
          /\b(?:good ?night|night|morning|hi|hey|hello|bye|love you|congrats|congratulations|happy birthday|thank you|thanks)\b/.test(
            before,
          )
        )
          return false;
        return !exclaimedAfter(c);
      },
    },
  ),
  rule(
    "contempt",
    "(won't|will not|it won't|never) happen again,? (boss|chief|sir|captain|your highness|your majesty|master|sarge|officer)\\b",
    { negatable: false, tag: "pushback" },
  ),
  rule("contempt", "my heart (bleeds|is bleeding)( for (you|u))?", {
    negatable: false,
    sentenceEnd: true,
  }),
  rule("contempt", "nice try", {
    negatable: false,
    sentenceStart: true,
    notFollowedBy: /^\s*(?:at|on|with|in|for|though|tho|anyway|mate|babe|love|x+)\b/,
  }),
  rule(
    "contempt",
    "(happy|satisfied) now|(i )?hope (you're|you are) (happy|satisfied|proud of yourself) now|(i )?hope (you're|you are) proud of yourself",
    {
      negatable: false,
      sentenceStart: true,
      // sincere pride: "I hope you're proud of yourself, you worked so hard."
      when: (c) =>
        !proudOrLove(c.text) &&
        !/\b(?:worked (?:so )?hard|deserve|well done|congrat\w*|earned|amazing|smashed it|nailed it)\b/.test(
          c.text,
        ),
    },
  ),
  // --- round 2: word classes, not wordings ---
  // degrading nouns and adjectives after "you're": "you're a waste of oxygen", "ur pitiful"
  rule(
    "contempt",
    `(you're|you are|you were|ur|you look|you sound|you've been|you've become|you have become) ${ADV}(such |a |an |nothing but |nothing more than )?${ADV}${DEGRADING}\\b`,
    { when: (c) => !teasing(c.text) },
  ),
  rule(
    "contempt",
    `(you|u) ((little|lying|spineless|pathetic|selfish|filthy|dirty|sneaky|cheating|fucking|bloody|absolute|utter|complete|stupid|sad|useless|worthless|total) )+${DEGRADING_NOUN}\\b|(you|u) (sad|pathetic|pitiful|sorry|miserable|spineless) (little |old )?(man|woman|boy|girl|creature|specimen)\\b`,
    {
      negatable: false,
      notPrecededBy: /\b(?:thank|thanks|love|miss|than|like|are|were|told|call|called)\s+$/,
      when: (c) => !teasing(c.text),
    },
  ),
  // loathing and disgust, the writer as subject: "I despise you", "I'm disgusted by you",
  // "I can't even look at you", "I'm embarrassed for you", "I pity you"
  rule(
    "contempt",
    "i (honestly |genuinely |truly |actually |just |really )?(despise|loathe|detest|pity) (you|u|everything about (you|u)|the (sight|sound) of (you|u))\\b|(i'm|i am|i feel) (so |absolutely |genuinely |honestly |truly |just )?(disgusted|sickened|repulsed|revolted|nauseated) (by|with|at) (you|u)\\b|i (can't|cannot|can not) (even |stand to |bear to )*look at (you|u|your face)( anymore| any more)?(?! ((right )?now |anymore |any more )?(without|when|because|cos|in the eye|and not))|i (can't|cannot) stand (you|u|your face)\\b|(i'm|i am) (so |honestly |genuinely )?embarrassed for (you|u)\\b|i (can't|cannot|can not|cant) (even )?look at (you|u|your face) without (feeling|getting|wanting to) (sick|ill|nauseous|disgusted|puke|throw up|vomit|be sick)\\b",
    { negatable: true, when: (c) => !teasing(c.text) },
  ),
  // "you're not worth my time", "not worth the air you breathe"
  rule(
    "contempt",
    "(you're|you are|ur|you were) (just )?not (even )?worth (it|my time|the (effort|trouble|air|oxygen|energy|breath|tears)|a (second|minute|moment)( of my time)?|shit|anything|spit)|not worth the (air|oxygen) (you|u) breathe",
    { negatable: false, when: (c) => !teasing(c.text) },
  ),
  // belittling their feelings: "your little tantrum", "stop whining", "man up", "pity party"
  rule(
    "contempt",
    "(your|ur|this|another) (little )?(pity party|hissy fit|strop|sulk|tantrum|meltdown|sob story|crocodile tears|waterworks|poor me (act|routine))\\b|(your|ur) little (feelings|outburst|episode|drama|speech|rant|performance|show|games?|fit|tears|breakdown|tirade|lecture|essay|sermon)\\b|(stop|quit|enough of|enough with) (your |the |all the |all this |this )?(whining|whinging|snivell?ing|bleating|bitching)\\b|(man|toughen|cheer) up,? (buttercup|princess|snowflake|sunshine|sweetheart|mate)|(just )?man up|grow a thicker skin|stop being (such )?(a |an )?(baby|crybaby|cry baby|child|drama queen|princess|snowflake|wimp)\\b",
    {
      negatable: false,
      when: (c) =>
        !teasing(c.text) &&
        // the writer about themselves: "I need to stop whining", "let's man up"
        !/\b(?:i|i'?m|i'?ve|i'?ll|i'?d|we|let'?s)\b/.test(c.text.slice(c.clauseFrom, c.start)),
    },
  ),
  // dismissing what they feel or think: "Nobody cares.", "no one cares what you think"
  rule(
    "contempt",
    "(literally |honestly |frankly |seriously )?(nobody|no one|noone|no-one) (cares|gives a (shit|damn|toss|fuck|crap|monkey's))",
    {
      negatable: false,
      sentenceStart: true,
      when: (c) =>
        /^\s*(?:$|[.!?]|(?:about|what|how|if|whether|that) (?:you|u|your|ur)\b)/.test(
          c.text.slice(c.end, c.sentence.end + 1),
        ),
    },
  ),
  // sarcastic congratulations on a harm: "Congratulations, you've ruined Christmas.", "way to ruin everything"
  rule(
    "contempt",
    "(congratulations|congrats|well done|bravo|good job|great job|nice going|nice job|nice work|top job|good work|slow clap)[,.!]* (you('ve| have)?|u) (now |finally |officially |really |successfully |just |actually |managed to )*(ruined|ruin|destroyed|destroy|wrecked|wreck|screwed|screw|messed|mess|blown|blew|broke|broken|humiliated|humiliate|embarrassed|embarrass|alienated|alienate|lost|lose|hurt|pushed|proved|proven|driven|drove|made a (fool|mess|scene))\\b|way to (go,? )?(ruin|wreck|kill|spoil|screw up|mess up|embarrass|humiliate|blow it|let (me|us|everyone) down|make (it|this|everything) (all )?about (you|yourself))",
    {
      negatable: false,
      tag: "sarcasm",
      // "you find a way to ruin it": a way, not the sarcastic "way to ruin it"
      notPrecededBy: /\b(?:a|the|any|some|no|every|one|another|only|better|best)\s+$/,
    },
  ),
  // a taunt: "Proud of yourself?", "Pleased with yourself?", "Feel better now?"
  rule(
    "contempt",
    "(so,? |well,? )?((are|r) (you|u) |u |you )?(proud of yourself|pleased with yourself|feeling (proud|pleased|smug|big|clever)|feel (better|big|clever|smug))( now| then| yet)?",
    {
      negatable: false,
      sentenceStart: true,
      when: (c) => /^\s*\?/.test(c.text.slice(c.end, c.sentence.end + 1)) && !proudOrLove(c.text),
    },
  ),
  // patronising: "do you even hear yourself?", "try to keep up", "bless your heart", "ok sweetie"
  rule(
    "contempt",
    "(do|can|did) (you|u) (even |actually |ever )?(hear|listen to) yourself|(just |seriously,? |honestly,? )?listen to yourself\\b|try (to )?keep up|(let me|i'll|i will|i'll try to) (spell it out|use (small|smaller|little|short) words|say it (slowly|again slowly))|in words of one syllable|bless (your|ur) (little )?(heart|cotton socks)|(ok|okay|sure|yes|right|calm down|relax|aww),? (sweetie|sweety|sweetheart|sweetiepie|honey|hun|dear|darling|princess|buttercup|snowflake|little one)\\b|(you're|you are) so cute when (you're|you are|you get) (angry|mad|upset|jealous|wrong)",
    {
      negatable: false,
      when: (c) => {
        const m = c.text.slice(c.start, c.end);
        // a pet name is patronising only where it closes a dismissive reply: "Sure, sweetie."
        if (/(?:sweet|honey|hun|dear|darling|princess|buttercup|snowflake|little one)\w*$/.test(m))
          return (
            !/[a-z0-9]/.test(c.text.slice(c.end, c.sentence.end)) &&
            !teasing(c.text) &&
            !/\b(?:thank|thanks|night|morning|miss you|xx+)\b/.test(c.text)
          );
        return true;
      },
    },
  ),
  // a mocking laugh at their claim: "Don't make me laugh.", "That's a laugh."
  rule(
    "contempt",
    "(don't|do not) make me laugh|(that's|that is|what) a (laugh|joke)|(you're|you are|are you|r u) having a laugh",
    {
      negatable: false,
      sentenceEnd: true,
    },
  ),
  // a bare verdict of disgust or mockery: "Embarrassing.", "How predictable.", "Wow. Just wow."
  rule(
    "contempt",
    "(how |so |absolutely |truly |utterly |just |honestly |frankly |really |genuinely |beyond |actually |fucking |bloody )*(pathetic|pitiful|embarrassing|cringe|cringey|cringeworthy|shameful|disgraceful|predictable|laughable|contemptible|gross|repulsive|revolting|sickening|despicable|vile|hilarious|priceless|rich|tragic|sad really)|((wow|jesus|god|christ)[.,!]* )?just (wow|unbelievable)",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
      when: (c) => {
        const m = c.text.slice(c.start, c.end);
        // "Hilarious!" laughs with them; "Tragic." about news is sympathy
        if (/(?:hilarious|priceless|rich|tragic|sad really)$/.test(m) && exclaimedAfter(c))
          return false;
        if (/tragic$/.test(m) && !/^(?:how|so)\b/.test(m)) return false;
        return (
          !teasing(c.text) &&
          !/\b(?:poor (?:thing|you)|so sorry|condolences|passed away|died)\b/.test(c.text)
        );
      },
    },
  ),
  // "Please." closing a rhetorical counter-question: "And you've never lied? Please."
  rule("contempt", "(oh )?(please|puh-?lease|plea+s+e|plee+a*se)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
    when: (c) => {
      if (exclaimedAfter(c)) return false;
      const before = c.text.slice(Math.max(0, c.sentence.start - 120), c.sentence.start);
      const prev = /[^.!?]*[?][\s?]*$/.exec(before)?.[0] ?? "";
      return /^\W*(?:and|oh|so|like|as if|really)\b|\b(?:you(?:'?ve| have)? never|u never|you(?:'?re| are) one to talk|you of all people)\b/.test(
        prev,
      );
    },
  }),
  // an eye-roll written out: "*rolls eyes*"
  rule(
    "contempt",
    "(\\*\\s*)?(rolls? (my )?eyes|eye ?roll|eyeroll|sighs? loudly|slow clap|yawns?)(\\s*\\*)?",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
    },
  ),
  // mock wonder at a small offering: "Ooh, a takeaway.", "Wow, flowers."
  rule(
    "contempt",
    "(ooh+|ooo+h|oh wow|wow|whoa),? (a|an|some) (whole )?(takeaway|voucher|text|phone call|fiver|tenner|apology|sorry|sentence|paragraph|emoji)",
    MOCK_REMARK_NOT_WARM,
  ),
  // the maturity of a child: "you have the emotional maturity of a toddler"
  rule(
    "contempt",
    "(you|u) (have|'ve got|have got|got) the (emotional )?(maturity|intelligence|empathy|attention span|brain|manners|self[- ]control|iq) of a (child|toddler|teenager|goldfish|teaspoon|brick|rock|potato|five[- ]year[- ]old|\\d+[- ]year[- ]old|baby|gnat|pea)",
    { when: (c) => !teasing(c.text) },
  ),
  // a dismissive bare reply to their scare-quoted claim: "Oh you've 'changed'? Sure."
  rule("contempt", "(oh |yeah |ok |okay )?(sure|right|uh huh|mhm+|of course|okay then|ok then)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
    when: (c) => {
      if (exclaimedAfter(c)) return false;
      const before = c.text.slice(Math.max(0, c.sentence.start - 120), c.sentence.start);
      const prev = /[^.!?]*[.!?][\s.!?]*$/.exec(before)?.[0] ?? "";
      // their claim echoed in quotes (not a title: "meet at 'The Crown'?")
      return (
        /\b(?:you|u|your|ur)\b/.test(prev) &&
        /(?:^|[\s,(])(?<!\b(?:at|to|in|on|called|named|watch|watched|read|see|saw|the)\s)(?:'[a-z][a-z ]{0,30}[a-z]'|'#{2,32}'|#{3,})\s*[?.]/.test(
          prev,
        )
      );
    },
  }),
  // mocking their apology or gesture: "This apology is a joke.", "What a performance.", "Oscar-worthy."
  rule(
    "contempt",
    "(this|that|your|ur) (whole |so-called |little |latest |big )?(apology|sorry|effort|excuse|promise|text|message|attempt|explanation|gesture|speech|card|performance|act) (is|was|'s) (honestly |frankly |just |such |a bit )?(a joke|laughable|pathetic|insulting|an insult|a farce|a sick joke|hilarious|embarrassing|cringe|cringey|rich)\\b|(give|get) (you|u|him|her) an? (oscar|award|bafta|emmy)|oscar[- ]worthy|award[- ]winning (performance|acting|act)|(you|u) (deserve|should get|should win) an? (oscar|award|bafta|emmy)|what a (performance|show|act)\\b",
    {
      negatable: false,
      when: (c) =>
        !teasing(c.text) &&
        !/\b(?:school|play|film|movie|concert|theatre|theater|gig|recital)\b/.test(c.text),
    },
  ),
  // sarcasm at a late or rare gesture: "Took you long enough.", "Mark the calendar.", "Miracles do happen."
  rule(
    "contempt",
    "(it )?took (you|u) long enough|(it )?(only|just) took (you|u) ([a-z0-9]+ ){1,2}(days|weeks|months|years)|mark (the|my|your) calendars?|(someone |somebody )?write (this|that) down|let the record show|hell (has )?(frozen|froze) over|(well,? )?miracles (do |still )?happen|who (could|would) have (seen that coming|guessed|thought)|(i )?never would have guessed|quelle surprise|boo-?hoo+|sucks to be (you|u)|spare me|must be (hard|tough|exhausting|tiring) (being|to be) (you|u|so perfect|perfect|always right|right all the time)",
    {
      negatable: false,
      when: (c) =>
        !teasing(c.text) &&
        !exclaimedAfter(c) &&
        // a closing remark, not "it took you long enough to get here, thank you for coming"
        !/[a-z0-9]/.test(c.text.slice(c.end, c.sentence.end)),
    },
  ),
  // a bare ironic "how ...": "How touching.", "How generous."
  rule(
    "contempt",
    "(oh,? |wow,? )?how (touching|generous|noble|brave|magnanimous|gracious|mature|convenient|original|predictable|fitting|big of (you|u)|very \\w+)",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
      when: (c) => !exclaimedAfter(c) && !teasing(c.text),
    },
  ),
  // mocking laughter answering their claim or request: "You want another chance? 😂", "You've changed? lol"
  rule("contempt", "(\uD83D\uDE02|\uD83E\uDD23|lol|lmao+|lmfao|haha+|hahaha\\w*)", {
    negatable: false,
    when: (c) => {
      // the laugh closes its sentence and follows a question straight away
      if (/[a-z0-9]/.test(c.text.slice(c.end, c.sentence.end))) return false;
      const before = c.text.slice(Math.max(0, c.start - 120), c.start);
      const q = /([^.!?]*)\?[\s?]*(?:[^a-z0-9\s]\S*\s*)*$/.exec(before);
      if (!q) return false;
      return (
        /\b(?:you|u)\b/.test(q[1] ?? "") &&
        /\b(?:sorry|chance|trust|forgive|changed?|serious|kidding|expect|want me to|think i|believe)\b/.test(
          q[1] ?? "",
        )
      );
    },
  }),
  // sarcastic assurance closing a sentence: "I'm sure you are.", "I bet you're sorry now."
  rule(
    "contempt",
    "(yeah,? |oh,? )?(i'm sure|i am sure|i bet) ((you're|you are|you were)( (very |so |really |truly |deeply )?(sorry now|sorry|ashamed|heartbroken|devastated))?|(you|u) (are|were|did|do|have|had|will|would|can|could|'re|'ve))|(yeah|oh),? (i'm sure|i bet)",
    {
      negatable: false,
      sentenceEnd: true,
      when: (c) => !exclaimedAfter(c) && !warmth(c.text),
    },
  ),
];

// Sarcastic apologies: contempt, never regret ("oh I'm SO sorry your highness").
const SARCASTIC_SORRY = `(oh,? )?(i'm |i am |well,? )?(so+ |soooo |terribly |awfully |deeply |very )?(sorry|apologies|excu+se me|pardo+n me|forgive me)`;
export const sarcasm: Rule[] = [
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (for (existing|breathing|living|being alive|having (a life|feelings|friends|an opinion))|i (have|had) a life|i (forgot|didn't realise|didn't know) (you're|you were|you are|that you're|you) (perfect|never wrong|a saint|an angel|the only|so perfect|never (make|made|do|did))|that i (exist|breathe|have a life)|i dared|i exist|i breathe)`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (i )?(didn't|did not) (realise|know) [^.!?]{0,60}?(your name|engraved|belonged to you|was a crime|was illegal|was against the law|needed your permission|had to ask permission|you owned|(was|is) a (hanging|criminal|capital|sackable|punishable) offen[cs]e|was a sin|was forbidden|was banned|required (a|your) (permit|permission|approval))`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? [^.!?]{0,30}?(next time i'll|next time i will|i'll be sure to) (ask|get) (your )?permission`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    `(my )?(deepest|sincerest|humblest|most humble|profoundest) apologies,? (oh |o |your |my )?(wise|great|mighty|highness|majesty|lord|lady|queen|king|princess|prince|master|one)`,
    { tag: "sarcasm", negatable: false },
  ),
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (your (highness|majesty)|oh (wise|mighty|great) one|princess|sweetheart|sherlock|genius|einstein|mr\\.? perfect|miss perfect)`,
    { tag: "sarcasm", negatable: false },
  ),
  rule(
    "contempt",
    `(so+|soooo) sorry (that )?i (have|had|exist|breathe|dared|live|have friends|have a life|wasn't perfect|am not perfect|'m not perfect)`,
    { tag: "pushback", negatable: false },
  ),
  // "Excuse me for trying to have a social life", "sorry for wanting to have fun"
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? for (trying to |wanting to |daring to |needing to |being allowed to |actually )?(have |having |enjoy |enjoying |be |being |live |living |see |seeing )?(a (social )?life|a life of my own|my own life|friends|fun|feelings|an opinion|opinions|a night out|a drink|a beer|a break|a hobby|hobbies|needs|human|alive|happy|a personality)\\b`,
    { tag: "pushback", negatable: false },
  ),
  // "oh I'm sorry, did I ruin your perfect evening again?"
  rule(
    "contempt",
    `${SARCASTIC_SORRY},? (did|have|was|am) i (\\w+ )?(ruin|ruined|ruining|spoil|spoilt|spoiled|spoiling|interrupt|interrupted|interrupting|disturb|disturbed|disturbing|upset|offend|offended|inconvenience|inconvenienced|bother|bothered|bothering) (your|the) (perfect|precious|little|lovely|special|delicate|fragile|sacred|busy|important|royal|majesty|highness)`,
    { tag: "pushback", negatable: false },
  ),
  rule(
    "contempt",
    "(tell|remind) (everyone|everybody|them|the world|me) (again )?(what a|how much of a|how) (monster|terrible person|awful person|villain|bad guy|horrible person|terrible|awful|useless) i am|(yes|yeah|sure|oh),? i('m| am) (the worst|a monster|the devil|pure evil|a terrible person)",
    { tag: "pushback", negatable: false },
  ),
];

// --- round 3: constructions for unseen wordings ---------------------------------------------------

/** A sarcastic frame around the writer's own act: "next time I'll ...", "how dare I", "sorry I didn't". */
const EYE_ROLL = foldWide("\u{1f644}");
const STRONG_FRAME = check(
  /\b(?:(?:a thousand|a million|my deepest|my sincerest|my humblest|so+) (?:apologies|sorry)|how dare i|heaven forbid|god forbid|shall i\?)/,
);
const MOCK_FRAME = check(
  /\b(?:next time,? i(?:'?ll| will)|how dare i|(?:so+|terribly|awfully|a thousand|a million) (?:sorry|apologies)|sorry,? i (?:didn'?t|did not|forgot|never|failed)|sorry for not|apologies|my bad|silly me|forgive me for|excuse me for|pardon me for|heaven forbid|god forbid|shall i|should i have|didn'?t realise|didn'?t realize|didn'?t know)\b/,
);

// a thing made or printed, which one may sincerely frame: "should I frame it?"
const framable = messageTest(
  /\b(?:photo|picture|pic|print|poster|painting|drawing|art|certificate|diploma|degree|canvas|sketch|card|ticket)/,
);
/** The pushback just before a closing "Brilliant." / "Noted.": "so it's my fault? brilliant." */
const PUSHBACK_BEFORE = check(
  /\b(?:my fault|on me|i'?m the (?:villain|bad guy|problem|monster|enemy)|im the (?:villain|bad guy|problem))\b/,
);
// the other's hurtful act ("you forgot again", "u didn't even call") or a mocking description
// ("a grown man sulking"), in the sentence before
const HURTFUL_ACT_BEFORE = check(
  /\b(?:you|u)\b(?! (?:didn'?t|did not) (?:have|need) to)[^.!?]*\b(?:forgot|lied|didn'?t|did not|never|ignored|missed|cancell?ed|ditched|stood me up|blew me off|walked out|ruined|hid|humiliated|embarrassed me|blanked|left me)\b|\b(?:grown (?:man|woman|adult|men|women|adults)|\d\d[- ]year[- ]old)\b[^.!?]*\b(?:sulking|whining|crying|moping|throwing|pouting|stropping|sobbing)\b/,
);
/** Where the sentence before c's sentence starts (c's own start when there is none). */
const previousSentenceStart = (c: RuleContext): number => {
  let k = c.sentence.start - 1;
  while (k > 0 && !/[.!?]/.test(c.text.charAt(k))) k--;
  while (k > 0 && /[.!?]/.test(c.text.charAt(k - 1))) k--;
  let from = k;
  while (from > 0 && !/[.!?]/.test(c.text.charAt(from - 1))) from--;
  return Math.min(from, c.sentence.start);
};
contempt.push(
  // congratulations on a bare duty: "Congratulations on remembering you have a daughter",
  // "well done for actually showing up", "you managed one whole week without lying"
  rule(
    "contempt",
    "(congratulations|congrats|well done|bravo|kudos|good job|great job|a medal|a gold star) (on|for) (finally |actually |even )?(remembering|noticing|bothering|showing up|turning up|managing|replying|answering|picking up|getting out of bed|doing the bare minimum|doing (one|a single) thing|realising|realizing|working out|figuring out|finding (your|the) (phone|way))\\b|(you|u) (managed|made it|lasted|went|survived) (a|one|two|three|a whole|one whole|one entire|a full|an entire) (whole |entire |full )?(day|week|hour|night|month|evening|weekend)s? without\\b",
    { negatable: false, when: (c) => !exclaimedAfter(c) && !teasing(c.text) },
  ),
  // a bare mock award closing the sentence: "Gold star.", "Have a medal."
  rule(
    "contempt",
    "(have a |here's a |here's your |you get a |you earned a |you've earned a )?(gold star|medal|participation (trophy|award|medal)|round of applause|pat on the back)",
    MOCK_REMARK_NOT_WARM,
  ),
  // mock recognition of a stock excuse: "Ah yes, the famous dead phone battery."
  rule(
    "contempt",
    "(ah|oh) (yes|yeah|right),? (the|your) (famous|legendary|infamous|classic|trusty|mythical|ever-reliable|good old|old faithful|mysterious|convenient|usual|old) [a-z]+( [a-z]+){0,3}",
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
      when: (c) => !exclaimedAfter(c) && !warmth(c.text) && !/\bremember\b/.test(c.text),
    },
  ),
  // a mock title of virtue: "Sure thing, Mr Responsible.", "ok Miss Punctual"
  rule(
    "contempt",
    "(mr|mister|mrs|ms|miss|little miss|little mr|saint|captain|lord|lady|sir) (responsible|reliable|punctual|organised|organized|sensible|honest|honesty|righteous|moral|morality|integrity|innocent|faithful|loyal|generous|considerate|thoughtful|mature|grown[- ]?up|high and mighty|holier[- ]than[- ]thou|know[- ]it[- ]all|always[- ]right|never[- ]wrong|hindsight|obvious|sensitive|drama|perfect parent|perfect|judgemental|judgmental)\\b",
    { negatable: false, when: (c) => !fondness(c.text) && !teasing(c.text) },
  ),
  // mocking their apology as canned: "Did ChatGPT write that for you?", "reads like a hostage video"
  rule(
    "contempt",
    "did (chatgpt|chat gpt|gpt|ai|an ai|a bot|a robot|hallmark|google|your (lawyer|therapist|pr team|publicist|solicitor)) (write|wrote|draft|drafted|come up with) (that|this|it)\\b|(copied|copy|pasted|lifted|got) (that|this|it) (from|off) (chatgpt|google|a (greeting )?card|hallmark|the internet|a fortune cookie)|(your|this|that|the) (apology|message|text|letter|sorry|email|note|statement) (reads|sounds|looks) like (a|an) (hostage (video|statement|tape)|press release|legal (statement|disclaimer|document)|corporate (email|statement|memo)|ransom note|terms and conditions|form letter|script|robot|bot|ai|chatbot|politician|greeting card|hallmark card|customer service (email|reply|script)|automated (reply|message))\\b",
    { negatable: false, when: (c) => !warmth(c.text) },
  ),
  // a bare ironic verdict on their words: "Truly touching.", "Groundbreaking apology."
  rule(
    "contempt",
    "(oh,? |wow,? )?(truly|really|very|so|deeply|how) (touching|moving|heartwarming|profound|inspiring)|(groundbreaking|riveting|stunning|earth[- ]shattering|revolutionary|gripping|compelling|touching|moving|heartwarming|oscar[- ]worthy|award[- ]winning|inspiring|profound) (apology|speech|effort|text|message|stuff|work|performance|excuse|gesture|sentiment|words|promise)",
    MOCK_REMARK_NOT_WARM,
  ),
  // mock awe at how much they wrote: "A whole paragraph.", "Should I frame it?"
  rule(
    "contempt",
    "(a|an) (whole|full|entire) (apology|sentence|text|message|paragraph|reply|response|phone call|sorry|page|essay)|(should|shall) i (frame|laminate|print out and frame|print and frame) (it|this|that)\\b",
    {
      negatable: false,
      sentenceStart: true,
      when: (c) =>
        !exclaimedAfter(c) &&
        !warmth(c.text) &&
        !framable(c.text) &&
        // "A whole sentence." stands alone ("a whole paragraph is due Monday" does not)
        (!/^an? /.test(c.text.slice(c.start, c.end)) ||
          !/[a-z0-9]/.test(c.text.slice(c.end, c.sentence.end))),
    },
  ),
  // a sarcastic "because ... now": "Right. Because the office is open till 2am now."
  rule(
    "contempt",
    "(right|sure|yeah|of course|oh sure|oh right|oh yeah|yeah right)[.,!]* because (the|your|ur|that|this|everyone|everybody|every|all|nobody|no one|people|work|it's|its|offices|shops|pubs|phones) [^.!?]{0,60}?\\b(now|apparently|these days|nowadays)(?=\\s*[.?!]|\\s*$)",
    {
      negatable: false,
      crossSentence: true,
      when: (c) => !exclaimedAfter(c) && !warmth(c.text),
    },
  ),
  // their word held up in scare quotes: "That's the whole 'betrayal'.", "so much for your 'promise'"
  rule(
    "contempt",
    "((that's|that is|this is|there's) (the|your|this|that|all this|all that) (whole |big |so-called |famous |huge |massive |unforgivable )|so much for (the|your|this|that|all the|all your) )(\\x27|\")",
    {
      negatable: false,
      when: (c) => SCARE_QUOTE.testSlice(c.text, c.end - 2, Math.min(c.sentence.end, c.end + 50)),
    },
  ),
  // infantilising: "You're a child.", "An actual 40-year-old child.", "a grown man-child"
  rule(
    "contempt",
    "(you're|you are|ur) (such |just |basically |literally |like )?(a|an) (actual |literal |big |overgrown |spoilt |spoiled )?(child|toddler|baby|kid)(?=\\s*[.!]|\\s*$)|(an? )?((actual|literal|grown|fully grown|overgrown|grown[- ]ass|[2-9][0-9][- ]year[- ]old) ){1,2}(man[- ]?)?(child|toddler|baby)\\b|(you|u) (man[- ]?child|man[- ]?baby)\\b",
    {
      negatable: false,
      when: (c) =>
        !teasing(c.text) &&
        !warmth(c.text) &&
        /\b(?:you|u|your|ur)\b/.test(c.text) &&
        !aboutThird(c.text),
    },
  ),
  // "What else do you want, blood?", "what more do you want, a kidney?"
  rule(
    "contempt",
    "what (more|else) do (you|u) (want|expect|need),? (a|an|my|me to|blood|the) (kidney|pound of flesh|blood|firstborn|first-born|soul|arm and a leg|grovel|crawl|beg|moon|written confession|signed confession)\\b|what (more|else) do (you|u) want,? blood\\b",
    { negatable: false },
  ),
  // a bare scoff at their claim: "That's a new one.", "The audacity."
  rule(
    "contempt",
    "(ha,? |oh,? |well,? )?(that's|thats|that is) a (new one|first)|(lmao|lol|wow|oh|omg|honestly|seriously|ha)?,? ?the (audacity|nerve|gall|cheek)( of (you|u|it|this))?",
    MOCK_REMARK_NOT_WARM,
  ),
  // mocking their smugness: "imagine being this proud of doing the washing up once"
  rule(
    "contempt",
    "imagine being (this|so|that) (smug|petty|fragile|pathetic|thick|clueless|dense|entitled|self-absorbed|self-centred|self-centered|dramatic|precious|pleased with yourself|proud of (doing|washing|making|cooking|remembering|cleaning|taking|picking|putting|one|a single))\\b",
    { negatable: false, sentenceStart: true, when: (c) => !warmth(c.text) },
  ),
  // mock despair: "oh no, how will I ever cope without your wisdom"
  rule(
    "contempt",
    "(how|however) (will|shall|would|could|am) i (ever |possibly |going to )?(cope|survive|manage|go on|live|carry on) without (your|ur) (wisdom|genius|input|expertise|brilliance|insight|lectures|sermons|opinions|guidance|superior)\\b|oh no,? how (will|shall|would|could|am) i (ever |possibly |going to )?(cope|survive|manage|go on|live|carry on)\\b",
    { negatable: false, when: (c) => !fondness(c.text) },
  ),
  // a sarcastic coda after pushback: "oh so its my fault ...? brilliant.", "... night out. noted"
  rule(
    "contempt",
    "(brilliant|great|fantastic|perfect|lovely|wonderful|marvellous|noted|good to know|cool|awesome|super|fab)",
    {
      ...MOCK_REMARK,
      when: (c) =>
        !exclaimedAfter(c) &&
        PUSHBACK_BEFORE.testSlice(c.text, Math.max(0, c.sentence.start - 120), c.sentence.start),
    },
  ),
  // mock praise closing a hurtful act or a mocking description: "You didn't even call. Nice
  // one.", "a grown man sulking over monopoly. adorable." ("You didn't have to! Lovely." thanks)
  rule(
    "contempt",
    "(nice one|nice|lovely|adorable|cute|sweet|charming|brilliant|great|fantastic|perfect|wonderful|marvellous|impressive|very impressive|well done|bravo|good for (you|u)|smooth|real smooth|classy|super|fab)",
    {
      ...MOCK_REMARK,
      when: (c) =>
        !exclaimedAfter(c) &&
        HURTFUL_ACT_BEFORE.testSlice(c.text, previousSentenceStart(c), c.sentence.start),
    },
  ),
  rule("contempt", "sorry,? not sorry", { negatable: false }),
);

sarcasm.push(
  // mock bureaucracy for the writer's ordinary act: "next time I'll fill in a form before seeing my
  // own friends", "sorry I didn't get a permission slip", "without running it past the finance committee"
  rule(
    "contempt",
    "(in triplicate|permission slip|hall pass|(a|an) (form|request form|application|written request|risk assessment|formal request|signed permission)|(the|a) (family|finance|fun|spending|household|planning|approvals?|budget|ethics|friendship|social|coffee) committee|(written|signed|formal) permission)\\b",
    {
      tag: "pushback",
      negatable: false,
      when: (c) =>
        (MOCK_FRAME.testSlice(c.text, c.sentence.start, c.sentence.end) ||
          c.text.slice(c.sentence.start, c.sentence.end + 4).includes(EYE_ROLL)) &&
        !/\b(?:school|trip|class|passport|visa|council|bank|mortgage|hospital|nursery|teacher)\b/.test(
          c.text,
        ),
    },
  ),
  // "a thousand apologies for not running my lunch order past you first": only in a strong frame,
  // since "sorry I didn't run it past you first" is a real apology
  rule(
    "contempt",
    "(run|running|ran|clear|clearing|cleared) (it|this|that|my [a-z]+( [a-z]+)?) (past|by|with) (you|u|your highness|your majesty)\\b",
    {
      tag: "pushback",
      negatable: false,
      when: (c) =>
        STRONG_FRAME.testSlice(c.text, c.sentence.start, c.sentence.end) ||
        c.text.slice(c.sentence.start, c.sentence.end + 4).includes(EYE_ROLL),
    },
  ),
  // "How dare I buy a coffee", "how dare I want a night out"
  rule(
    "contempt",
    "how dare i (want|wanted|have|had|buy|bought|go|went|see|saw|spend|spent|take|took|ask|enjoy|need|exist|breathe|relax|rest|sit|leave|eat|sleep|meet|visit|text|call|phone|chat|read|watch|play|drink|order|get|treat|think|dare|put|make plans|book)\\b",
    {
      tag: "pushback",
      negatable: false,
      unless: test(
        "(like that|like this|that way|ashamed|sorry|awful|terrible|disgusting|shouldn't have|never again|forgive me)",
      ),
    },
  ),
  // "Says the person who hid a whole car loan.", "That's rich, coming from someone who ...",
  // "Bit rich, isn't it?"
  rule(
    "contempt",
    "(says|said) the (person|one|man|woman|guy|girl|bloke|lady|chap|dude|same (person|one|man|woman|guy|girl)|(man|woman|person|guy|girl) of (integrity|honesty)) (who|that|with)\\b|rich,? (coming )?from (you|u|someone|somebody|the (person|man|woman|guy|girl|one|bloke|lady) (who|that|with)|a (man|woman|person|guy|girl) (who|that|with))\\b|(bit|a bit|little|pretty|very|that's|that is) rich,? (isn't it|innit|don't you think|no|eh|huh|mate|from you)\\b",
    {
      tag: "pushback",
      negatable: false,
      // "says the person who ..." opens its sentence ("she says the person who called was nice")
      when: (c) =>
        !/^sa(?:ys|id)\b/.test(c.text.slice(c.start, c.end)) ||
        /^[\s\W]*(?:(?:oh|well|yeah|ha|lol|wow|and|hmm)\W+)*$/.test(
          c.text.slice(c.sentence.start, c.start),
        ),
    },
  ),
  // the writer cast as the villain, with a sarcastic opener: "Ah yes, I'm the villain again."
  rule(
    "contempt",
    "(ah|oh|wow|sure|great|brilliant|fantastic|perfect|lovely|yeah|wow ok|wow okay)(,? (yes|yeah|right|ok|okay|great|brilliant|perfect|lovely|cool))?,? (so )?(now )?(i'm|im|i am) (always |apparently |clearly |obviously |of course |once again )?the (villain|bad guy|bad one|monster|devil|enemy|worst|problem)\\b",
    { tag: "pushback", negatable: false, sentenceStart: true },
  ),
  // a mocking title for their analysis: "lol ok therapist", "thanks, Dr Phil"
  rule(
    "contempt",
    "(ok|okay|sure|thanks|thank you|alright|right|yes|yeah|cheers|noted|got it),? (therapist|dr\\.? phil|doctor phil|freud|sigmund|dr\\.? freud|mr\\.? therapist|miss therapist|oprah)\\b|(armchair|amateur|wannabe|budget) (psychologist|therapist|psychiatrist|shrink|psychoanalyst)\\b",
    { tag: "pushback", negatable: false },
  ),
  // "And you're so perfect, are you?"
  rule(
    "contempt",
    "(you're|you are|ur) (so |always |just |such |totally |completely )?(perfect|innocent|flawless|blameless|faultless|a saint|an angel|squeaky clean|any better|so much better),? (are|aren't|were|weren't) (you|u)(?=\\s*\\?)",
    { tag: "pushback", negatable: false },
  ),
  // "Oh look who's suddenly the expert on honesty"
  rule(
    "contempt",
    "(look who's|look who is|who's|so now you're|now you're|you're|you are|since when are you|since when were you) (suddenly |now |apparently |clearly |all of a sudden )+(the |an |a )?(great |big |world's |leading |resident |self-appointed )?(expert|authority|paragon|model|champion|judge) (on|of)\\b",
    { tag: "pushback", negatable: false },
  ),
  // "Excuse me for trying to help.", "forgive me for caring"
  rule(
    "contempt",
    "(excu+se|pardon|forgive) me for (trying|caring|wanting|daring|breathing|existing|living|asking|helping|offering|bothering|giving a|thinking|having feelings|having an opinion)\\b",
    {
      tag: "pushback",
      negatable: false,
      // "Forgive me for hurting you" never matches; "forgive me for trying to hide it" is an apology
      unless: test("(hide|lie|lying|cheat|hurt|deceive|sorry|i was wrong)"),
    },
  ),
);

contempt.push(
  // "Well excuuuse me for having a life", "pardon me for breathing", "My bad for trying to help I
  // guess": sarcasm that pushes back (contempt and defensiveness)
  rule(
    "contempt",
    "(excu+se|pardon) me for (having|being (alive|human|honest|a person)|wanting|needing|existing|breathing|living|daring|trying|thinking|caring)\\b|(so+ )?sorry for (existing|breathing|being alive|having a life|having friends|daring to|wanting a life|having an opinion)\\b|(my bad|sorry|soz) for (trying to help|caring|having feelings|wanting to help)\\b",
    { negatable: false, tag: "pushback" },
  ),
  // mock celebration and awards: "should I throw a party", "Want a sticker?", "imagine thinking..."
  rule(
    "contempt",
    "should i (throw a party|get the bunting out|alert the (press|media)|call the papers)(?=\\s*[?.!]*\\s*$)|want a (sticker|medal|gold star|round of applause|trophy)\\?|^\\W*(lol |lmao |honestly |oh )?imagine (thinking|believing|expecting)\\b|another lecture (on|about) (honesty|trust|loyalty|respect|morals|manners|being|how|what|my)\\b|the expert (himself|herself|themselves)\\b",
    { negatable: false },
  ),
  // "very grown up of you", "Because you'd know all about commitment", "Someone get this man a
  // trophy", "did I breathe too loud for you again?", "Sorry I'm such a horrible person for wanting…"
  rule(
    "contempt",
    "(very|so|how|real|really) (grown[- ]up|mature|adult|classy) of (you|u)\\b|(someone|somebody) (get|give) (this|that) (man|woman|guy|girl|person|lad) (a )?(trophy|medal|award|gold star|sticker)",
    // "How mature of you to apologise first, thank you" is praise
    {
      negatable: false,
      unless: test(
        "(thank|proud|appreciate|love|genuinely|really means|well done|good on you|nice one)",
      ),
    },
  ),
  rule(
    "contempt",
    "(because|cos|cause) (you'd|you would) know all about|(did|was) i (breathe|breathing|exist|existing|chew|chewing|blink|blinking|type|typing) too (loud|loudly|much|hard)|sorry (that )?i('m| am) (such|so) (a |an )?(horrible|terrible|awful|bad|evil|selfish) \\w+ for (wanting|having|needing|daring|being)",
    { negatable: false, tag: "pushback" },
  ),
);

// Round 4: sarcasm in more of its shapes.
const HAS_YOU = check(/\b(?:you|u|your|ur)\b/);
sarcasm.push(
  // an award for failing at a role: "Father of the Year", "girlfriend of the century"
  rule(
    "contempt",
    "(father|mother|dad|mum|mom|husband|wife|partner|boyfriend|girlfriend|friend|flatmate|roommate|brother|sister|son|daughter|parent|colleague|boss) of the (year|decade|century)",
    { tag: "sarcasm", negatable: false, when: (c) => !exclaimedAfter(c) && !fondness(c.text) },
  ),
  // a mock title: "Mr Honesty", "Little Miss Punctual", "Lady Always-Right"
  rule(
    "contempt",
    "(mr|mrs|ms|miss|little miss|little mr|lord|lady|captain|professor) (perfect|honesty|honest|punctual|righteous|reliable|responsible|organised|organized|sensible|faithful|loyal|tidy|generous|know[- ]it[- ]all|morals|moral high ground|integrity|transparency|always[- ]right|never[- ]wrong|innocent|holier[- ]than[- ]thou|obvious|sunshine)\\b",
    { tag: "sarcasm", negatable: false },
  ),
  // a mock vocative closing the sentence or opening a retort: "..., Professor.", "ok detective"
  rule(
    "contempt",
    "(professor|detective|inspector|sherlock|einstein|captain obvious|your majesty|ur majesty|your highness|ur highness|your lordship|your ladyship)(?=\\s*[.!?]|\\s*$)",
    {
      tag: "sarcasm",
      negatable: false,
      when: (c) => /,\s*$|^\W*$/.test(c.text.slice(c.sentence.start, c.start)),
    },
  ),
  rule(
    "contempt",
    "(ok|okay|alright|sure|yes|right|well|thanks|thank you|cheers),? (detective|inspector|sherlock|einstein|professor|captain obvious|your majesty|ur majesty)\\b",
    { tag: "pushback", negatable: false, sentenceStart: true },
  ),
  // a tiny feat hailed as news: "Should I ring the local paper?", "stop the presses"
  rule(
    "contempt",
    "(should|shall) (i|we) (ring|call|phone|alert|tell|notify) the (local )?(paper|papers|press|news|media|bbc|guinness)|stop the press(es)?|(someone|somebody) (call|ring|alert) (the (paper|papers|newspaper|newspapers|press|news|media)|guinness)",
    // the whole remark ("Should I call the local paper about the pothole?" asks)
    { tag: "sarcasm", negatable: false, sentenceEnd: true },
  ),
  // disgust at the other, their words or doings: "you make my skin crawl", "Reading your messages
  // makes my skin crawl" (a sentence without "you" is about something else: "raw chicken…")
  rule(
    "contempt",
    "((you|u|your (face|voice)) (honestly |literally |just )?)?(makes|make|made|making) my (skin crawl|stomach turn|stomach churn|flesh creep)",
    {
      when: (c) => HAS_YOU.testSlice(c.text, c.sentence.start, c.sentence.end),
    },
  ),
  // superiority: "it's frankly beneath me", "I'm not dignifying that with a reply"
  rule(
    "contempt",
    "(it's|that's|you're|ur|is|are|was|were) (frankly |honestly |just |so |really |quite |all |completely |way )?beneath me|(i'm|i am|im) not (going to |gonna )?(dignify|dignifying) (that|this|it|you)",
    { negatable: false },
  ),
  // condescension: "I'd have thought someone with twenty years' experience could manage it"
  rule(
    "contempt",
    "i('d| would) have thought (someone|somebody|anyone|a grown \\w+|an adult|a (man|woman|person) (of|with|your)) [^.!?]{0,60}?(could|would|might|should) (manage|handle|cope|work out|figure out|understand|remember|do|read|count)\\b|,? but (evidently|apparently|clearly|obviously) not(?=\\s*[.!?]|\\s*$)",
    { negatable: false },
  ),
  // "must be nice, sunning yourself in Ibiza while I deal with the landlord"
  rule(
    "contempt",
    "must be (nice|lovely|great|fun|wonderful|relaxing)\\b[^.!?]{0,80}?\\b(while|whilst|when) (i|i'm|im|some of us|the rest of us)\\b",
    { negatable: false },
  ),
  // "Sure, blame me for the overdraft", "yeah go on, blame me"
  rule(
    "contempt",
    "(sure|yeah|go on|go on then|go ahead|that's right|of course|oh yes|fine|great),? (just )?blame me\\b",
    {
      tag: "pushback",
      negatable: false,
    },
  ),
  // "Oh, I'm sorry, was I supposed to keep your secret?", "Well excuse me, did I not fill in the form?"
  rule(
    "contempt",
    "(oh|well),? (i'm |i am )?(so+ |terribly |awfully |very )?(sorry|excu+se me|pardo+n me|forgive me),? ((was|am|were) i (not )?(supposed|meant|expected|required|obliged|allowed) to|(did|have) i (not|forgotten to|forget to|fail to|failed to) (fill|ask|get|check|clear|run|submit|book|clock|request|tell|report|consult))\\b",
    { tag: "pushback", negatable: false },
  ),
  // "Were you raised in a barn?", "Some of us were brought up with manners."
  rule(
    "contempt",
    "(were|was) (you|u) (raised|brought up|born|dragged up) in a (barn|cave|field|zoo|pigsty)|some of us (were brought up|were raised|have|actually have|know how to|can manage to|manage to|bother to) (with )?(manners|standards|morals|jobs|a conscience|basic decency|some self-respect|respect)\\b",
    { negatable: false },
  ),
  // "wow great parenting 👏👏", "Inspired co-parenting, that.", "aw, is the big boss upset?"
  rule(
    "contempt",
    "(great|fantastic|brilliant|amazing|stellar|top[- ]notch|inspired|outstanding|award[- ]winning|world[- ]class|superb) (parenting|co-parenting|coparenting|teamwork|communication|listening|planning|husbanding|boyfriending),? (that|there|as always|as usual)\\b|wow,? (great|fantastic|brilliant|amazing|stellar|inspired|outstanding|superb) (parenting|co-parenting|coparenting|teamwork|communication|listening|planning)\\b|aw+,? (is|are|did) (the |my |our )?(big |poor |little |wittle )?(\\w+ )?(baby|boss|man|princess|mister|boy|girl|diddums) (upset|sad|hurt|offended|sulking|crying|cross|angry|annoyed)\\b",
    { tag: "sarcasm", negatable: false },
  ),
);
