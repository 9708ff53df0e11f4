import { type Rule, rule } from "../../rule.ts";

// --- blame-shift ----------------------------------------------------------------------

export const blame: Rule[] = [
  rule(
    "blame-shift",
    "(you|u) (made|make|forced|drove|pushed|led|drive|push|force) me (to|into|do|lose|say|react|act|snap|shout|yell|go|lie|cheat|look (through|at your)|get|behave|it|this|that)\\b(?! (laugh|smile|happy|feel (good|better|safe|loved)|a (cake|cup|coffee|tea|dinner)))",
  ),
  rule(
    "blame-shift",
    "(you|u) (practically|basically|literally|pretty much|kind of|kinda|sort of) (made|forced|drove|pushed|led) me",
  ),
  rule("blame-shift", "look what (you|u) made me do|see what (you|u) made me do"),
  rule(
    "blame-shift",
    "if (you'd|you|u) (hadn't|hadnt|had not|didn't|did not|weren't|wasn't|had|would|wouldn't|were|was|just|only|had just|had only|paid|listened|been|shown|given|cared|bothered|noticed|spent|made|let|helped|stayed|come|asked|told|said|treated)\\b[^.!?]{0,80}?\\bi (wouldn't|would not|'d never|would never|never would|wouldn't have|would've never|wouldnt)",
  ),
  rule(
    "blame-shift",
    "i (wouldn't|would not|'d never|would never|wouldnt) have [^.!?]{0,60}?if (you|u)('d| had| hadn't| hadnt| had not| were| weren't| was| just| didn't| did not| would)",
  ),
  rule(
    "blame-shift",
    "what (did|do|else did|else do|were|was) (you|u) (expect|think (would happen|i'd do|i would do|was going to happen|would|i was going to do))|what did (you|u) think would happen",
  ),
  rule(
    "blame-shift",
    "(it's|it is|it was|that's|this is|that was) (all |partly |half |also |as much )?(your|ur) (own )?(fault|doing)|(your|ur) (own )?fault (too|as well|as much as)|blame yourself|you only have yourself to blame|you've only got yourself to blame",
  ),
  rule(
    "blame-shift",
    "(you're|you are|you were) the one who (put|made|started|invited|pushed|left|said|wanted|told|asked|ignored|brought|got|did|let|drove|walked|went|chose)",
  ),
  rule("blame-shift", "(you|u) left me (no|little) (choice|option)"),
  rule(
    "blame-shift",
    `i (only |just |probably |obviously |clearly )?(did (it|that|this)|said (it|that)|lied|cheated|went|shouted|yelled|snapped|screamed|hid|kept (it|things|quiet)|left|stopped|texted|looked|checked|read|stayed (out|late|away)|ignored|lost (it|my temper)|drank|spent|took|told|didn't tell|never told|went off|kicked off|flirted|did what i did|acted|reacted|behaved)\\b[^.!?]{0,40}?(because|since) (of )?(you|u|your|ur)\\b(?! (know|understand|see|deserve))`,
    { negatable: false },
  ),
  rule(
    "blame-shift",
    `(your|ur) (constant |endless |stupid |ridiculous )?(jealousy|nagging|anger|temper|insecurity|paranoia|moods?|attitude|behaviour|drinking|coldness|silence|controlling|criticism|complaining|distance|neglect|obsession) (is|was|are|were) (the reason|why|what (made|drove|pushed))`,
  ),
  rule(
    "blame-shift",
    "(you|u) (didn't|did not|never) (remind|tell|warn|ask|stop) me,? did (you|u)",
  ),
  rule("blame-shift", "(you|u) (know|knew) (exactly )?(which|what) buttons to push"),
  rule(
    "blame-shift",
    "(you|u) (make|made) it (so |really |very |impossible |too )?(hard|difficult|impossible|easy) (to|for me)",
  ),
  rule(
    "blame-shift",
    "(you|u) started (it|this)|(you|u) brought (it|this) on yourself|that's what (you|u) get for|serves (you|u) right",
  ),
  rule("blame-shift", "i wouldn't have (had to|needed to) if (you|u)"),
  // "if you had picked up, none of this would have happened"; "if you hadn't gone through my phone we wouldn't be fighting"
  rule(
    "blame-shift",
    "if (you|u)('d| had| hadn't| hadnt| had not| didn't| did not| weren't| wasn't| had just| had only) [^.!?]{0,80}?\\b((none|any) of (this|it|that) (would|'d|would've|will)|(this|it|that|we|things) (wouldn't|would not|would never|'d never|would've never|never would|would have never))( have)? (happened|be|been|got|gotten|come|gone|started|fight|fighting|argue|arguing)",
  ),
  rule(
    "blame-shift",
    "(you|u) (provoked|goaded|baited|antagonised|antagonized) me|(you|u) (pushed|push|pressed) my buttons|(you|u) wound me up (on purpose|deliberately)",
  ),
  rule(
    "blame-shift",
    "the only reason i [^.!?]{0,40}? (is|was) (that |because )?(you|u|your|ur|you'd|you were|you're)\\b",
  ),
  rule(
    "blame-shift",
    "if (you|u) (didn't|did not|hadn't|weren't|wasn't|stopped|would stop|would just|'d just|just|only|would only|'d only|actually) [^.!?]{0,60}?\\bi('d| would|'d have| would have) ",
  ),
];
