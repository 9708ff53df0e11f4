import { ADV, CONTEMPT_WORD } from "../../lexicon.ts";
import { type Rule, rule } from "../../rule.ts";

// --- contempt -------------------------------------------------------------------------------

// Nouns that insult by degrading (vermin, fools): contempt as well as criticism.
const VERMIN =
  "(worm|rat|pig|weasel|cockroach|maggot|slug|vermin|leech|parasite|scumbag|scum|lowlife|low-life|loser|idiot|moron|cretin|imbecile|clown|waste of space|piece of (shit|crap|garbage|trash)|mama's boy|mummy's boy|mommy's boy)";
// a message about someone else ("what a loser he is")
const THIRD_PERSON = /\b(?:he|she|him|his|her|they|them|he's|she's|they're)\b/;
// 'lost', 'a family emergency': scare quotes (straight single quotes are not masked; double ones are #)
// closing its clause: "Sure, 'lost'.", "your phone 'died' again" (not a title: "'Hamlet' is on at eight")
const SCARE_QUOTE =
  /(?:^|[\s,(])(?:'[a-z][a-z ]{0,30}[a-z]'|#{3,})(?=\s*(?:$|[.,!?;:)]|(?:again|then|was it|right|huh|yeah|lol)\b))/;
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
    `(you|u) ${ADV}(honestly |seriously |literally |frankly )?(disgust|sicken|repulse|revolt|nauseate) me|(you|u|your (face|voice)) (honestly |literally |just )?(make|makes) my (skin crawl|stomach turn|stomach churn)|(sick|tired) of the (sight|sound) of (you|u|your (face|voice))|(can't|cannot) stand the (sight|sound) of (you|u|your (face|voice))`,
  ),
  // an insult with modifiers: "you're a spineless little worm", "a lying rat"
  rule(
    "contempt",
    `(you're|you are|you were|you've been|ur) (such |just |nothing but |really )?(a|an) ([a-z-]+,? ){0,2}${VERMIN}\\b|(you|u) ((little|lying|spineless|pathetic|selfish|filthy|dirty|sneaky|cheating|fucking|bloody|absolute|utter|complete|stupid) )+${VERMIN}\\b`,
    { when: (c) => !/\b(?:haha\w*|hehe\w*|lol|lmao|jk|love (?:you|u|ya))\b/.test(c.text) },
  ),
  // "What kind of idiot forgets ...", "What a loser."
  rule(
    "contempt",
    `what (kind|sort|type) of (a |an )?(idiot|moron|imbecile|cretin|loser|clown|lowlife|scumbag)\\b|what (a|an) (absolute |total |complete |utter |pathetic |sad )?(loser|idiot|moron|clown|lowlife|scumbag|waste of space|piece of (work|shit|crap))\\b(?! (that|this|he|she|they|of|in|at|on))`,
    { when: (c) => !THIRD_PERSON.test(c.text) },
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
  ),
  rule(
    "contempt",
    "(oh|yeah|ah) (right|sure|yeah)[,.]? (because|cause|cos|like)|yeah,? right\\b|(lol|lmao+|lmfao|haha+|ha ha),? (ok|okay|sure|right|yeah)\\b|\\b(ok|okay) sure\\b|sure (you did|you were|you are|you do|you have|you will|you would)\\b|sure,? jan\\b",
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
    "how (very |incredibly |terribly |awfully )?(refreshing|rich|original|convenient|brave|noble|nice|generous|big|kind|gracious|mature|thoughtful) of (you|u)|how (refreshing|rich|original|convenient)\\b",
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
      when: (c) => !c.text.slice(c.end, c.sentence.end + 1).includes("!"),
    },
  ),
  rule(
    "contempt",
    "real (classy|nice|mature|grown[- ]up|adult|original|charming|cute|smart|clever|big of (you|u))|(another |a )?masterclass in (accountability|honesty|gaslighting|deflection|deflecting|manipulation|excuses|lying|blame|blaming|denial|playing the victim)|blah,? blah|(oh,? )?so now (you|u) (care|want|notice|remember|decide|give a)|hope (she|he|they) (was|were) worth it\\b(?! (and|but|for|,))|(gold star|medal|round of applause|award|trophy|prize|pat on the back|cookie) for (remembering|doing|finally|actually|being|managing|turning up|showing up|not)",
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
        if (/\b(?:proud of (?:you|u)|love (?:you|u)|so proud)\b/.test(c.text)) return false;
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
  rule("contempt", "nice (speech|words|performance|act|apology)", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
    when: (c) => !c.text.slice(c.end, c.sentence.end + 1).includes("!"),
  }),
  // scare quotes around their claim: "Sure, 'lost'.", "Oh sure, your phone 'died' again."
  rule(
    "contempt",
    "(oh |ah )?(sure|right|yeah|yeah right|uh huh|of course|yes),? [^.!?]{0,40}?(\\x27|#)",
    {
      negatable: false,
      sentenceStart: true,
      when: (c) =>
        SCARE_QUOTE.test(c.text.slice(c.end - 2, Math.min(c.sentence.end, c.end + 50))) &&
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
        SCARE_QUOTE.test(c.text.slice(c.end, Math.min(c.sentence.end, c.end + 40))) &&
        /^\s*(?:'[a-z]|#)/.test(c.text.slice(c.end, c.end + 4)) &&
        !/\b(?:love|loved|adore|thank you so)\b/.test(
          c.text.slice(c.sentence.start, c.sentence.end),
        ),
    },
  ),
  rule(
    "contempt",
    "(oh|wow|great|brilliant|fantastic|perfect|lovely|wonderful|ah|cool)(,? (great|brilliant|fantastic|perfect|lovely|wonderful))?,? (another|yet another|more of your) ([^.!?,]{1,30}? )?(apology|sorry|excuse|promise|speech|sob story|essay|grovelling text|grovelling|i'm sorry|lecture|sermon)",
    { negatable: false },
  ),
  // "Amazing how your wallet always goes missing exactly when it's your round."
  rule(
    "contempt",
    "(amazing|funny|interesting|convenient|strange|incredible|remarkable|hilarious|weird) (how|that) (you|your|ur|u)\\b",
    {
      negatable: false,
      when: (c) =>
        /\b(?:conveniently|magically|somehow|exactly when|just when|only when|right when|the (?:moment|minute|second)|goes missing|go missing|disappears?|vanish(?:es)?|always (?:forget|dies|breaks))\b/.test(
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
    {
      negatable: false,
      sentenceStart: true,
      sentenceEnd: true,
      when: (c) => !c.text.slice(c.end, c.sentence.end + 1).includes("!"),
    },
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
    "no wonder (nobody|no one|noone|none of your \\w+) (likes|loves|wants|trusts|respects|talks to|can stand|puts up with) (you|u)|no wonder (your \\w+|he|she|they|everyone) (left|leaves|dumped|dumps|cheated on|avoids|hates) (you|u)|(you're|you are) dead to me|even a (child|toddler|five[- ]year[- ]old|kid|monkey|dog) (could|would|can|knows|understands|gets)\\b|use your (brain|head|common sense) for once",
    { negatable: false },
  ),
  rule("contempt", "get lost|piss off|fuck off|sod off|bugger off|go to hell|drop dead", {
    negatable: false,
    sentenceStart: true,
    notFollowedBy: /^\s*(?:in|at|with|on|for|into|together|somewhere|to)\b/,
    when: (c) => !/\b(?:haha\w*|lol|lmao|jk|love you|ily)\b/.test(c.text),
  }),
  // an insulting question: "are you stupid?", "what are you, deaf?"
  rule(
    "contempt",
    "(are|r) (you|u) (stupid|thick|dumb|deaf|an idiot|a moron|simple|dense|slow|brain[- ]?dead|retarded)\\b|what are (you|u),? (stupid|thick|dumb|deaf|an idiot|a moron|simple|dense)\\b",
    {
      negatable: false,
      when: (c) =>
        !/\b(?:haha\w*|lol|lmao|jk)\b/.test(c.text) &&
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
    "what are (you|u),? (five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\\d+|a child|a toddler|a baby|a teenager)\\b|act your (age|age not your shoe size)|get a grip|grow a (spine|pair|backbone)|don't flatter yourself|(okay|ok),? (karen|boomer)\\b|who (made|died and made) (you|u) (the )?(boss|king|queen|judge|god|expert|police)|know[- ]it[- ]all|(clearly|obviously|of course) (you|u) know (best|better|everything)|must be (nice|lovely|great) (to (never|always|be so|be perfect|be right|have)|being (so|perfect|right|you))",
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
        return !c.text.slice(c.end, c.sentence.end + 1).includes("!");
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
