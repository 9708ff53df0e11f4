import { check } from "../../check.ts";
import { messageTest, type Rule, rule, test } from "../../rule.ts";
import { foldWide } from "../../text.ts";

// --- defensiveness ------------------------------------------------------------------------------

/** Praise opening the next sentence: "That's not true! You look gorgeous in that photo." */
const REASSURES = test(
  "^\\W*(you're|you are|you look|ur) (a |an |so |such a |the |really |still |absolutely )?(wonderful|great|amazing|brilliant|lovely|kind|beautiful|the best|smart|clever|strong|loved|gorgeous|stunning|pretty|handsome|a (great|good|wonderful|brilliant|lovely))\\b",
);

export const defensiveness: Rule[] = [
  rule(
    "defensiveness",
    "(that's|that is|this is|thats) (not|simply not|just not|absolutely not) (true|what happened|how it happened|how it went|what i said|what i meant|fair)(?! (on|to) (you|u))|(it's|it is) (not|simply not|just not) true|(that's|that is|that isn't|this is) (a lie|a total lie|rubbish|nonsense|bullshit|bs|not true|untrue)|that isn't true|that's a lie",
    {
      negatable: false,
      // "that's not true, you're a wonderful mother": reassurance, not pushback (in its sentence
      // or the next: "That's not true! You look gorgeous in that photo")
      unless: test(
        "((in|on) (the|that) (film|book|show|movie|series|match|game|episode|story|play|news|video)\\b|you're right|you were right|i know that's not fair|(you're|you are) (a |an |so |such a |the )?(wonderful|great|amazing|good|brilliant|lovely|kind|beautiful|best|smart|clever|strong|loved|not))",
      ),
      when: (c) =>
        !REASSURES.testSlice(c.text, c.sentence.end, Math.min(c.text.length, c.sentence.end + 60)),
    },
  ),
  rule(
    "defensiveness",
    "i (didn't|did not|haven't|have not|never|wasn't|was not) (do|done|did|doing) (anything|nothing) wrong|i did nothing wrong|i('ve| have) done nothing wrong|i('ve| have)n't done anything|i haven't put a foot wrong|i've been nothing but",
    {
      negatable: false,
      // "I haven't done anything wrong at work, the audit was fine": not about the complaint
      notFollowedBy: test(
        "(wrong )?(at (work|school|the office)|in (the|my) (audit|exam|test|review))",
        "start",
      ),
    },
  ),
  rule(
    "defensiveness",
    "(why am i|i'm|i am|why is it) always (the (bad guy|villain|problem|one (to blame|who|in the wrong|at fault))|my fault|me)\\b|i'm always the one who gets",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(so )?(now )?(it's|its|everything's|everything is|this is|it is) (all |suddenly |somehow |always )?my fault(\\?| now| again)|(so )?(now )?it's (all |somehow |suddenly )?(on me|my fault)\\?|how is (this|that|it) my fault",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "what about (when|the time|every time|all the times|all those times|that time|the times|last (week|time|year|night|month))\\b(?=[^.!?]*\\b(you|u)\\b)|and what about (you|u)\\b|(you're|you are) (one|the one) to talk|look who's talking|pot,? kettle",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "i can't (ever )?win|whatever i do,? (it's|its|it is) (wrong|never (enough|good enough|right)|not (enough|good enough))|nothing i (do|say|try)( is| will ever be)? (ever )?(good enough|right|enough)|i can never do anything right|i (literally |just |honestly )?(can't|cant|cannot) do anything right|damned if i do",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "stop attacking me|why are you (attacking|blaming) me|(you're|you are) (always )?(attacking|blaming) me|stop blaming me|don't blame me|(you're|you are|stop) twisting my words|stop putting words in my mouth|(don't|do not|dont|stop|quit) (twist|twisting|spin|spinning) (my words|what i (said|say|meant|mean|wrote))|i'm not the one who|(are you )?(calling|accusing) me (of|a)\\b",
    // "I'm not the one who gets to decide when you're ready": deference, not a counter
    {
      negatable: false,
      notFollowedBy: test("(gets|get|should|needs|has|have|can) to\\b", "start"),
    },
  ),
  rule(
    "defensiveness",
    "(it's|it is|it was|that's|that was|this is|this isn't|that isn't) (not|n't|hardly) (all )?my fault|it (wasn't|isn't) (all )?my fault|(that's|it's) not on me\\b(?! to\\b)|i was (only|just) trying to (help|be nice|protect)|i was (literally |only |just |honestly )?(trying|doing) my (best|hardest|absolute best)\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(oh )?(right|sure),? because (you|u)('ve| have)? never (done|made|said|lied|been)|like (you're|you are|you've|you have|you) (so )?(perfect|never|any better|a saint)|like (your|ur) [a-z]+('s| is) (so |always |totally )?(an open book|perfect|spotless|squeaky clean|innocent|any better|whiter than white)\\b|as if (you|u)('ve| have)? never",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "i (didn't|did not|never) (say|said|cancel|cancelled|canceled|take|took|do|did|promise|promised|agree|agreed|touch|touched|go|went|hide|hid|steal|stole|lie|lied|cheat|cheated|flirt|flirted)\\b[^.!?]{0,50}?,? i (said|just|only|was|told|meant|asked|did say|did tell|texted|mentioned)\\b|there's a (big )?difference\\b",
    // "I'm not angry, I'm hurt. There's a difference and I need you to hear it": a feeling named
    { negatable: false, when: (c) => !namesOwnFeeling(c.text) },
  ),
  rule(
    "defensiveness",
    'i (didn\'t|did not|never) (take|do|hide|steal|touch|mean|promise|agree to|break|delete|"#+")( \\w+){0,2} (anything|anyone|anybody|nothing|a thing)',
    {
      negatable: false,
      notFollowedBy: test(
        "((and|but) (i|that)('s| was| is)? (should|wrong|on me|my fault)|for (my|the|our|his|her) (birthday|weekend|anniversary)|today|tonight|this (weekend|week)|all (day|weekend)|special|fun|exciting)",
        "start",
      ),
    },
  ),
  rule(
    "defensiveness",
    "(but )?i did (mention|tell|say|warn|text|ask|explain|message|email|call|try)\\b|i told you (already|ages ago|before|(so many|a hundred|a million|\\w+) times)\\b",
    {
      negatable: false,
      // "I did tell you I loved you": an affirmation, not a counter
      notFollowedBy: test(
        "(you|u) (that )?(i )?(love|loved|miss|missed|care|cared|adore|adored)\\b",
        "start",
      ),
      notPrecededBy: /\b(?:(?:you'?re|you are|ur) right|yes|yeah|yep|i admit)\b[^.!?]{0,12}$/,
      // "I did say I'd call and I didn't. That was wrong of me.": an admission
      unless: test("(and i (didn't|did not|never)|wrong of me|my fault|on me|i'm sorry)"),
    },
  ),
  rule(
    "defensiveness",
    "that's not what happened(?! (in|on) (the|that) (film|book|show|movie|series|match|game|episode|story|play|news|video))|you know (that's|it's) not true|you're (making|making this) (it )?up|that never happened",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(you're|you are|stop) putting words in my mouth|i never said (that|so|it|anything like that|any such thing)|(don't|do not|stop|quit|you're|you are|you always) (turn|turning|twist|twisting|flip|flipping) (this|it|everything|that) (around )?(on|back on) me|(don't|do not) make this about me|why is (everything|it|this) (always )?my fault|(everything|it)('s| is) always my fault",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(you|u) (keep|kept|always|constantly) (saying|claiming|acting like|making out|telling (me|everyone)) (that )?i (never|always|don't|didn't|can't|won't|do nothing)|(i'm|i am|i'll|i will) not (going to |gonna )?(apologi[sz]e|say sorry|be sorry) for|(i )?(won't|will not|refuse to) apologi[sz]e for|not sorry for (having|being|wanting|living)",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "because (you're|you are|you've always been|you were|you've been) (so |such a |always |just |totally |completely )?(perfect|a saint|an angel|innocent|flawless|never wrong|blameless)|(you|u) (\\w+ )?(hurt|lied to|betrayed|cheated on|yelled at|shouted at|ignored|disrespected|humiliated) me (too|as well|first)|(you|u) (did|do|were|are) (it|the same|that|this) (too|as well)\\b|(i'm|i am|i was) not the only one (who|that|to)\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(so|oh so|right,? so|and so),? (now )?(it's|its|this is|everything is|everything's) (all |somehow |suddenly )?my fault",
    { negatable: false },
  ),
];

/** The writer names a feeling of their own: "I'm not angry, I'm hurt". */
const namesOwnFeeling = messageTest(
  /\bi(?:'?m| am| feel) (?:just |so |really )?(?:hurt|sad|scared|lonely|upset|exhausted)\b|\bi need you to\b/,
);

// --- more wordings of the same constructions -----------------------------------------

/** What the writer is blamed for, as a victim: "I'm the one being hung out to dry". */
const VICTIM =
  "(blamed|punished|singled out|hung out to dry|scapegoated|picked on|attacked|told off|shouted at|thrown under the bus|getting it in the neck|getting the blame|getting all the blame|taking the (blame|fall|heat|flak)|made (out )?(to be )?the (bad guy|villain|scapegoat))";
defensiveness.push(
  // "No idea why I'm the one being hung out to dry"; "why am I always the one getting blamed"
  rule(
    "defensiveness",
    `(i'm|i am|am i|why is it) (always |somehow |suddenly |now |apparently )?the (only )?one (being |getting |who gets |who's getting |that gets |who always gets )?${VICTIM}|(i'm|i am|am i|why am i|why do i) (always |somehow |suddenly |now |apparently )?(being |getting )${VICTIM}|why (am i|do i|is it me|is it always me)( always)? (the one|getting|being) ${VICTIM}`,
    { negatable: false },
  ),
  // "honestly you've done worse to me", "you did the same"
  rule(
    "defensiveness",
    "(you've|you have|you|u) (done|said|did) (way |far |much |a lot |so much |even )?worse\\b|(you've|you have) done (the same|exactly the same|it too|it as well)\\b",
    { negatable: false },
  ),
  // "I did NOT say that to her", "I didn't do that"
  rule(
    "defensiveness",
    "i (didn't|did not|never) (say|said) (that|any of that|anything like that|those things|it)( to (her|him|them|anyone|anybody))?(?=\\s*[.!,;?]|\\s*$| to (her|him|them|anyone|anybody)|,? (and|so) (you|u|stop|don't))",
    {
      negatable: false,
      // "I didn't say that, but I understand why it sounded that way": owning the impression
      unless: test("(but i (understand|get|see|can see|know|realise|realize)|sorry|i should)"),
    },
  ),
  rule(
    "defensiveness",
    "(she's|he's|they're|you're|you are|she is|he is|they are|ur|u r) (totally |completely |just |deliberately )?(twisting|spinning) (it|this|that|things|everything|what i said|my words)|(she's|he's|they're|you're|you are) (making (it|this|that|stuff|things) up|lying about me)|(you've|you have|you) (just |totally |completely |clearly )?(made|invented|dreamt|dreamed) (that|this|it|the whole thing) up\\b",
    { negatable: false },
  ),
  // "I borrowed the car, I didn't steal it"; "I didn't lie to you"
  rule(
    "defensiveness",
    "i (didn't|did not|never) (steal|nick|pinch|swipe|cheat on|cheat|lie to|hit|touch|sleep with|kiss|sleep with) (it|her|him|them|you|anything|anyone|anybody|on you)\\b|i never (stole|cheated|lied|slept with|kissed|touched) (it|her|him|them|you|anything|anyone|anybody|on you|to you)\\b",
    {
      negatable: false,
      notPrecededBy: /\b(?:promise|swear|will|'ll|i'?d|if|that|know|admit|wish)\s+$/,
      notFollowedBy: test("(again|for (long|ages))", "start"),
      unless: test("(but (i|that|it)\\b|(was|is) wrong|on me|my fault)"),
    },
  ),
  // "right, because you're the world expert on honesty now"
  rule(
    "defensiveness",
    "because (you're|you are|ur) (the |such an |such a |a )?(world('s)? |great |big |leading |resident |big )?(expert|authority|paragon|model|pillar|picture|beacon|saint) (on|of)\\b",
    { negatable: false, tag: "sarcasm" },
  ),
  // "thanks for the lecture", "another lecture on loyalty from ...", "don't lecture me"
  rule(
    "defensiveness",
    "(thanks|thank you|cheers)( (so|very) much)? for the (lecture|sermon|lesson|speech|telling off|character assassination|ethics lecture|ted talk)|(another|spare me the|save me the|enough with the|here comes the|not another) (lecture|sermon|speech|telling off|ethics lecture)( on \\w+)? from (the|a|someone|somebody|you)\\b[^.!?]{0,20}?\\b(who|that)\\b|(spare|save) me the (lecture|sermon|speech)|(don't|do not|dont|stop|quit) (lecture|lecturing|preach|preaching|moralising|moralizing)( (to )?me)?\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(that's|thats|that is|bit|pretty|very) rich(,)? (coming )?from (you|u)|rich coming from (you|u)",
    {
      negatable: false,
    },
  ),
  // ("Well excuuuse me for having a life", "pardon me for breathing": contempt.ts, sarcasm that
  // pushes back, which gives defensiveness too)
  // "I'm sooo sorry I didn't clear my weekend with you first"; "sorry I'm such a disappointment to you"
  rule(
    "defensiveness",
    "(oh|well) (i'm |i am )?(so{3,}|really so{3,}) sorry|sorry (that )?i('m| am) (such|so) (a |an )?(disappointment|failure|burden|terrible \\w+|awful \\w+|horrible \\w+|bad \\w+|monster|let( )?down|embarrassment)",
    { negatable: false, tag: "sarcasm" },
  ),
  rule(
    "defensiveness",
    "(oh|well),? (i'm )?sorry,? (did|have|was|am) i (\\w+ ){0,3}(your|the) (perfect|precious|delicate|little|lovely|sacred|royal)",
    { negatable: false, tag: "sarcasm" },
  ),
  // "I did check with you beforehand" (more verbs than tell/mention)
  rule(
    "defensiveness",
    "but i did (check|run it (by|past)|clear it|let you know|give you a heads up|flag|remind|invite|offer|ask you|reply|respond|apologi[sz]e|say sorry|text|call)\\b",
    { negatable: false },
  ),
  // "don't make it sound like I vanished", "you make me sound like a monster"
  rule(
    "defensiveness",
    "(make|making|makes|made) (it|this|that) (sound|seem) (like|as if|as though) i\\b|(make|making|makes|made) me (sound|seem) (like|as if|as though)|i (don't|do not|dont) recogni[sz]e (the person|the version|the picture|the man|the woman|this version|the story)",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "(i'm|i am|i'll|i will) not (going to |gonna )?(apologi[sz]ing|apologi[sz]e|saying sorry)\\b|i (still )?stand by (every word|what i (said|did|wrote)|it|that|my (decision|words|choice))\\b",
    { negatable: false, notFollowedBy: test("(just|only|simply) (to|for the sake)", "start") },
  ),
  rule(
    "defensiveness",
    "(it|that|this) (wasn't|was not|isn't) (even |really )?my (idea|call|decision|choice)\\b",
    {
      negatable: false,
      unless: test(
        "(on me|my fault|my responsibility|but i (still |also )?(\\w+ed|went|did|agreed|should|could))",
      ),
    },
  ),
  // "I'm allowed to talk to my own friends", "I was just being friendly"
  rule(
    "defensiveness",
    "i('m| am) (perfectly |totally |still |surely |also )?(allowed|entitled|free) to (?!(feel|be (upset|hurt|angry|sad|scared)|cry|ask|need|want|say no)\\b)\\w+|i was (just|only|simply|merely) being (friendly|nice|polite|honest|supportive|helpful|myself|a friend|sociable|kind|funny|social|chatty)\\b",
    { negatable: false },
  ),
  // "I've bent over backwards ... and this is the thanks I get"; "I do everything around here"
  rule(
    "defensiveness",
    "(and )?(this is|that's|thats) (the|all the) thanks i get|i('ve| have) (bent|been bending) over backwards|after (everything|all) i('ve| have) done for (you|u|this family|us|them)\\b|i do (everything|all the \\w+|all of it|most of (the \\w+|it)|so much) (around here|in this house|for (this family|you|us))|the one time i (forget|forgot|miss|missed|mess|slip|don't|didn't)\\b",
    { negatable: false },
  ),
  // "I'm not a monster", "not everything is my fault", "the whole mess is on me now, is it?"
  rule(
    "defensiveness",
    "i('m| am) not (a|the|some kind of|some sort of|some) (monster|villain|bad guy|bad person|criminal|terrible person|horrible person|devil)\\b|not everything('s| is) my fault|(the whole (mess|thing|lot)|everything|it all|all of this|all this|this whole thing)('s| is) (all |suddenly |somehow |apparently )?(on me|my fault)( now|,? is it|,? isn't it| again| apparently)",
    { negatable: false },
  ),
  // "What about you? You're always on your phone", "what about your drinking?"
  rule(
    "defensiveness",
    "what about (your|ur) (\\w+ )?(lying|lies|drinking|phone|temper|affair|cheating|spending|behaviour|attitude|mistakes|flirting|ex|secrets|mess)\\b",
    { negatable: false },
  ),
  rule("defensiveness", "what about (you|u)\\b", {
    negatable: false,
    // "What about you? You're always on your phone": a counter-complaint follows, not a question
    when: (c) =>
      /^\s*\?\s*(?:you|u)(?:'?re| are| always| never| were| did| do|'?ve| have| lied| cheated)\b/.test(
        c.text.slice(c.end, c.end + 40),
      ),
  }),
  // "it's been hard for me too, you know", "you're no saint"
  rule(
    "defensiveness",
    "(for|on) me (too|as well),? (you know|u know)|(you're|you are) (no saint|hardly (perfect|innocent|a saint|an angel|blameless))|(you're|you are|you|u) (not|n't|aren't|weren't|were not|haven't been|have not been) (exactly |always |completely |totally )?(perfect|innocent|blameless|a saint|an angel|squeaky clean|faultless) (either|yourself)",
    { negatable: false },
  ),
  // mock alarm at the complaint about the writer's act: "Someone call the police", "ten whole minutes"
  rule(
    "defensiveness",
    "(someone|somebody|quick,?) call the (police|cops|fire brigade|authorities)|alert the (media|press|authorities)|stop the press(es)?|hold the front page|(oh )?poor (you|u|baby|thing),? (having|you had|had) to",
    {
      negatable: false,
      // the writer's act ("I was ten minutes late") or one made small ("it was ONE missed call")
      when: (c) =>
        /\bi(?:'?m|'?ve|'?d| [a-z]+)\b|\bpoor\b|\bit was (?:one|only|just|a single)\b/.test(
          c.text.slice(0, c.end),
        ),
    },
  ),
  // "I don't owe you an explanation", "I have nothing to apologise for", "it wasn't my idea"
  rule(
    "defensiveness",
    "i (don't|do not|dont) owe (you|u|anyone|anybody) (an |any )?(explanation|apology|anything)|(i have|i've|i've got|i got) nothing to (apologi[sz]e|be sorry|feel (bad|guilty|sorry)) (for|about)|how (was|am|were) i (supposed|meant|expected) to know\\b(?! (where|which|what time|how to))|i('m| am) not a mind( )?reader|(stop|quit|you're|you are|don't) (trying to )?(make|making) me (feel )?(guilty|the bad guy|the villain)",
    { negatable: false },
  ),
  // "you're making me out to be the villain", "stop acting like I'm some kind of monster"
  rule(
    "defensiveness",
    "(make|making|makes|made) me out to be (a |an |the |some kind of |some sort of )?(villain|monster|liar|bad guy|criminal|cheat|psycho|terrible|horrible|awful|bad|evil|abuser|narcissist)|(stop|quit) (acting|talking|treating me) (like|as if) (i'm|i am|i was) (some kind of |some sort of |a |an |the )?(monster|villain|criminal|bad guy|terrible person|horrible person|liar|cheat|psycho|devil)|(why do you|you) always (assume|think|expect) the worst(?! (of|about|for) (yourself|everyone|people|the))|(i'm|i am|im)( so| really| honestly| just)? (sick|tired|fed up) of (being|getting) (blamed|accused|attacked|made the (bad guy|villain))( for everything| all the time| for (all of )?this| by you| every time)?(?=\\s*[.!?,;]|\\s*$| for everything| all the time| by you| every time)",
    { negatable: false },
  ),
  // "I've done nothing but support you and this is what I get"
  rule(
    "defensiveness",
    "i('ve| have) done nothing but (support|help|try|give|apologi[sz]e|bend over|put up with|defend|stand up for|be (nice|kind|supportive|there|honest|good))|(this|that)('s| is) what i get for (trying|caring|helping|being (honest|nice|kind|supportive|there)|loving|putting up|everything|all)\\b|(and )?this is (what|the thanks) i get(?=\\s*[.!?]|\\s*$)",
    { negatable: false },
  ),
  // "You're the one who lied about the money, not me."
  rule(
    "defensiveness",
    "(you're|you are|you were|it was you) the one (who|that) (lied|cheated|started|left|broke|forgot|hid|shouted|yelled|flirted|ignored|messed up|screwed up|walked out|kept|spent|went|did|said|wanted|stopped)\\b[^.!?]{0,50}?,? not me\\b",
    {
      negatable: false,
    },
  ),
  // "I wasn't out all night like you're saying"
  rule(
    "defensiveness",
    "like (you're|you are|you keep|you) (saying|claiming|making out|implying|suggesting|make out|say|claim)\\b",
    {
      negatable: false,
      notPrecededBy: /\b(?:feel|felt|feels|sounds?|seems?|looks?|it'?s|just)\s+$/,
      // "I wasn't out all night like you're saying": a denial of their account
      when: (c) =>
        /\b(?:not|never|wasn'?t|didn'?t|isn'?t|haven'?t|hadn'?t|don'?t)\b/.test(
          c.text.slice(c.sentence.start, c.start),
        ),
    },
  ),
  // "oh, so this is all on me now?"
  rule(
    "defensiveness",
    ["on me", "my fault"]
      .map(
        (x) =>
          `(so|oh),? (now )?(this|it|that|everything)('s| is) (all |suddenly |somehow )?${x}( now)?(?=\\s*[?!.]|\\s*$|,? (is it|isn't it|right|apparently|huh|eh)\\b)`,
      )
      .join("|"),
    { negatable: false },
  ),
  // "don't put this on me", "how is any of this my fault", "stop making things up"
  rule(
    "defensiveness",
    "(don't|do not|dont|stop|quit|you can't|don't you dare|do not dare|dont you dare) (put|putting|pin|pinning|blame|blaming|dump|dumping|lay|laying|turn|turning) (this|it|that|all this|all of this|everything|any of this|the blame) on me|how is (any of this|any of that|that|everything|all of this|all this) (my fault|on me)|(stop|quit|you're|you are|you keep) (making (things|stuff|it|this|that) up|inventing (things|stuff))|(stand here and )?be (accused|blamed|attacked|lectured|insulted) like this|stand here and be (accused|blamed|attacked|lectured|insulted)",
    { negatable: false },
  ),
  // "I wasn't flirting, I was being polite"
  rule(
    "defensiveness",
    "i (wasn't|was not) (flirting|ignoring you|shouting|yelling|lying|hiding (it|anything)|being (rude|funny|weird|cold|off)|rude|angry|drunk|out (all night|late)|texting (her|him))\\b,? (i was|i'm|i am) (just |only |simply )?(being )?\\w+",
    {
      negatable: false,
      unless: test(
        "(but i (understand|get|see|can see|know|realise|realize)|sorry|i should|excuse|on me|my fault|wrong)",
      ),
    },
  ),
  // "so I'm the bad guy now", "i literally did nothing", "who are you to tell me"
  rule(
    "defensiveness",
    "(so|now|oh|ok|okay|right),? (now )?(i'm|i am|im) (the|always the) (bad guy|villain|problem|monster|bad one|enemy)|(i'm|i am|im) the (bad guy|villain|problem|enemy) (now|again)\\b|i (literally |honestly |genuinely |actually )?did nothing(?=\\s*[.!?,]|\\s*$| wrong)|i (literally |honestly |genuinely |actually )?(didn't|did not|didnt) do anything(?=\\s*[.!?]|\\s*$)|who (are|r) (you|u) to (tell|judge|lecture|talk|criticise|criticize|say)\\b|everything i (do|say)('s| is) (wrong|never (enough|right|good enough)|a problem|criticised|criticized)|(i'm|i am|im) not the one (with|who has) the problem",
    {
      negatable: false,
      notFollowedBy: test(",? (my|his|her|the|their) \\w+ (is|are|was)", "start"),
    },
  ),
  // "ok but you did the exact same thing last month"
  rule(
    "defensiveness",
    "(but|well|yet) (you|u) (did|do|have done|'ve done|did exactly) (the )?(exact |exactly |very )?same( thing)?\\b(?! (for|with) me)",
    { negatable: false },
  ),
  // "Not my fault you didn't read the message."
  rule("defensiveness", "not my fault\\b", {
    negatable: false,
    sentenceStart: true,
    unless: test("(haha|lol|lmao|but i('ll| will| can))"),
  }),
  // "why does it always have to be my fault", "don't twist this around"
  rule(
    "defensiveness",
    "why (does|must|do|is) (it|everything) (always )?(have to )?(be|got to be) (my fault|me|on me)\\b|(don't|do not|dont|stop|quit) (twist|twisting|turn|turning|flip|flipping) (this|it|everything|that|things|my words) (around|round)(?=\\s*[.!?]|\\s*$)",
    { negatable: false },
  ),
);

// --- round 2: constructions ------------------------------------------------------------------

/** Records the writer points to as proof against the complaint. */
const RECORDS =
  "(statements?|bank statements?|messages|texts|emails?|email trail|paper trail|receipts?|records?|chat|call log|phone log|history|minutes|calendar|timestamps?|screenshots?|thread)";
/** Roles the writer is cast as ("so I'm the bad parent now"). */
const BAD_ROLE =
  "(worst (person|parent|mother|father|mum|mom|dad|partner|husband|wife|friend|boyfriend|girlfriend|human) (in the world|ever|alive|on earth)|villain|bad guy|bad one|bad parent|bad mum|bad mom|bad dad|bad friend|bad person|bad partner|bad husband|bad wife|bad son|bad daughter|worst person|monster|problem|enemy|devil|criminal|liar|scapegoat|only one (in this house |here |around here )?who (ever )?\\w+)";
/** The eye-roll emoji as the normalised text holds it. */
const EYE_ROLL = foldWide("\u{1f644}");
/** The writer denies an act: "I never hid", "I didn't sign off on it", "I wasn't late". */
const DENIAL =
  /\bi(?: have|'?ve)? (?:never|didn'?t|did not|wasn'?t|was not|haven'?t|have not)\b|\bi was never\b/;
const hasDenial = messageTest(DENIAL);
const deniesAct = messageTest(/\bi (?:didn'?t|did not|never)\b/);
defensiveness.push(
  // "I've never hidden a penny from you, check the statements yourself"; "scroll back through the messages"
  rule(
    "defensiveness",
    `(check|read|look at|look through|scroll (back )?(through|up)|go (back )?through|see) (the|your|my|our|all the|back through the) ${RECORDS}( yourself| if you (don't|dont) believe me)?|(the|my|our) ${RECORDS} (will )?(show|shows|prove|proves)( (that|it|otherwise|i|you))?\\b`,
    {
      negatable: false,
      // only against a complaint: the message denies something
      when: (c) => hasDenial(c.text),
    },
  ),
  // "I never said you were useless. I said the plan was."
  rule(
    "defensiveness",
    "i (never|didn't|did not|didnt) (say|said|call|called) (you|u|that you|that u)\\b[^.!?]{0,40}?[.!?;,]\\s+(i|all i) (said|did say|meant|was saying)\\b",
    { negatable: false, crossSentence: true },
  ),
  // "I didn't break it, it was already cracked", "I never told anyone, she must have guessed"
  rule(
    "defensiveness",
    "i (didn't|did not|didnt|never) (break|steal|take|touch|lose|delete|tell|say|read|open|spend|move|hide|sign|send|post|share|start|do)\\b[^.!?]{0,40}?,? (it|that|she|he|they|someone|somebody|you|u|we) (was|were) (already|always|like that|broken|cracked)\\b|(she|he|they|someone|somebody|you|u) must ('ve|have) (guessed|found out|seen it|heard|read it|worked it out|looked|told (her|him|them)|overheard)\\b|we (came up with|did|wrote|made|decided) (it|that|this) together\\b",
    {
      negatable: false,
      when: (c) => deniesAct(c.text),
    },
  ),
  // "I have done nothing I need to apologise for"; "I've never hidden a penny from you"
  rule(
    "defensiveness",
    "i('ve| have)? (done|said) nothing (that )?(i need to|i have to|i should|to|i'?ve got to|worth) (apologi[sz]e|be sorry|feel (bad|guilty|sorry)|explain)|i('ve| have) never (hidden|taken|stolen|spent|kept) (a penny|a single penny|a thing|anything|a cent|a dime|a pound)\\b|i (never|didn't|did not|didnt) (hide|hid) (anything|a thing|a penny)(?=\\s*[.!,;]|\\s*$)",
    { negatable: false },
  ),
  // "Sure, I'm the villain for being five minutes late"; "so I'm the bad parent now"; "I'm the villain as usual"
  rule(
    "defensiveness",
    `(sure|right|oh|so|ok|okay|great|yeah|fine|wow),? (so )?(now )?(i'm|im|i am) (always |suddenly |apparently )?the ${BAD_ROLE}\\b|(i'm|im|i am) (always |suddenly |apparently )?the ${BAD_ROLE} (for|as usual|again|now|here|in all this|because|when|whenever|just for)\\b`,
    { negatable: false },
  ),
  // "Me? What about you flirting ...", "Me? You're the one who never lets anyone speak"
  rule(
    "defensiveness",
    "\\bme\\?\\s+((so )?what about|(you're|you are|you were|it was you|u r|ur) the one|(you|u) (always|never|were|did|lied|cheated|started))\\b",
    { negatable: false, crossSentence: true },
  ),
  rule(
    "defensiveness",
    "what about (the (time|weekend|night|day|party|holiday|trip|week|month|year)|when) (you|u)\\b|what about (the|all the|those|all those) ([a-z]+ )?(times|occasions|nights|weekends|days) (when )?(you|u)\\b|what about (you|u) (\\w+ing)\\b",
    { negatable: false },
  ),
  // "You're hardly one to talk", "look who's talking", "pot, kettle"
  rule(
    "defensiveness",
    "(you're|you are|ur|you) (hardly|not exactly|not|in no position|the last person) ((one|the one|the person|someone) )?to (talk|lecture|judge|criticise|criticize|preach)\\b|(you're|you are|you) in no position to (talk|lecture|judge|criticise|criticize|preach|tell)\\b|look who's talking|pot (calling the )?kettle|people in glass houses",
    { negatable: false },
  ),
  // "It was the team's decision, not mine. Don't single me out."
  rule(
    "defensiveness",
    "(?<!\\b(your|ur|yours) )(decision|call|idea|choice|plan|fault|responsibility|mistake),? not mine\\b|(don't|do not|dont|stop|why are you|quit) (single|singling|pick|picking) (me )?(out|on me)\\b",
    { negatable: false },
  ),
  // "Oh, so NOW you care who I text?"
  rule(
    "defensiveness",
    "(oh|so|and),? (so )?now (you|u) (care|notice|want to know|decide|remember|give a)\\b",
    { negatable: false },
  ),
  // "Why you always think bad things about me?"
  rule(
    "defensiveness",
    "(why (do )?(you|u)|(you|u)) (always |just )?(think|assume|believe|expect) (the worst|bad things|badly|the bad|so badly|so little|the worst things) (of|about) me\\b",
    { negatable: false },
  ),
  // "The money was mine too, I don't see why I need permission."
  rule(
    "defensiveness",
    "i (don't|do not|dont) see why i (need|needed|have|had|should|must)( to)? (ask|get|have|explain|justify|apologi[sz]e|check|run|clear|answer|permission)\\b|(i'm|i am|im) (a grown (man|woman|adult|up)|an adult|(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)( years old)?,? not (a )?\\w+)\\b",
    { negatable: false },
  ),
  // "Sorry that you think I'm hiding something. I'm not, so there's nothing to talk about."
  rule(
    "defensiveness",
    "(there's|there is) nothing (to|more to) (talk about|discuss|explain|apologi[sz]e for|be upset about)\\b|(sorry|apologi[sz]e) (if|that) (you|u) (think|thought|feel|felt|believe) i('m| am| was)? [^.!?]{0,40}?[,.]\\s+(i (honestly |really |genuinely |actually |definitely |absolutely |seriously )?(wasn't|wasnt|was not|didn't|didnt|did not|never)|i('m| am) (honestly |really |genuinely |actually |definitely )?not)\\b",
    { negatable: false, crossSentence: true },
  ),
  // "It's only a dating app, I wasn't actually meeting anyone."
  rule(
    "defensiveness",
    "i (wasn't|wasnt|was not|never) (actually|even|really|ever) (\\w+ing) (anyone|anybody|anything|her|him|them|up)\\b",
    { negatable: false },
  ),
  // "And you've never gotten wasted and said something stupid? Please."
  rule(
    "defensiveness",
    "(and|like|as if|because) (you've|you have|u've|you) never (\\w+ed|done|said|been|gotten|got|made|had|lied|forgotten|slipped|messed)\\b[^.!?]{0,60}?\\?",
    { negatable: false },
  ),
  // "Don't act like this is all on me"
  rule(
    "defensiveness",
    "(don't|do not|dont|stop) (act|acting|pretend|pretending|make out|making out|talk|talking) (like|as if|as though) (this|it|everything|that)('s| is| was) (all |entirely |completely )?(on me|my fault|down to me)",
    { negatable: false },
  ),
  // "Somebody has to pay the bills in this house."
  rule(
    "defensiveness",
    "(somebody|someone|one of us) (has|had|'s got|have) to (pay the bills|earn|work|bring in|put food|keep a roof|pay for)\\b",
    { negatable: false },
  ),
  // "Sorry I didn't run it past the family committee first 🙄": a sarcastic apology
  rule("defensiveness", "sorry\\b", {
    negatable: false,
    tag: "pushback",
    when: (c) => c.text.slice(c.start, c.sentence.end + 4).includes(EYE_ROLL),
  }),
  // "That's not how I remember it", "I can't do anything right", "I had every right to",
  // "I don't have to justify myself", "you're not exactly innocent", "but neither are you"
  rule(
    "defensiveness",
    "(that's|that is|it's|this is|thats) not (how|what) i remember( (it|things|happening))?\\b|i remember it (differently|very differently|another way)|i (can't|cannot|cant|can never|never|'ll never|will never) do (anything|a single thing|one thing|nothing) right\\b|i (had|have) every right to\\b|i (don't|do not|dont) (have|need) to (justify|explain|defend) myself\\b|(you're|you are|ur) not exactly (innocent|perfect|a saint|an angel|blameless|squeaky clean)\\b|(but|and) (neither|nor) (are|were|have|did) (you|u)(?=\\s*[.!?,;]|\\s*$)",
    { negatable: false },
  ),
);

// --- a perception echoed, then denied (listening mirror, answers) --------------------------------

defensiveness.push(
  // "I hear that you felt ignored, but I wasn't ignoring you"; "you think I lied, but I didn't"
  rule(
    "defensiveness",
    "(you|u) (feel|felt|think|thought|believe|say|said|claim|seem to think|are saying|'re saying)( that| like)? [^.!?]{0,60}?,? (but|except|when|yet) (i|in fact i|actually i|honestly i|really i) (wasn't|wasnt|was not|didn't|didnt|did not|never|haven't|hadn't|am not|'m not|don't)\\b(?! (mean|intend|realise|realize|see|know|think|notice|understand|listen|care enough|stop|tell you|call|check|ask|show))",
    // "you said you wanted space, but I didn't listen, and I'm sorry": an admission, not a denial
    {
      negatable: false,
      unless: test("(sorry|apologi[sz]e|my fault|on me|i should|wrong|regret|no excuse)"),
    },
  ),
);

// --- denials, alibis and rights, in more wordings ------------------------------------------------

defensiveness.push(
  // "I don't know what you're talking about", "you're remembering it wrong", "I already told you I didn't"
  rule(
    "defensiveness",
    "i (don't|do not|dont|honestly don't|genuinely don't|have no idea|really don't) (know )?what (you're|you are|ur|u r) (talking|on|going on|banging on) about\\b|(you're|you are|ur) (remembering|recalling) (it|that|this|things|everything) (wrong|incorrectly|differently)|(you're|you are|you) (misremembering|making that up)\\b|(you've|you have) got (it|that|this|the (facts|story|wrong end of the stick)) (all |completely |totally )?(wrong|backwards|twisted)|i (already |just )?(told|said to) (you|u) (that )?i (didn't|did not|didnt|wasn't|was not|never)\\b",
    { negatable: false },
  ),
  // alibis: "I wasn't even there", "ask anyone", "it wasn't me"
  rule(
    "defensiveness",
    "i (wasn't|was not|wasnt) even (there|in the room|in the house|home|at the party|around)\\b(?! for)|ask (anyone|anybody|\\w+),? (he'll|she'll|they'll|he will|she will|they will) (tell|confirm|back me up)|ask (anyone|anybody)(?=\\s*[.!]|\\s*$)|(it|that) (wasn't|wasnt) me(?=\\s*[.!,;]|\\s*$)",
    { negatable: false },
  ),
  // "I'm not the problem here", "you're the one with the problem", "at least I'm trying, unlike you"
  rule(
    "defensiveness",
    "(i'm|i am|im) not the (problem|issue)( here)?(?=\\s*[.!,;]|\\s*$)|(you're|you are|ur) the (one with the|real) problem\\b|at least i\\b[^.!?]{0,30}?\\bunlike (you|u|some people)\\b",
    { negatable: false },
  ),
  // "I never promised that", "I never agreed to it", "I never said I would", "I did my part"
  rule(
    "defensiveness",
    "i (never|didn't|did not|didnt) (promise|promised|agree|agreed|sign up|signed up|offer|offered)( to)?( (that|this|it|anything( of the sort)?|any such thing))?(?=\\s*[.!,;]|\\s*$)|i never said i('d| would)(?=\\s*[.!,;]|\\s*$)|i('ve done| have done| did) (my part|my bit|my share)\\b|(everything|all) (you|u) asked( of me| me to)?,? (and|but) (it's|its|it is) (still )?(not|never) (enough|good enough)",
    { negatable: false },
  ),
  // a flat denial of the accusation, as its own clause: "I didn't shout.", "I wasn't flirting!",
  // "I never lied to you", "I didn't 'abandon' you" (the scare quotes are masked to '#…#'), not
  // "I didn't lie about the money because …"
  rule(
    "defensiveness",
    "i (never|didn't|did not|didnt|haven't|have not) (lie|lied|cheat|cheated|shout|shouted|yell|yelled|scream|screamed|swear|swore|flirt|flirted|steal|stole|hide|hid|sneak|sneaked|snuck|snoop|snooped|abandon|abandoned|ignore|ignored|hit|push|pushed|kiss|kissed|mock|mocked|insult|insulted|threaten|threatened|betray|betrayed|go behind (your|ur) back|sleep with (her|him|anyone|anybody))( (to |at |on )?(you|u|her|him|them|anyone|anybody))?(?=\\s*[.!,;]|\\s*$)|i (wasn't|was not|wasnt|am not|'m not|m not) (lying|cheating|flirting|shouting|yelling|screaming|hiding (anything|it)|snooping|sneaking around)(?=\\s*[.!,;]|\\s*$)|i (never|didn't|did not|didnt|wasn't|was not|wasnt) ['\"]#{2,32}['\"]",
    { negatable: false, notInQuestion: true },
  ),
  // "It's my money too", "it's my phone, I can text who I want", "I have a right to my privacy"
  rule(
    "defensiveness",
    "(it's|it is|its) my (own )?(money|phone|life|body|business|time|house|car|account) (too|as well)\\b|(it's|it is|its) my (own )?(money|phone|life|body|business|time|choice|decision|night),? i('ll| can| will| get to) (do|spend|see|text|talk to|say|go) (what|whatever|who|whoever|where|wherever)\\b|i( have|'ve got| got) (a|every) right to (my|a|have) (privacy|life|own life|friends|space|social life|private)",
    { negatable: false },
  ),
  // "You did exactly the same thing at Christmas"
  rule(
    "defensiveness",
    "(you|u) (did|do|have done|'ve done|said) (exactly |the exact |the very )?(the )?same (thing|to me)\\b(?! (for|with) me)",
    { negatable: false, unless: test("(thank|lovely|kind|sweet|helped|help)") },
  ),
);

// --- formal denials (accounts and answers in the app's steps) ---------------------------------

defensiveness.push(
  // "I don't accept that characterisation", "I reject that", "I don't think I did anything wrong"
  rule(
    "defensiveness",
    "i (don't|do not|dont|cannot|can't) accept (that|this|your|the) (characteri[sz]ation|version|account|description|framing)\\b|i (don't|do not|dont|cannot|can't) accept (that )?i was (at fault|wrong|to blame|responsible)\\b|i (completely |totally |strongly |firmly )?(reject|dispute|deny|refute) (the (claim|accusation|suggestion|characteri[sz]ation)|any (suggestion|claim|wrongdoing)|(that|this) (completely|entirely|totally|outright|absolutely))\\b|i (dispute|deny|refute) (that|this)(?=\\s*[.!]|\\s*$)|(unfair|inaccurate|misleading|one-sided) (characteri[sz]ation|account|picture|portrayal|summary|version)|mis(characteri[sz]ation|representation|characteri[sz]ing|representing)\\b",
    { negatable: false },
  ),
  rule(
    "defensiveness",
    "i (honestly |really |genuinely |just )?(don't|do not|dont) (think|believe|feel) (that )?i (did (anything|something) (that |so |very )?(wrong|bad|terrible|awful)|was (in the wrong|at fault|to blame|wrong)|have anything to apologi[sz]e for|should (apologi[sz]e|be sorry))\\b|i did nothing (improper|inappropriate|untoward|wrong|bad)\\b|i acted (reasonably|in good faith|appropriately|properly|responsibly|correctly|fairly)\\b|my intentions were (good|honourable|honorable|pure|always good)\\b",
    { negatable: false },
  ),
  // "I don't think that's fair", "you're being unfair to me", "you're not being fair"
  rule(
    "defensiveness",
    "i (don't|do not|dont) think (that's|that is|this is|it's|thats) (very |entirely |completely |at all )?fair\\b(?! (on|to) (you|u|her|him|them|the kids))|(you're|you are|ur) (being )?(really |so |very |completely |totally )?unfair (to|on) me\\b|(you're|you are|ur) not being (very |at all )?fair\\b(?! (to|on) (yourself|her|him|them))",
    { negatable: false },
  ),
  // "I did apologise at the time", "I told you about it weeks ago"
  rule(
    "defensiveness",
    "i (did|already) (apologi[sz]e|apologi[sz]ed|say sorry|said sorry)( to you)?( at the time| back then| already| twice| properly| straight away)(?=\\s*[.!,;]|\\s*$)|i told (you|u)( about (it|that|this)| that)? (weeks|days|months|ages|a week|a month|hours) ago\\b",
    { negatable: false },
  ),
);

// --- my side too (listening moves and replies) -------------------------------------------------

defensiveness.push(
  // "you also have to see my side", "what about my feelings", "there are two sides to every story"
  rule(
    "defensiveness",
    "(you|u) (also |still |really )?(have|need|'ve got|got|must) to (see|hear|understand|consider|look at|appreciate) (my (side|point of view|perspective|position|reasons)|where i was coming from|why i did (it|that))\\b|what about my (side|feelings|point of view|perspective|needs)\\b|what about how i (feel|felt)\\b|there (are|were) two sides to (every|this|the) story|(you're|you are|ur) only (seeing|looking at|hearing) your (side|version|point of view)",
    { negatable: false },
  ),
  // "you're not the only one who's hurt here", "but I was hurt too", "my feelings matter too"
  rule(
    "defensiveness",
    "(you're|you are|ur) not the only one (who's|who is|who was|who got|that's|that is|that got|who has been|who's been) (hurt|hurting|upset|suffering|struggling|in pain|angry)\\b|but i('m| am| was| have been|'ve been| got) (hurt|hurting|upset|suffering|struggling|in pain) (too|as well)\\b|my (feelings|needs) (matter|count|are valid|are important) (too|as well)\\b",
    { negatable: false },
  ),
);

// --- round 3: constructions for unseen wordings ---------------------------------------------------

/** Roles the writer says they are cast in ("made the villain", "still the bad guy"). */
const CAST_ROLE =
  "(villain|bad guy|bad one|monster|liar|criminal|cheat|psycho|abuser|narcissist|devil|scapegoat|enemy|problem|bad (parent|person|mum|mom|dad|friend|partner|husband|wife)|(terrible|horrible|awful|evil) (person|parent|partner|human))";
/** Their account of the complaint, as the writer names it. */
const THEIR_ACCOUNT =
  '(version|account|story|summary|recap|take|description|timeline|retelling|write-up|side of (it|things|the story)|\\x27[a-z]+( [a-z]+){0,3}\\x27|\\x27#+\\x27|"#+")';
// "I've done everything you asked, surely that's enough": leverage for forgiveness is pressure
const leveragesForgiveness = messageTest(
  /\b(?:forgiv\w*|call it (?:even|quits)|move on|moving on|let it go|drop it|get over it|surely|when does (?:this|it) end|how much longer|how long (?:is|will|are|do)|enough now)\b/,
);
// a sincere question about the past: "where did I say we'd meet? I forgot"
const unsureWhere = messageTest(
  /\b(?:forgot|forget|can'?t remember|cannot remember|don'?t remember|remind me|can'?t find|lost)\b/,
);
const writerAlibi = check(
  /\bi (?:was|wasn'?t|was not|left|got (?:home|back|in)|came (?:home|back)|went|stayed|only had|had)\b/,
);
defensiveness.push(
  // cast as the villain: "don't you dare make me the villain", "you paint me as some monster",
  // "somehow I'm still the bad guy"
  rule(
    "defensiveness",
    `(make|making|makes|made|paint|painting|paints|painted|cast|casting|casts|turn|turning|turned) me (out )?(to be |as |into )?(the|a|an|some|some kind of|some sort of) ${CAST_ROLE}\\b|(somehow|still|yet again|once again),? (i'm|i am|im) (still |always |once again |yet again )?(the|a) ${CAST_ROLE}\\b`,
    {
      negatable: false,
      unless: test("(play|film|movie|panto|pantomime|role|game|audition|story we|novel|book)"),
    },
  ),
  // "don't make out like I owe you everything", "you're making out that I never help"
  rule("defensiveness", "(make|making|makes|made) (it )?out (like|as if|as though|that) i\\b", {
    negatable: false,
  }),
  // a record of compliance held up against the complaint: "I've done everything you asked",
  // "I did exactly what you asked, to the letter" (as leverage for forgiveness it is pressure)
  rule(
    "defensiveness",
    "(i('ve| have)?|and( have)?) (done|did) (exactly|precisely|literally|absolutely)? ?(everything|all|every (single )?thing|exactly what|precisely what|all of what|all that) (you|u) (asked|wanted|told me|said|asked for|asked me to( do)?)\\b",
    {
      negatable: false,
      notPrecededBy:
        /\b(?:if|once|when|until|after|before|promise|will|'ll|until i'?ve|make sure)\s+$/,
      when: (c) => !leveragesForgiveness(c.text),
    },
  ),
  // a challenge to produce proof: "Where exactly did I promise that?", "when have I ever lied?",
  // "show me where I said that"
  rule(
    "defensiveness",
    "(where|when) (exactly|precisely) (did|have) i (ever )?(say|said|promise|promised|agree|agreed|tell|told|claim|claimed|ask|asked|lie|lied|refuse|refused|sign|signed)\\b|(where|when) (did|have) i ever (say|said|promise|promised|agree|agreed|tell|told|claim|claimed|lie|lied|hide|hid|hidden|refuse|refused|cheat|cheated|do|did|done)\\b|show me (where|the (message|text|email|bit|part) where|one (message|text|email) where) i (said|promised|agreed|told|wrote|claimed)\\b",
    {
      negatable: false,
      when: (c) => !unsureWhere(c.text),
    },
  ),
  // a conditional apology turned into a counter: "I'm sorry you're upset, but I never said you
  // couldn't come", "sorry if you feel blindsided, but I've been saying for a year ..."
  rule(
    "defensiveness",
    "(sorry|apologies|i apologi[sz]e) (if |that )?(you|u|you're|ur|you've|your) [^.!?]{0,50}?,? but (i (never|didn't|did not|didnt|wasn't|was not|haven't|have not|did (exactly|everything|all|tell|say|mention|ask|warn|check)|told (you|u))|i('ve| have) (been )?(saying|telling|asking|said|told|done|had|explained|warned))\\b(?! (mean|meant|intend|intended|want|wanted|realise|realize|realised|realized|know|knew|think|thought|notice|noticed|see|understand|plan|planned|expect|expected|handle|deal)\\b)",
    {
      negatable: false,
      unless: test("(my fault|on me|i should have|i shouldn't have|i was wrong|no excuse)"),
    },
  ),
  // their facts, corrected: "Get your facts right.", "I was home by one, not three."
  rule(
    "defensiveness",
    "(get|check) your (facts|story|timeline|dates|times) (right|straight|in order)\\b|check your facts\\b|(you've|you have|you) got (your|the) (facts|dates|times|timeline) (wrong|mixed up|muddled|confused)\\b|i (was|got|came) (home|back|in|there|out) (by|at|before) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|\\d+)( ?(am|pm))?,? not (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|\\d+)\\b",
    { negatable: false, unless: test("(typo|sorry|my mistake|correction)") },
  ),
  // an alibi with a witness: "I was at the bar the whole time, ask Priya."
  rule(
    "defensiveness",
    "(the (whole|entire) (time|night|evening|day)|all (night|evening|day)|the whole time),? (just |go |go on,? |you can )?(ask|check with|call) (her|him|them|anyone|anybody|everyone|[a-z]+)(?=\\s*[.!]|\\s*$)",
    {
      negatable: false,
      when: (c) => writerAlibi.testSlice(c.text, c.sentence.start, c.start),
    },
  ),
  // their account called one-sided: "Your 'what happened' is totally one-sided", "you left out what you said"
  rule(
    "defensiveness",
    `(your|ur|this|that|the) ${THEIR_ACCOUNT} (is|was|'s|sounds|seems) (totally |completely |very |so |really |pretty |extremely |entirely |wildly |massively |a bit |quite |incredibly )?(one-sided|one sided|biased|skewed|selective|exaggerated|distorted|twisted|made up|fiction|a fantasy|a fairy ?tale|untrue|misleading)\\b|(you|u) (conveniently |completely |totally |just )?(left|leave|leaving) out (the (part|bit) where (you|u)|what (you|u) (said|did)|your (part|bit|side|role|share)|how (you|u)|everything (you|u)|that (you|u))\\b`,
    {
      negatable: false,
      unless: test("(haha|lol|lmao|news|article|paper|report|film|movie|book|show)"),
    },
  ),
  // the complaint cast as persecution: "you're using this to punish me", "you only ever look for my mistakes"
  rule(
    "defensiveness",
    "(you're|you are|ur|you) (just |only |clearly |obviously )?(using|trying to use) (this|it|that|the app|this app|the kids|everything) (just )?to (punish|hurt|get at|attack|control|guilt|shame) me\\b|(you're|you are|ur) (just )?(trying to )?(punishing|punish) me\\b(?! (for|by) (being|not being))|(you|u) only (ever )?(look for|see|notice|remember|focus on|point out|count|mention|talk about) (my|the) (mistakes|flaws|faults|failings|failures|bad (bits|stuff|things|side)|negatives|slip-ups|screw-ups|mess-ups)\\b",
    { negatable: false },
  ),
  // "it's all my fault, as usual"; "yes I shouted ... what do you want from me?"
  rule(
    "defensiveness",
    "(it's|its|it is|this is|everything's|everything is) (all )?(my fault|on me),? as (usual|always|ever)\\b|what do (you|u) (even )?want from me(?=\\s*\\?)",
    { negatable: false },
  ),
  // "Stop acting like I do it every week", "before you start accusing people"
  rule(
    "defensiveness",
    "(stop|quit) (acting|talking|carrying on|behaving|going on) (like|as if|as though) i\\b|before (you|u) (start |go )?(accusing|blaming|throwing (accusations|blame)|pointing (the )?fingers?|having a go at|jumping to conclusions|jump to conclusions|accuse|blame|point (the )?fingers?|have a go at)( (me|people|someone|anyone|others|everyone))?(?! yourself)\\b",
    { negatable: false },
  ),
  // a denial with its counter: "I never hid the card ... you just didn't look", "I wasn't hiding
  // anything", "I never said you were a bad mother", "Oh yes, St Claire, who definitely wasn't ..."
  rule(
    "defensiveness",
    "(you|u) (just |simply |clearly )?(didn't|did not|didnt|never) (look|check|ask|read it|look properly|bother to (look|check|ask|read))(?=\\s*[.!?]|\\s*$)",
    { negatable: false, when: (c) => deniesAct(c.text) },
  ),
  rule(
    "defensiveness",
    "i (wasn't|was not|wasnt|am not|'m not) (hiding|keeping|concealing) (anything|a thing|nothing|stuff|things)( from (you|u))?(?=\\s*[.!,;]|\\s*$)|i (never|didn't|did not|didnt) (say|said|call|called) (you|u) (were |are |was |'re )?(a|an) [a-z]+( [a-z]+)?(?=\\s*[.!,;]|\\s*$)|(yes|yeah|oh|right|sure)(,? (yes|yeah|right|sure))?,? (saint|st\\.?) [a-z]+,? (who|the one who)\\b",
    {
      negatable: false,
      notFollowedBy: test("(anymore|any more|again|from now on)", "start"),
      unless: test("(sorry|my fault|on me|i should|wrong of me|came out)"),
    },
  ),
  // "When do we do mine?" after their list of complaints
  rule(
    "defensiveness",
    "when (do|does|will|can) (i|we) (get to )?(do|say|air|list|share|talk about|go through|hear) (mine|my (complaints|list|side|grievances|turn))\\b",
    { negatable: false, when: (c) => /\b(?:complain\w*|grievance\w*|list|side)\b/.test(c.text) },
  ),
  // "Sorry my words stung, but let's be honest, I had a point."
  rule(
    "defensiveness",
    "i (still )?(had|have|made) a (fair |valid |good |real )?point(?=\\s*[.!,;]|\\s*$)",
    {
      negatable: false,
      when: (c) => /\bbut\b/.test(c.text.slice(c.sentence.start, c.start)),
    },
  ),
  // their label rejected: "Bit dramatic to call it theft.", "villain of the piece again"
  rule(
    "defensiveness",
    "(dramatic|extreme|harsh|strong|unfair|over the top|much) to call (it|this|that|me|what i did) (a |an )?[a-z]+|(villain|bad guy|baddie) of the piece (again|as usual|now)\\b",
    { negatable: false },
  ),
  // "lecturing me about honesty": "how noble of you to lecture me about honesty"
  rule(
    "defensiveness",
    "of (you|u) to (lecture|preach to|moralise at|moralize at|judge|lecture me|give me a lecture)( me)? (about|on)\\b",
    { negatable: false },
  ),
  // "It's always me in the wrong", "you act like I'm the only one who's ever made a mistake",
  // "Nobody else has a problem with how I talk. Maybe the issue is you."
  rule(
    "defensiveness",
    "(it's|it is) always me (in the wrong|to blame|who's wrong|that's wrong|at fault)|of course it's (me|my fault) again|(you act|you're acting|you are acting|acting|you talk|you're talking) (like|as if) (i'm|i am|i was) the only one\\b|maybe the (issue|problem) is (you|u)\\b|(nobody|no one) else has (a|any) problem with",
    { negatable: false },
  ),
  // "It's always me who has to apologise first", "It wasn't a lie, I just didn't mention it",
  // "caused by the supplier, not by me", "You don't get to lecture me", "somebody had to say it"
  rule(
    "defensiveness",
    "(it's|it is) always me (who|that) (has to|have to|apologi[sz]es|says sorry|gives in|backs down|gets blamed)|(it|that) (wasn't|was not) (a lie|lying)\\b|(caused|started|done|decided) by [^.!?]{1,30}?,? not (by )?me\\b|(you|u) (don't|do not|dont) get to (lecture|judge) me\\b|(somebody|someone) had to (say|tell) (it|you|the truth)",
    { negatable: false },
  ),
  // Round 4: counter-attacks and the innocent victim in more of their shapes.
  // "You say I don't listen, but you've been on your phone all night"
  rule(
    "defensiveness",
    "(you|u) (say|said|claim|claimed|reckon|complain|moan|keep saying) (that )?i [^.!?]{1,60}?,? (but|yet|and yet|when) (you|u)('re|'ve| are| have| were| r)?\\b",
    { negatable: false },
  ),
  // "it's not like you told me about your ex either", "it's not as if you're an angel"
  rule(
    "defensiveness",
    "(it's|its|it is) not (like|as if) (you|u) [^.!?]{1,60}?\\beither\\b|(it's|its|it is) not (like|as if) (you're|you are|ur|u r|you were|you've been) (perfect|an angel|a saint|innocent|blameless|squeaky clean)",
    { negatable: false },
  ),
  // "why are you lecturing me on privacy", "I'm not taking a lecture on punctuality"
  rule(
    "defensiveness",
    "(why|how come) (are|r|is|were) (you|u) (lecturing|preaching at|preaching to|judging) me|(why|how come|idk why|no idea why) (you're|ur|you are|u r|you'?re) (lecturing|preaching at|judging) me|(i'm|im|i am) not (taking|having|listening to|accepting|sitting through) (a |any |another )?(lecture|lectures|lesson|lessons|sermon)s? (on|about|from)\\b",
    { negatable: false },
  ),
  // "somehow IM the one in trouble", "and somehow it's my fault"
  rule(
    "defensiveness",
    "somehow (i'm|im|i am|it's me|it is me|i'm the one|i end up) (the (one|bad guy|villain|problem|monster|enemy)|in (the wrong|trouble)|to blame|at fault|apologi[sz]ing)\\b",
    { negatable: false },
  ),
  // the innocent victim: "all I get back is grief", "I'm being treated like a criminal" (not the
  // complaint "you treat me like a child")
  rule(
    "defensiveness",
    "all i (ever )?get (back |in return |for it |for my trouble )?(is|are) (grief|abuse|criticism|complaints|nagging|moaning|attitude|a lecture|lectures|shouted at|accusations|blame|hassle|stick|earache)\\b|i bend over backwards\\b|(being|been|get|getting|i'm|im|i am) treated like (a|an|some kind of|some sort of) (criminal|suspect|prisoner|villain|monster|bad guy|liar|child)\\b",
    { negatable: false },
  ),
  // "This one isn't on me.", "that's not on me" (not "it's on me", nor "not on me to decide")
  rule(
    "defensiveness",
    "(this|that|it) ([a-z]+ )?(isn't|is not|wasn't|was not|'s not|s not) on me\\b(?! to\\b)",
    {
      negatable: false,
    },
  ),
  // "so me being 10 mins late is a crime but u forgetting my birthday was fine??"
  rule(
    "defensiveness",
    "(me|my) [^.!?]{1,40}? (is|was|'s) (a crime|a federal offen[cs]e|a hanging offen[cs]e|unforgivable|the end of the world|a huge deal|a massive deal|a big deal)[^.!?]{0,12}? but (you|u|your|ur)\\b",
    { negatable: false },
  ),
  // "That's a huge exaggeration", "don't rewrite history", "so it's all on me then??"
  rule(
    "defensiveness",
    "(that's|that is|you're|you are|ur|that's just|thats) (a |an )?(huge |massive |gross |wild |slight |bit of an |complete |total )?(exaggeration|overstatement|exaggerating)\\b|(don't|do not|stop|quit) (rewriting|rewrite|twisting) (history|the facts|what happened)|(so )?(it's|its|it is) all (on me|my fault) (then|now|again)\\b",
    { negatable: false },
  ),
  // "i get blamed for everything", "i literally cant do anything right", "wasnt me who ate it",
  // "Those weren't my words.", "why do u always assume its me", "suddenly im a terrible mother"
  rule(
    "defensiveness",
    "i (always |just )?(get|got) (blamed|the blame) for (everything|anything|it all)|(i'm|im|i am) (always )?(getting|being) blamed for (everything|anything|it all)|(it )?(wasn't|was not|wasnt) me (who|that)\\b|(those|that|these) (weren't|wasn't|were not|was not|aren't|isn't) my words|why (do|does) (you|u|everyone|everybody) (always )?(assume|think|presume|decide) (it's|its|it is|it was|it must be) me|suddenly (i'm|im|i am) (a |the )?(terrible|bad|awful|worst|horrible|rubbish|useless|evil)\\b",
    // "It wasn't me who suggested it, it was Rosa, but I'm so glad she did": credit, not a denial
    { negatable: false, unless: /\b(?:glad|happy|thankful|grateful|great idea|good idea|love)\b/ },
  ),
);
