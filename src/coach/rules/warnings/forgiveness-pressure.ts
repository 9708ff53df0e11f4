import { messageTest, type Rule, rule, test } from "../../rule.ts";

// --- forgiveness-pressure ---------------------------------------------------------------------

const NO_PRESSURE = test(
  "(when(ever)? you're ready|in your own time|take (all )?the time you need|take your time|no rush|no pressure|at your (own )?pace|if and when|only (if|when) you('re| are) ready|if you ever want|whenever you feel|whenever you want)",
);
// the writer's own work: "I need to let it go", "I'm trying to get over it", "help me let it go"
const SELF_WORK =
  /(?:\bi(?:'?m|'?ll|'?ve|'?d| am| will| have| would)?\s+(?:\w+\s+)?(?:need|needs|have|want|got|must|should|will|going|trying|try|tried|can'?t|cannot|could|couldn'?t|can|wish|learn(?:ing)?|decided|chose|choose|hope|hoping|ready|able|working on)\s+(?:to\s+)?|\b(?:help me|how (?:do|can|could) i|how to|learning to|learn to|for me to|me to)\s+)(?:just\s+|really\s+|finally\s+|somehow\s+|try\s+(?:to\s+)?|and\s+)?$/;
// an apology or a hurt in the message: "can we just have a nice weekend now?" follows one
const afterHurt = messageTest(
  /\b(?:sorry|apolog\w*|forgive\w*|upset|hurt|punish\w*|it'?s been|been (?:days|weeks|months)|grovel\w*|i said sorry|silent treatment)\b/,
);
// a push elsewhere in the message makes "it's been a month." pressure, not news
const pushedElsewhere = messageTest(
  /\b(?:stop (?:looking|being|punishing|bringing|acting|sulking|giving|holding|going on)|how (?:much )?longer|move on|get over|let (?:it|this|that) go|past this|over this|off the table|put (?:it|this|that) behind|drop it|back to normal|forgive me)\b/,
);
// the writer has already apologised or paid: what follows presses for the reward
const apologisedAlready = messageTest(
  /\bi(?:'?ve| have)? (?:already )?(?:said sorry|apologi[sz]ed|paid|done everything|grovell?ed|made it up|said i'?m sorry|told you i'?m sorry)\b/,
);
// "move on to the next item" is about an agenda, not the hurt
const MOVE_ON_TO = test(
  "((to|with) (the|a|an|our|another|something|next|item|point|dinner|lunch)|off|round|over|by|in|at|back)\\b",
  "start",
);
export const pressure: Rule[] = [
  rule(
    "forgiveness-pressure",
    "when (are|will|r) (you|u) (going to |gonna |ever |finally )*(forgive|trust me again|let (it|this|that) go|get over|move on|drop it|stop being (mad|angry|upset|cross)|be over|stop punishing|let me off)|how long (are|will|do) (you|u) (going to |gonna |plan to |intend to |planning to |planning on |intending to |meaning to |want to )?(keep (this|it|that|on|up|punishing|being|doing|holding|ignoring|bringing|sulking|giving|throwing|going|me)|(be|stay|keep being) (mad|angry|upset|cross|like this|this way|cold|off with me|sulking|annoyed|hurt|silent|quiet|pissed|funny with me|distant|in a mood)|hold|punish|punishing|make me|making me)|how long is this (going to|gonna) (go on|last|take)",
  ),
  rule(
    "forgiveness-pressure",
    "(can|can't|cant|could|couldn't|shall|please can|please,? can|can we please) we (please |not |just |all |finally )*(move on|move past|get past|put (this|it|that) behind|forget (about )?(it|this|that)|go back to (normal|how (things|it|we) (were|was))|be normal|get back to normal|let (it|this|that) go|drop (it|this|that)|draw a line|stop (talking|going on|going over) (about )?(it|this|that)|just be|leave it|move forward|forgive and forget|be (ok|okay|alright|good|fine|normal|us) again)",
    // "how can we move on from this?" asks how to repair, it does not push
    { unless: NO_PRESSURE, notFollowedBy: MOVE_ON_TO, notPrecededBy: /\bhow\s+$/ },
  ),
  rule(
    "forgiveness-pressure",
    "(we|you|u) (really |just |seriously )?(need|have|got|gotta|'ve got|must|should) (to )?(move on|move past|get past|put (this|it|that) behind|let (it|this|that) go|get over (it|this|that)|stop (dwelling|living in the past)|forgive(?! (yourself|him|her|them|each))|get back to normal|draw a line)",
    { unless: NO_PRESSURE, notFollowedBy: MOVE_ON_TO },
  ),
  rule(
    "forgiveness-pressure",
    "let's (just |all |please |now |finally |simply )*(move on|move past|move forward|get past|forget (about )?(it|this|that)|put (this|it|that) behind|drop (it|this|that)|draw a line|not dwell|forgive and forget|leave it (there|at that|behind))",
    { unless: NO_PRESSURE, notFollowedBy: MOVE_ON_TO },
  ),
  rule(
    "forgiveness-pressure",
    "(just )?forgive me already|just forgive me|(you|u) (have|need|got|gotta|should|must|'ve got) to forgive me|i (really |just )?need (you|u) to (forgive|move on|move past|get past|put (it|this|that) behind|let (it|this|that) go|get over|stop (being|bringing|punishing))|why (can't|won't|cant|wont) (you|u) (just )?(forgive|let (it|this) go|move on|get over)",
  ),
  rule(
    "forgiveness-pressure",
    "get over it|get over yourself already|(just )?let it go\\b(?! (is|was|to|on)\\b)|life goes on|(stop|quit) living in the past|stop (dwelling|punishing me|holding (it|this|that) over me|bringing up the past)|move on already|(it's|it is|that's|that was) (all )?in the past(,| now| so)",
    {
      unless: NO_PRESSURE,
      // "I need to let it go", "I'm trying to get over it": the writer's own work; "I'm not going to
      // tell you to get over it": the push refused
      notPrecededBy: new RegExp(
        `${SELF_WORK.source}|\\b(?:not (?:going to|gonna) (?:tell|ask|make)|won'?t (?:tell|ask)|never (?:tell|ask)|wouldn'?t (?:tell|ask)) (?:you|u) to\\s+$`,
      ),
    },
  ),
  rule(
    "forgiveness-pressure",
    "(it's|it has|it's already) been (weeks|months|days|years|a (week|month|year|fortnight)|ages|\\d+ (weeks|months|days|years)|forever|so long),? (already|surely|come on)|it's been long enough(?! (since|for|to|that|between))",
    { unless: NO_PRESSURE },
  ),
  rule(
    "forgiveness-pressure",
    "(it's|it has|it's already) been (a|an|one|two|three|four|five|six|several|a few|a couple of|\\d+) (day|days|week|weeks|month|months|year|years|fortnight|while)\\b",
    {
      unless: NO_PRESSURE,
      when: (c) =>
        /\b(?:(?:are|r) (?:you|u) still|(?:you|u)(?:'?re| are| r)? still (?:mad|angry|upset|cross|on about|going on|sulking|punishing)|surely|come on|get over|move on|move forward|move past|(?:get|go) back to normal|be normal|let (?:it|this|that) go|forgive me)\b/.test(
          c.text.slice(c.end, c.sentence.end),
        ),
    },
  ),
  rule(
    "forgiveness-pressure",
    "(you|u) can't (stay|be|keep being) (mad|angry|upset|cross|annoyed|pissed|hurt|sulking)( (at|with) me)? forever|(you|u) can't hold (it|this|that) (over me|against me) forever",
  ),
  rule(
    "forgiveness-pressure",
    "(are you|you're|you are|ur|u r|you|u|is (she|he)|are they) (seriously |really |honestly |actually |literally )?still (on about|going on about|upset about|mad about|angry about|banging on|harping on|bringing (it|this|that) up|dwelling on|hung up on)",
  ),
  rule(
    "forgiveness-pressure",
    "i('ve| have)? (already )?(said|told you) (i'm |i am |i was )?sorry[^.!?]{0,30}?(\\W+)(now|so|what more|how many|enough|and i|let's|can we|can't we|surely)\\b|i (apologi[sz]ed|said sorry)(,| and)( i| now| so)|i('ve| have) (already )?apologi[sz]ed[^.!?]{0,20}?(what more|how many|enough|so (now|can))",
    { crossSentence: true },
  ),
  rule(
    "forgiveness-pressure",
    "what (more|else) do (you|u) (actually |even |really |honestly |possibly )?want( from me)?|how many (more )?times (do|have|must|should|will) i (have to |got to |need to |gotta )?(say|apologi[sz]e|tell you)|i('ve| have) (grovelled|groveled|apologi[sz]ed|said sorry|begged)( \\w+)? (enough|a (hundred|million|thousand) times|so many times|plenty)",
  ),
  // "I've apologised like ten times", "I said sorry, didn't I?"
  rule(
    "forgiveness-pressure",
    "i('ve| have)? (apologi[sz]ed|said sorry|said i'm sorry|said i was sorry) (like |about |literally |at least |over |more than )?(\\w+|a (hundred|million|thousand)) times|i (said|told you) (i'm |i was |i am )?sorry,? (didn't i|did i not|ok|okay|already)\\b",
    { negatable: false },
  ),
  // "how long do I have to keep paying for this?"; "haven't I been punished enough?"
  rule(
    "forgiveness-pressure",
    "how long (do|must|will|am|should) i (have to |got to |going to |gonna |need to )?(keep )?(pay|paying|apologi[sz]e|apologi[sz]ing|say sorry|saying sorry|grovel|grovelling|groveling|be punished|suffer|suffering|make up for)|(haven't i|i've|i have|hasn't this|i think i've) (been )?(punished|suffered|paid|grovelled|groveled) (enough|for it enough)|i('ve| have) (done|served) my time",
    { negatable: false },
  ),
  // "the kids need us to be normal", "I need us to get back to normal"; "can things not just be normal again"
  rule(
    "forgiveness-pressure",
    "(need|needs|have|has) (you|u|us|things|everything|it) to (be|go back to|get back to|feel|act|return to|start being) (normal|ok|okay|how (it|things|we) (was|were|used to be))|(can|can't|could|couldn't|will) (things|it|everything|life) (not )?(just )?(be|go back to|get back to) (normal|how (it|they) (was|were))",
    // "I'm not ready, and I need you to be ok with that": the hurt person's own pace
    { unless: NO_PRESSURE, notFollowedBy: test("(with|about) ", "start") },
  ),
  // "it's time to move on", "isn't it time you forgave me"
  rule(
    "forgiveness-pressure",
    "((it's|it is|isn't it|surely it's)( about| high)?|about|high) time (for you |for us )?(to |you |we )?(move on|moved on|let (it|this|that) go|got over|get over|forgave|forgive|put (it|this|that) behind|stop(ped)? (dwelling|bringing)|drew a line|draw a line)",
    { unless: NO_PRESSURE, notFollowedBy: MOVE_ON_TO },
  ),
  // "stop bringing it up", "you keep dragging this up", "life's too short to keep dragging this up"
  rule(
    "forgiveness-pressure",
    "(stop|quit|you keep|you always|you're always|why do you keep|you keep on|keep) (dragging|raking) (it|this|that|the past|all that|this all|it all) (up|back up|over)|(you keep|you always|you're always|why do you keep|you keep on|keep) (bringing|throwing) (it|this|that|the past|all that|it all) (up|back up|in my face|back at me)|(stop|quit) (throwing|rubbing) (it|this|that) in my face|life('s| is) too short (to (keep|stay|be|hold|dwell|argue|fight|go)|for (this|grudges|arguing))",
    {
      // "I know you keep bringing it up because it still hurts": understanding, not a push
      unless: test(
        "(when(ever)? you're ready|take your time|no rush|i (understand|get|know) why|that's fair|makes sense|because it (still )?(hurts|matters))",
      ),
    },
  ),
  // "aren't you over it yet", "haven't you got over it yet"
  rule(
    "forgiveness-pressure",
    "(aren't|are|r) (you|u) (still )?(not )?over (it|this|that) yet|(haven't|have) (you|u) (not )?(got|gotten|moved) (over|on|past)( (it|this|that))? yet|(why|how) (are|r) (you|u) (still )?not over (it|this|that)",
    { negatable: false },
  ),
  // "why are you still mad?", "you're still holding a grudge"
  rule(
    "forgiveness-pressure",
    "why (are|r) (you|u) still (mad|angry|upset|cross|sulking|going on|on about|bringing|holding|punishing|giving me|annoyed|pissed)|(stop|quit|you're|you are|why are you) (still )?(holding|bearing|nursing|keeping) (a|this|that|the|such a) grudge",
    { negatable: false },
  ),
  // "everyone else has forgiven me, why can't you?"
  rule(
    "forgiveness-pressure",
    "(everyone|everybody|all of them|the kids|your (mum|mom|dad|family|sister|brother))('s|s)? (else )?(has|have|already) (already )?(forgiven me|moved on|forgotten about it|got over it|gotten over it)",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "I thought we were past this"
  rule(
    "forgiveness-pressure",
    "i thought we('d| had| were| had already|'d already)( already)? (moved on|past (this|that|it)|over (this|that|it)|put (this|it|that) behind us|dealt with (this|it|that)|sorted (this|it|that)|drawn a line)",
    { negatable: false },
  ),
  // "we can't keep going over this"
  rule(
    "forgiveness-pressure",
    "(we|you|u) can't (keep|just keep|go on) (going over|dwelling on|talking about|bringing up|rehashing|revisiting|harping on|going back to|going round in circles (on|about)) (it|this|that|the past)",
    { unless: NO_PRESSURE },
  ),
  // "what do you want, blood?", "are we really still talking about this?"
  rule(
    "forgiveness-pressure",
    "what (more |else )?do (you|u) want,? (blood|me to (beg|grovel|crawl|get on my knees)|a medal)|(are we|we're|why are we) (really |seriously |honestly |actually )?still (talking|going on|arguing|fighting|banging on) about (this|it|that)",
    { negatable: false },
  ),
  // "you said you'd forgive me", "how much longer are you going to be like this?"
  rule(
    "forgiveness-pressure",
    "(you said|you told me|you promised) (you'd|you would|you had|you've|you have|that you'd|you|that you) (forgave|forgive|forgiven|moved on|let it go|get over it|got over it)|how (much )?longer (are|will|do|r|is) (you|u|this) (going to |gonna )?(be (like this|mad|angry|upset|cold|cross|this way|off with me)|keep (this up|punishing|being|doing this|on|holding)|punish|hold (it|this)|stay (mad|angry|upset|cross)|make me (pay|suffer)|go on)",
    {
      negatable: false,
      unless: test(
        "((when|whenever) (you|u) (were|are|'re|feel|felt) ready|grateful|thank|in your own time|no rush)",
      ),
    },
  ),
  // "you can't keep punishing me for one mistake"; "isn't three months enough?"
  rule(
    "forgiveness-pressure",
    "(you|u) can't (keep|just keep|go on|carry on) (punishing me|blaming me|holding (it|this|that) (over|against) me|bringing (it|this|that) up|throwing (it|this|that) (in my face|at me)|making me pay)|(isn't|is) (\\w+ )?(days|weeks|months|years|a (week|month|year)) (long )?enough(?=\\s*[?.!]|\\s*$|,? (surely|already|come on))|(hasn't it|surely it's|it's|it has) been (long )?enough( now| already)?(?=\\s*[?.!,]|\\s*$)",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "it's ancient history", "surely we can put this behind us now"
  rule(
    "forgiveness-pressure",
    "(it's|it is|that's|that is|this is|it was) (all )?(ancient history|water under the bridge|old news|done and dusted)|surely (we|you) can (put (it|this|that) behind|move (on|past)|get (past|over)|let (it|this|that) go|drop (it|this|that)|forget (it|this|that|about it))\\b",
    {
      negatable: false,
      unless: test(
        // "don't worry about it, it's ancient history": the hurt one forgiving, not a push
        "(but (i|it) (still|always)|kind|grateful|miss|when(ever)? you're ready|no rush|don't worry|no worries|all good|we're good|forgiven|i forgive|no harm)",
      ),
    },
  ),
  // "just accept my apology already"; "we've been over this a hundred times, let's leave it"
  rule(
    "forgiveness-pressure",
    "just accept my apology|accept my apology already|why (won't|can't|wont|cant) (you|u) (just )?accept my apology|(we've|we have) (been over|gone over|talked about|discussed|been through) (this|it|that) (a (hundred|million|thousand)|so many|enough|\\w+) times\\b(?=[^.!?]{0,30}?\\b(let's|can we|so|move on|drop it|leave it|enough))",
    { negatable: false, unless: NO_PRESSURE },
  ),
];

// --- round 2: constructions ------------------------------------------------------------------

pressure.push(
  // "How long does this go on?", "how much longer is this gonna take"
  rule(
    "forgiveness-pressure",
    "how (much )?long(er)? (does|will|is|can|must|should|has) (this|that|all this|it all)( (going to|gonna|got to|have to))? (go on|last|take|continue|drag on|carry on|keep going)(?=\\s*[?.!]|\\s*$| for)",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "I need you to have forgiven me by then", "you have to let me back in", "you need to trust me again"
  rule(
    "forgiveness-pressure",
    "(i|we) (really |just )?need (you|u) to (have )?(forgiven|moved on|got over|gotten over|let (it|this|that) go)|(you|u) (have|need|'ve got|got|gotta|must) to (let me (back )?in|trust me again|give me (another|a second|one more) chance|stop punishing me|forgive (me|us))\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "Surely we can draw a line under it now?", "surely by now you can forgive me"
  rule(
    "forgiveness-pressure",
    "surely (by now |now |at this point )?(we|you|u) (can|could|should) (draw a line|move (on|forward|past)|forgive|get back to normal|be normal|stop|let (it|this|that) go|put (it|this|that) behind)\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "we should be past this by now", "you should be over it by now"
  rule(
    "forgiveness-pressure",
    "(we|you|u) (should|ought to|must) (really )?(be|have) (past|over|moved (on|past)|got over|gotten over|put) (this|it|that)( behind us)?( by now| now| already)|(we|you|u) (should|ought to|must) (really )?(already )?(be moving|have moved|be getting|have got|have gotten) (on|forward|past (this|it|that)|over (this|it|that))( from (this|it|that))? (by now|already|at this point)\\b|(you|u) (should|ought to) (really )?(be over|have got over|have gotten over|have moved on from) (it|this|that)(?=\\s*[.!,;]|\\s*$| (already|by now|now|surely))",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "Can we have one weekend without the affair coming up?"
  rule(
    "forgiveness-pressure",
    "can (we|i) (not )?(just )?(have|get|spend|go) (one|a single|just one|a) (\\w+ )?(day|weekend|evening|night|week|meal|dinner|conversation|holiday|morning) without (the|it|this|that|you|bringing|mentioning|talking about|an argument|a fight)\\b",
    { negatable: false },
  ),
  // "At some point you have to let me back in."
  rule(
    "forgiveness-pressure",
    "at some (point|stage)(,)? (you|u|we)('ll| will)? (have|need|'ve got|got|gotta|must) to (let|forgive|move|trust|get|stop|put|draw)\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
);

// --- a forgiveness request that sets the pace ----------------------------------------------------

pressure.push(
  // "please forgive me so we can move on", "I hope you can forgive me soon and we can forget this"
  rule(
    "forgiveness-pressure",
    "forgive me,? (soon |quickly |already |now )?(so|and|then) (that )?(we|things|it|everything|life) (can|could|will|'ll) (just )?(move on|move past|get back|go back|forget|put (it|this|that) behind|be normal|be (ok|okay|fine|good|back to normal)|stop|finally)\\b|(forgive|forgiven) me (soon|quickly|by (then|tomorrow|the weekend|friday|saturday|sunday|christmas|next week))\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "I can't keep apologising forever", "I'm tired of saying sorry"
  rule(
    "forgiveness-pressure",
    "(i can't|i cannot|i'm not going to|i am not going to|i won't|i refuse to|i'm not gonna) (just )?(keep|go on|carry on) (apologi[sz]ing|saying sorry|grovell?ing|begging)\\b|(i'm|i am|im) (so |really )?(tired|sick|fed up) of (apologi[sz]ing|saying sorry|grovell?ing|begging)\\b",
    { negatable: false },
  ),
  // "I just want things to be normal again", "I want us to move on"
  rule(
    "forgiveness-pressure",
    "i (just |really |only )?(want|need) (us|things|everything|it|this) to (move on|move past|be normal|go back to normal|get back to normal|go back to how|be (ok|okay|fine|good|alright) again|be over|blow over)\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "You're never going to let this go, are you?", "are you going to hold this against me forever?"
  rule(
    "forgiveness-pressure",
    "(going to|gonna) (hold|hang|keep) (this|it|that) (against me|over (me|us|my head)|hanging over (us|me))( forever| for ever| for the rest of)|(you're|you are|ur|you) (never )?(going to|gonna) (ever )?(let (this|it|that) go|forgive me|get over (this|it|that))( ever)?,? (are|r) (you|u)\\b|(is|will) (this|it|that) (going to |gonna )?(hang|be hanging) over (us|me)( forever| for ever)",
    { negatable: false },
  ),
  // "I hope we can move past this quickly", "don't drag this out", "just tell me you forgive me"
  rule(
    "forgiveness-pressure",
    "(move (on|past)|put (this|it|that) behind us|get (past|over)) (this |it |that )?(quickly|fast|asap|soon|sooner rather than later|without dragging)\\b|(don't|do not|dont|stop|can we not) (drag|dragging) (this|it|things) (out|on)\\b|(don't|do not|dont) (make|let) (this|it) drag on\\b|(just|please just|can you just|can't you just) (tell me|say) (that )?(you|u) forgive me",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "I deserve to be forgiven", "I've earned your forgiveness", "you owe me a second chance"
  rule(
    "forgiveness-pressure",
    "i (really |just )?need your forgiveness\\b|i( think i| feel i)?( deserve|'ve earned| have earned) (a (bit|little) of |some |a little )?(to be forgiven|your forgiveness|forgiveness|another chance|a second chance|a fresh start|to move on)\\b|(you|u) owe (me|us) (a second chance|another chance|forgiveness|a fresh start|the chance)\\b",
    { negatable: false },
  ),
  // "If you loved me you'd forgive me", "a good partner would forgive", "real love means forgiving"
  rule(
    "forgiveness-pressure",
    "if (you|u) (really |truly |actually )?(loved|love|cared about|cared for) me,? (you'd|you would|u'd|you'll|you will) (forgive|let (it|this|that) go|move on|get over|stop)\\b|(a )?(good|real|loving|decent) (partner|wife|husband|girlfriend|boyfriend|person|friend|christian) (would|will|should) (forgive|let (it|this|that) go|move on)\\b|(real|true) love (means|is) (forgiving|forgiveness|letting go)\\b",
    { negatable: false },
  ),
  // "You're only hurting yourself by staying angry", "holding a grudge only hurts you"
  rule(
    "forgiveness-pressure",
    "(you're|you are|ur) only (hurting|punishing) (yourself|us both|both of us) (by|with) (staying|being|holding|not forgiving|keeping)\\b|(holding|keeping|nursing) (a|this|that|the) grudge (is )?(only )?(hurts|hurting|hurt) (you|u|yourself|us)\\b|forgiveness is a (choice|decision|gift you give yourself),? (you know|and)",
    { negatable: false },
  ),
  // "can u just move on", "can you please just let it go"
  rule(
    "forgiveness-pressure",
    "(can|can't|could|couldn't|will|won't) (you|u) (please )?(not )?(just )?(move on|let (it|this|that) go|get over (it|this|that)|drop (it|this|that)|put (it|this|that) behind (you|us))\\b|(can|can't|could|couldn't|will|won't) (you|u) (please )?just (forgive me|stop (bringing|dwelling|punishing|holding))\\b",
    {
      unless: NO_PRESSURE,
      notFollowedBy: MOVE_ON_TO,
      // "I'm not sure how you can just move on", "I hope you can let it go one day"
      notPrecededBy: /\b(?:how|if|whether|hope|wonder|know|not sure|believe|see)\s+$/,
    },
  ),
  // "we've talked it to death", "we've been over this a hundred times" is in round 1
  rule(
    "forgiveness-pressure",
    "(we've|we have|we|i've|i have) (already |honestly |literally )?(talked|discussed|gone over|been over|done|analysed|analyzed|dissected) (it|this|that|the whole thing) to death\\b",
    {
      negatable: false,
      // "I know we've talked it to death, but I still need to ask": the writer wants more, not less
      unless: test(
        "(but (i|we) (still|need|want|have)|i know you (still|need)|sorry to bring|when(ever)? you're ready)",
      ),
    },
  ),
  // "When do I get to be forgiven?", "when will I be off the hook?"
  rule(
    "forgiveness-pressure",
    "when (do|will|can|am|shall) i (ever |finally )?(get to )?(be )?(forgiven|off the hook|back in your good books|out of the doghouse|let off)\\b|when (do|will|can|shall) (we|i) (ever |finally )?(get to )?(move on|put (it|this|that) behind us|go back to normal|get back to normal|be normal again|stop talking about (it|this|that))\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "I need us to stop going back over the wedding", "we need to stop rehashing it"
  rule(
    "forgiveness-pressure",
    "(i need us to|i want us to|we need to|we have to|we've got to|we must|you need to|you have to|you've got to|can we|can you|let's|please|can we please|could we|could you) (just )?stop (going back over|going over (it|this|that|the past|what happened|old ground|the same (ground|thing|stuff)|it all)|rehashing|revisiting|dredging up|raking (over|up)|relitigating|dwelling on|harping on about|bringing up (it|this|that|the past|what happened|the affair))\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "Still going on about a parking fine?" with no subject: the other is meant
  rule(
    "forgiveness-pressure",
    "((seriously|honestly|really|wow|omg|jeez|ugh|oh|come on),? )*still (going on|banging on|harping on|on|moaning|whinging|whining) about\\b",
    { negatable: false, sentenceStart: true },
  ),
  // "Surely we're past this by now?", "you're over it by now, surely"
  rule(
    "forgiveness-pressure",
    "surely (we're|we are|you're|you are|ur|u r|we've|we have) (got |gotten |moved )?(past|over) (this|it|that)\\b|(we're|we are|you're|you are|ur|u r) (surely )?(past|over) (this|it|that) (by now|already|surely)\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "can we not do this and just be a family?", "can we skip the big talk and go back to how things were?"
  rule(
    "forgiveness-pressure",
    "(can|could|can't|couldn't|shall) we (please )?(just )?(not do this|not fight|stop (this|arguing|fighting)|skip (the|this|all the|all this) (\\w+ )?(talk|talking|conversation|discussion|drama|post[- ]mortem|analysis|heavy stuff|serious stuff|chat)|drop (it|this|that))( now| today| tonight| at christmas| this time| for once)?,? (and|&) (just )?(be (a family|normal|happy|ok|okay|us|friends|nice)|go back to (normal|how (things|it|we|everything) (were|was|used to be))|get back to normal|move on|have (a|one) (nice|normal|good|peaceful|quiet|lovely|happy) \\w+|enjoy)\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "sorry it upset you. can we just have a nice weekend now?"
  rule(
    "forgiveness-pressure",
    "(can|could|can't|couldn't) we (please )?just (have|enjoy) (a|one|the|our) (nice|normal|good|peaceful|quiet|fun|happy|lovely|calm) (\\w+ )?(weekend|evening|day|night|christmas|holiday|dinner|time|meal|birthday)( now| already| for once| again| please|,? please)?(?=\\s*[?.!]|\\s*$)",
    { negatable: false, unless: NO_PRESSURE, when: (c) => afterHurt(c.text) },
  ),
  // "surely that's enough to call it even", "let bygones be bygones", "can we call it water under the bridge?"
  rule(
    "forgiveness-pressure",
    "call it (even|square|water under the bridge|done and dusted)\\b|((can|could|shall) we|let's|lets) (please )?(just )?(put (it|this|that|all this) to bed|close the book on (it|this|that))\\b|let bygones be bygones|surely (that's|that is|this is|i've done|i have done) (more than )?enough\\b(?=\\s*[?.!,]|\\s*$| (now|by now|already|to|for you))|(clean slate|wipe the slate( clean)?)(?=\\s*\\?|,? please|,? yeah| now| already|,? pretty please)",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "what else am I supposed to do", "what more do you expect me to say"
  rule(
    "forgiveness-pressure",
    "what (else|more) (am i supposed to|am i meant to|do (you|u) expect me to|can i possibly|could i possibly|is there (for me )?to|am i (going|gonna) (to )?have to) (do|say)\\b",
    {
      negatable: false,
      notFollowedBy: test(
        "(to (help|fix|make (it|this|things) (right|up|better)|support)|for (you|u))\\b",
        "start",
      ),
      when: (c) => afterHurt(c.text),
    },
  ),
  // "holding grudges isn't good for you, you know"
  rule(
    "forgiveness-pressure",
    "(holding|keeping|nursing|bearing|carrying) (a |onto |on to |this |that )?(grudges?|resentment|bitterness|onto (it|this|the past)|on to (it|this|the past))( like this| like that)? (isn't|is not|'s not|s not|won't be|will never be) (good|healthy|helpful) for (you|u)|(holding|keeping|nursing|bearing|carrying) (a |onto |on to |this |that )?(grudges?|resentment|bitterness)( like this| like that)? (is|'s|will be) (bad|toxic|unhealthy|poison) for (you|u)|(grudges?|resentment|bitterness) (only )?(hurts?|eats?) (you|u|yourself)",
    { negatable: false },
  ),
  // "When does this end?", "when will the silent treatment stop?"
  rule(
    "forgiveness-pressure",
    "when (does|will|is|do) (this|all this|the (punishment|silent treatment|cold shoulder|sulking|freeze|interrogation)|your (sulking|silence|punishment)) (ever |finally )?(end|stop|be over|going to (end|stop|be over)|gonna (end|stop|be over))\\b",
    {
      negatable: false,
      unless: test(
        "(film|movie|show|meeting|match|game|sale|course|term|event|party|lesson|class|concert|season|shift|queue|drive|trip|flight|journey|rain|heat|lockdown)",
      ),
      when: (c) => afterHurt(c.text),
    },
  ),
  // "I know I hurt you. But it's been a month. How much longer?"
  rule("forgiveness-pressure", "how (much )?longer( now| then| exactly| seriously)?", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
    when: (c) => afterHurt(c.text),
  }),
  // "Just please stop looking at me like that, it's been days."; "...is off the table. It's been eight months."
  rule(
    "forgiveness-pressure",
    "(it's|it has|it's already|its) been (a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\\d+|so many|literally|like)? ?(days|weeks|months|years|ages|a (day|week|month|year|fortnight)|(day|week|month|year|fortnight))\\b(?=\\s*[.!?]*\\s*$)",
    {
      negatable: false,
      unless: NO_PRESSURE,
      when: (c) => pushedElsewhere(c.text),
    },
  ),
  // "Not sure why we're still on this.", "why are we still on this?"
  rule(
    "forgiveness-pressure",
    "(not sure|don't know|dont know|dunno|no idea|i don't get|i don't see|i don't understand) why (we're|we are|you're|you are|ur|u r) still (on|talking about|going on about|discussing|bringing up|dwelling on|banging on about|harping on about|going over) (this|it|that)\\b|why (are we|are you|r we|r u) still on (this|it|that)\\b",
    { negatable: false, unless: NO_PRESSURE },
  ),
  // "I said sorry on day one and you're still giving me the silent treatment"
  rule(
    "forgiveness-pressure",
    "(you're|you are|ur|u r|you) still (giving me the (silent treatment|cold shoulder)|punishing me|freezing me out|sulking|holding (it|this|that) against me)\\b",
    { negatable: false, unless: NO_PRESSURE, when: (c) => apologisedAlready(c.text) },
  ),
  // "you need to stop bringing it up", a bare "Move on.", "you can't still be upset about that"
  rule(
    "forgiveness-pressure",
    "(you|u) (need|have|'ve got|got) to stop (bringing (it|this|that) up|going on about (it|this|that))|(you|u) (can't|cannot|cant) still be (upset|angry|mad|annoyed|hurt|cross) (about|over) (that|this|it)\\b",
    { negatable: false },
  ),
  rule("forgiveness-pressure", "(just )?move on", {
    negatable: false,
    sentenceStart: true,
    sentenceEnd: true,
  }),
  // "you have to decide whether you're going to forgive me", "Have I not apologised enough?",
  // "Surely we can go back to normal now"
  rule(
    "forgiveness-pressure",
    "(you|u) (have|need|'ve got|got) to decide (whether|if) (you're going to|you will|you'll|to) forgive me|have i not (apologi[sz]ed|said sorry|grovelled|groveled) enough|surely (we|you) (can|could) (just )?(go|get) back to normal|surely (we're|we are|you're|you are) (past|over) (this|it)",
    { negatable: false },
  ),
  // "it's been a month and I've apologised"
  rule(
    "forgiveness-pressure",
    "(it's|it has) been (a|an|one|two|three|four|five|six|\\d+) (week|month|year|fortnight)s? (now )?(and|&) (i('ve| have)|ive) (apologi[sz]ed|said sorry|said i'm sorry)",
    { negatable: false },
  ),
  // "At some stage you're going to have to choose to trust me again", "sooner or later you'll have
  // to forgive me": the other's trust or forgiveness as a duty with a deadline
  rule(
    "forgiveness-pressure",
    "(at some (stage|point)|sooner or later|eventually|one day|at some point soon),? (you're|you are|ur|you|u) (going to|gonna|will|'ll|'re going to) (have|need) to (choose to |decide to |learn to |start to )?(trust me|forgive me|move on|let (it|this|that) go|get over (it|this|that)|put (it|this|that) behind (you|us))",
    { negatable: false },
  ),
);
