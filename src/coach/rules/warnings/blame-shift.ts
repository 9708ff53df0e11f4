import { check } from "../../check.ts";
import { messageTest, type Rule, type RuleContext, rule, test } from "../../rule.ts";

// --- blame-shift ----------------------------------------------------------------------

// Praise or thanks in the sentence: "you were the one who booked us this lovely trip" is no blame.
const POSITIVE = test(
  "(love|lovely|wonderful|great|brilliant|amazing|thank|best|fun|perfect|glad|happy|supported|grateful|proud|safe|kind|sweet|generous)",
);

export const blame: Rule[] = [
  rule(
    "blame-shift",
    "(you|u) (made|make|forced|drove|pushed|led|drive|push|force) me (to|into|do|lose|say|react|act|snap|shout|yell|go|lie|cheat|look (through|at your)|get|behave|it|this|that)\\b(?! (laugh|smile|happy|feel (good|better|safe|loved)|a (cake|cup|coffee|tea|dinner)|apply|try|go for|be (better|braver|brave)|do better|grow|believe|see a doctor|get help|get (fit|better)))",
  ),
  rule(
    "blame-shift",
    "(you|u) (practically|basically|literally|pretty much|kind of|kinda|sort of) (made|forced|drove|pushed|led) me",
  ),
  rule("blame-shift", "look what (you|u) made me do|see what (you|u) made me do"),
  rule(
    "blame-shift",
    "if (you'd|you|u) (hadn't|hadnt|had not|didn't|did not|weren't|wasn't|had|would|wouldn't|were|was|just|only|had just|had only|paid|listened|been|shown|given|cared|bothered|noticed|spent|made|let|helped|stayed|come|asked|told|said|treated)\\b[^.!?]{0,80}?\\b(i|we)( wouldn't| would not|'d never| would never| never would| wouldn't have| would've never| wouldnt| never would've| never wouldve| never wouldn't've)( have)?(?!( have|'ve)? (known|met|found|got through|made it|survived|coped|managed|been able|finished|passed|achieved|done it without|realised|realized|understood|seen|learned|learnt|discovered|believed|had the (chance|courage)|got (to|the chance)|been (so |this )?(happy|lucky)))",
  ),
  rule(
    "blame-shift",
    "i( wouldn't| would not|'d never| would never| wouldnt) have (?!(known|met|found|got through|gotten through|made it|survived|coped|managed|been able|finished|passed|achieved|done it|realised|realized|understood|seen|learned|learnt|discovered|believed|had the (chance|courage)|got (to|the chance)|been (so |this )?(happy|lucky))\\b)[^.!?]{0,60}?\\bif (you|u)('d| had| hadn't| hadnt| had not| were| weren't| was| just| didn't| did not| would)",
  ),
  rule(
    "blame-shift",
    "what (did|do|else did|else do|were|was) (you|u) (expect(ing)?\\b(?! (to|for|from|them|him|her|the|it|at|on|in)\\b)|think (would happen|i'd do|i would do|was going to happen|would|i was going to do))|what did (you|u) think would happen",
  ),
  rule(
    "blame-shift",
    "(it's|it is|it was|that's|this is|that was) (all |partly |half |also |as much )?(your|ur) (own )?(fault|doing)|(your|ur) (own )?fault (too|as well|as much as)|blame yourself|you only have yourself to blame|you've only got yourself to blame",
  ),
  rule(
    "blame-shift",
    "(you're|you are|you were) the one who (put|made|started|invited|pushed|left|said|wanted|told|asked|ignored|brought|got|did|let|drove|walked|went|chose|booked|forgot|lost|broke|moved|changed|organised|organized|planned|picked|sent|forwarded)",
    { unless: POSITIVE },
  ),
  rule("blame-shift", "(you|u) left me (no|little) (choice|option)"),
  rule(
    "blame-shift",
    `i (only |just |probably |obviously |clearly )?(did (it|that|this)|said (it|that)|lied|cheated|went|shouted|yelled|snapped|screamed|hid|kept (it|things|quiet)|left|stopped|texted|looked|checked|read|stayed (out|late|away)|ignored|lost (it|my temper)|raised my voice|lost my rag|blew up|drank|spent|took|told|didn't tell|never told|went off|kicked off|flirted|did what i did|acted|reacted|behaved)\\b[^.!?]{0,40}?\\b(because|since) (of )?(you|u|your|ur)\\b(?! (know|understand|see|deserve))`,
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
    // "easy" only to do wrong: "you made it so easy to talk to you" is praise
    "(you|u) (make|made) it (so |really |very |impossible |too )?(hard|difficult|impossible) (to|for me)|(you|u) (make|made) it (so |really |very |too )?easy (for me )?to (lie|cheat|hide|forget|ignore|leave|walk away|stray|look elsewhere|keep (secrets|things|it) from|go behind|not tell)",
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
    "if (you|u) (didn't|did not|hadn't|weren't|wasn't|stopped|would stop|would just|'d just|just|only|would only|'d only|actually) [^.!?]{0,60}?\\bi('d| would|'d have| would have) (?!(never |not )?(have |'ve )?(known|met|found|realised|realized|understood|seen|learned|learnt|discovered|love|like|be (happy|glad|thrilled|delighted)|given up|fallen apart|gone under|been lost|broken down|struggled|quit|been a mess|gone mad|lost my mind)\\b)",
  ),
];

// --- more wordings of the same constructions -----------------------------------------

/** Reactions of the other that the writer's act is blamed on ("you'd have kicked off"). */
const REACT =
  "(kick(ed)? off|freak(ed)? out|freak(ed)?|flip(ped)? out|flip(ped)?|explode[ds]?|go(ne)? (mad|mental|ballistic|nuts|crazy|off|spare|berserk)|lose it|lost it|lose your (temper|mind|shit)|lost your (temper|mind|shit)|blow(n)? up|blew up|overreact(ed)?|make a scene|made a scene|have a go|had a go|shout(ed)?|yell(ed)?|scream(ed)?|start(ed)? a fight|be (angry|furious|livid|mad|cross|so angry)|get (angry|mad|upset|cross|furious|jealous|defensive|funny|weird|nasty|arsey)|been (angry|furious|livid|mad|cross)|take it badly|taken it badly|say no|said no|stop(ped)? me|spend it|spent it|judge[ds]? me|judged|nag(ged)? me|lecture[ds]? me|sulk(ed)?|react(ed)? (badly|like that|the way you (always )?do))";
/** What the other kept doing that the writer "had to" react to. */
const PROVOKE =
  "(pushing|nagging|going on|on at me|provoking|goading|winding me up|having a go|picking|criticising|criticizing|poking|pressuring|prodding|needling|bringing it up|bugging me|hassling me|questioning me|interrogating me|accusing me|checking up on me|shouting|yelling|screaming|interrupting|pestering|getting at me|digging)";
/** What the other had been, that the writer's act is blamed on ("you'd been so distant"). */
const NEGLECT =
  "(cold|distant|secretive|absent|ignoring me|neglecting me|freezing me out|shutting me out|pushing me away|flirting|ignored me|neglected me|froze me out|frozen me out|shut me out|pushed me away|abandoned me)";
/** The same, in wordings built on common words: gated separately on their rarer word. */
const NEGLECT_COMMON = [
  "never (home|around)",
  "left me (alone|on my own|by myself)",
  "stopped (talking to me|touching me|listening|caring)",
];
// the writer has admitted an act earlier in the message: "I know I lied, but ...", "Sorry I shouted, but ..."
const ADMISSION = check(
  /\b(sorry|apologi[sz]e|it was (just|only)|i know i|i admit|yes,? i|ok(ay)?,? (yes,? )?i|fine,? i|i did|i (lied|cheated|shouted|yelled|snapped|hid|kept|went|read|looked|took|spent|broke|forgot|missed|kissed|slept|texted|flirted|swore|hit|pushed|raised my voice|lost my temper|said|stayed|left|deleted))\b/,
);
const admittedBefore = (c: RuleContext) => ADMISSION.testSlice(c.text, 0, c.start);
// ... an act, not their feeling: "sorry if you were upset" owns nothing a "you always" could excuse
const CONDITIONAL_SORRY = /\b(?:sorry|apologi[sz]e)\s+(?:if|(?:that\s+)?(?:you|u))\b[^.!?]*/g;
const actAdmittedBefore = (c: RuleContext) =>
  ADMISSION.test(c.text.slice(0, c.start).replace(CONDITIONAL_SORRY, ""));

const CREDIT_TAKEN = messageTest(/\b(?:credit|it was mine|my idea|passed (?:it )?off|claimed)\b/);
blame.push(
  // "I'd never have looked at her if you hadn't ...", "I wouldn't have had to lie if you ..."
  rule(
    "blame-shift",
    "i('d never| would never| never would| wouldn't| would not| wouldnt|'d not| would've never)( have|'ve|'ve had to| have had to| need to| have to)(?!( have|'ve)? (known|met|found|got through|made it|survived|coped|managed|been able|finished|passed|achieved|done it without|realised|realized|understood|seen|learned|learnt|discovered|believed|thought|had the (chance|courage)|got (to|the chance)|been (so |this )?(happy|lucky))) [^.!?]{0,60}?\\bif (you|u)('d| had| hadn't| hadnt| had not| were| weren't| was| just| didn't| did not| would| wouldn't| could| actually| ever)\\b",
  ),
  rule(
    "blame-shift",
    "if (you'd|you|u)( just| only| actually| ever| even)? (\\w+ed|hadn't|had not|hadnt|didn't|did not|weren't|wasn't|been|shown|given|told|kept|spent|let|come|said|paid|backed|stood|bothered)\\b[^.!?]{0,80}?\\bi('d never| would never| wouldn't| would not| wouldnt| never would| would've never)( have|'ve| need| have had| be| feel)\\b(?!( have|'ve)? (known|met|found|got through|made it|survived|coped|managed|been able|finished|passed|achieved|done it without|realised|realized|understood|seen|learned|learnt|discovered|believed|thought|had the (chance|courage)|got (to|the chance)|been (so |this )?(happy|lucky)))",
  ),
  // "if you'd just asked me, I'd have done them" (the writer's failure blamed on the other)
  rule(
    "blame-shift",
    "if (you'd|you had) (just|only|actually|even|bothered to|once) [^.!?]{0,60}?\\bi('d| would)( have|'ve)\\b",
  ),
  // "maybe if you'd reminded me", "perhaps if you listened for once"
  rule(
    "blame-shift",
    "(maybe|perhaps) if (you'd|you had|you|u) (just |actually |ever |bothered to |for once |even )?(\\w+ed|hadn't|didn't|did not|weren't|wasn't|told|kept|spent|shown|given|said|paid|been|listened|cared|helped|asked|talked|noticed|bothered|reminded|checked|answered|picked up|called|texted|stopped|let)\\b(?! (like|prefer|rather|want|to (come|join|chat|talk|meet)))",
    { notInQuestion: false },
  ),
  // "I'm sorry I yelled, but you just would not stop pushing"; "I know I lied, but you kept pushing me"
  rule(
    "blame-shift",
    `(but|and|though|when) (you|u) (just |literally |simply |actually |also )?(kept|keep|kept on|wouldn't stop|would not stop|won't stop|wouldnt stop|never stopped|didn't stop|did not stop|were|was|started|wouldn't leave it|would not leave it|kept going on|went on) (and on )?(and on )?(about \\w+ )?(${PROVOKE.slice(1, -1)}|going on|on and on)\\b`,
    { negatable: false, when: admittedBefore },
  ),
  rule(
    "blame-shift",
    `(you|u) (kept|keep|were|wouldn't stop|would not stop) [^.!?]{0,40}?\\b(until|till|til) i (snapped|lost it|lost my temper|exploded|cracked|broke|blew up|flipped|shouted|yelled|hit back|said it|lied)`,
  ),
  // "I'm sorry I cheated, but you've been cold with me for months"; "and you'd left me on my own"
  rule(
    "blame-shift",
    [NEGLECT, ...NEGLECT_COMMON]
      .map(
        (x) =>
          `(but|and|when|because|cos|since) (you|u)('ve| have|'d| had| were|'re| are)?( been)? (so |really |very |always |just |completely |totally |basically |practically )?${x}`,
      )
      .join("|"),
    { negatable: false, when: admittedBefore },
  ),
  // "You did leave it right on the edge of the table though"
  rule(
    "blame-shift",
    "(you|u) did (leave|put|start|tell|say|ask|push|provoke|leave it|agree|forget|let)\\b[^.!?]{0,60}?\\b(though|tho|too|as well|first)\\b|(but|and) (you|u) did start (it|this|that|the whole thing)|(you|u) (did )?start(ed)? (it|this|that|all this|the whole thing) (first|by|when)\\b",
    { negatable: false, when: admittedBefore },
  ),
  // "but you'd have kicked off", "because I knew you'd freak out"
  rule(
    "blame-shift",
    `(but|because|cos|coz|since|as|otherwise|or|knowing you,?) (i (knew|know|thought|figured|was sure) )?(you'd|you would|you'd have|you would have|you would've|you were going to|u'd|u would)( have)? (just |only |probably |obviously |definitely |totally |immediately |have |of )*${REACT}\\b`,
    { negatable: false },
  ),
  // "I hid it because you always kick off": blame only as the reason for the writer's act
  // ("sorry if you were upset, but you always overreact" is a dig, not an excuse for an act)
  rule(
    "blame-shift",
    `(but|because|cos|coz|since|as|knowing you,?) (i (knew|know) )?(you|u) always (just |only |immediately )*${REACT}\\b`,
    { negatable: false, when: actAdmittedBefore },
  ),
  // "don't act so surprised", "and then you're surprised when I snap", "can you blame me?"
  rule(
    "blame-shift",
    "(so )?(don't|do not|dont) (act|be|look) (so |all |that )?(surprised|shocked)(?= that i\\b| i\\b|[.!?,]|$)|(then|and) (you're|you are|you act|you get|you seem|you) (all )?(surprised|shocked) (when|that) i|can (you|u|anyone) (really |honestly )?blame me|who (could|can) blame me|is it any wonder (i|that i)",
    { negatable: false },
  ),
  // "you know how I get when you bring up my ex"
  rule("blame-shift", "(you|u) know (how|what) i('m| am)? (get|like|react) (when|if) (you|u)\\b"),
  // "You're so insecure, that's the real reason I hid the phone"; "You never listen, that's why I stopped"
  rule(
    "blame-shift",
    "(that's|thats|that is|which is|and that's|this is) (exactly |precisely |literally )?(why|the (real |only |actual |main |whole )?reason) i\\b",
    {
      negatable: false,
      when: (c) =>
        /(^|[,;] |\b(and|but) )(you|u|your|ur)\b|\b(you|u) (never|always|kept|keep|wouldn't|won't|didn't|don't|make|made|were|are)\b/.test(
          c.text.slice(c.sentence.start, c.start),
        ),
    },
  ),
  // "The reason I stopped being honest is that every time I'm honest you explode"
  rule(
    "blame-shift",
    "the (real |main |only |actual |whole )?reason (why )?i [^.!?]{0,50}? (is|was) (that |because )?(every time|whenever|each time|any time|when|the moment|as soon as) [^.!?]{0,30}?\\b(you|u)\\b",
  ),
  rule(
    "blame-shift",
    `(because|cos|coz|since) (every time|whenever|each time|any time|the minute|the moment|as soon as) (i|we) [^.!?]{0,30}?\\b(you|u) (just |always )?${REACT}\\b`,
  ),
  // "you should have reminded me", "you could have texted me a reminder"
  rule(
    "blame-shift",
    "(you|u) (should|could)('ve| have| of) (reminded|warned) me|(you|u) (should|could)('ve| have| of) (texted|messaged|sent|given|called|rung) me (a )?(reminder|heads up)",
  ),
  // "it's on you too", "that's on you, not me", "you're partly to blame", "it takes two"
  rule(
    "blame-shift",
    "(it's|that's|this is|that one's|it is|that is) (also |partly |half |as much |just as much )?on (you|u)( too| as well|,? not me)\\b|(you're|you are|you were) (also |just as |as much |partly |equally |half |at least partly |at least half )(to blame|responsible)|(you|u) (share|carry|have) (some|half|part|equal|a lot) of the (blame|responsibility)|it takes two to tango|it takes two(?=[.!?,;]|$)|(you|u) (played|had) (a|your|some|a big) (part|role|hand) in (this|it|that|what happened)",
  ),
  // "you raised me to keep my problems to myself"
  rule(
    "blame-shift",
    "(you|u) (raised|taught|trained|conditioned|brought) me (up )?to (keep|hide|lie|never|not|bottle|stay quiet|shut up|deal|handle|be like this|be this way)",
  ),
  // "you gave me no choice"
  rule(
    "blame-shift",
    "(you|u) (gave|give|left|leave) me (no|little|zero) (other )?(choice|option|alternative)|(you|u) (didn't|did not|never) (give|leave) me (a|any|much|another) (choice|option)",
  ),
  // "to be fair, you never actually asked me to take time off": the fairness claim points at the other
  rule(
    "blame-shift",
    "(to be fair|in fairness|tbf|in my defen[cs]e),? (you|u) (never|didn't|did not|also|were|did|started|said|told|agreed|knew|could have|could've|should have|should've|wanted|asked|let)\\b",
    { negatable: false },
  ),
  // "you pushed me too far", "you pushed me over the edge"
  rule(
    "blame-shift",
    "(you|u) (pushed|drove|push|drive) me (too far|over the edge|to (my|the) (limit|edge|breaking point)|past (my|the) limit)(?!\\s+(on|up|down|in|at|along|into|around|with|today|this (week|morning)))",
  ),
  // "you left me alone every weekend, what was I meant to do?"
  rule(
    "blame-shift",
    "what (else )?(was|am|were) i (supposed|meant|expected|going) to (do|think|say)",
    {
      negatable: false,
      notFollowedBy: test("(with|about|for|tonight|tomorrow|here|there)\\b", "start"),
      when: (c) =>
        /\b(?:you|u) (?:\w+ed|left|kept|never|always|were|wouldn'?t|didn'?t|went|took|made|gave)\b/.test(
          c.text.slice(Math.max(0, c.sentence.start - 120), c.start),
        ),
    },
  ),
  // "you're the reason I drink"
  rule(
    "blame-shift",
    "(you're|you are|you were) the (only |whole |real |main )?reason (why )?i('m| am)? (drink|drank|lie|lied|cheat|cheated|snap|snapped|shout|shouted|yell|yelled|left|hide|hid|gamble|gambled|stay out|did (it|that)|act (like|this)|acted (like|this)|behave like|behaved like|like this|get angry|lose it|lost it|strayed|looked elsewhere)\\b",
  ),
  // "it wouldn't have happened if you'd been honest with me"
  rule(
    "blame-shift",
    "((it|this|that|any of (this|it|that)) (wouldn't|would not|would never|'d never|never would)|none of (this|it|that) (would|'d))( have|'ve)? (happened|started|come to this|got this far|gone this far|gotten this far)\\b[^.!?]{0,15}?\\bif (you|u)\\b(?!('d| had)? (not )?(been there|helped|believed|supported|caught|saved|pushed me to|encouraged|hadn't been there|hadn't helped|hadn't believed))",
  ),
  // "well you shouldn't have gone through my phone then"
  rule(
    "blame-shift",
    "(you|u) (shouldn't|should not|shouldnt)('ve| have) (gone through|looked (at|through)|read|snooped|checked|been snooping|gone looking|been looking)\\b",
  ),
  // "it's not my fault you can't take a joke"
  rule(
    "blame-shift",
    "((it's|it is|it isn't|that's|it wasn't) not|not|isn't|wasn't) my fault (that )?(you|u)('re| are)? (can't|cannot|don't|didn't|won't|got|get|took|take|are|were|overreact|never|always|couldn't|wouldn't|read|misread|misunderstood|chose)\\b",
    { negatable: false },
  ),
  // "you wanted honesty, so don't complain when I am"
  rule(
    "blame-shift",
    "so (don't|do not|dont) (complain|moan|whinge|whine|cry|act hurt|get upset|get angry|be upset) (when|that|if|now that) i('m| am| do| did| say| said| tell| told| get| got| react| reacted| snap| snapped| lie| lied| leave| left| go| went)\\b",
    { negatable: false },
  ),
  // "you should of told me it mattered"
  rule(
    "blame-shift",
    "(you|u) (should|could)('ve| have| of) (told|said|warned) (me|us)( that)? ((it|that) (mattered|was (so |really )?important|was a big deal|meant (so much|that much|a lot))|(you|u) (cared|minded) (so much|that much|about it))",
  ),
  // "maybe don't leave your phone lying around then"
  rule(
    "blame-shift",
    "maybe (don't|dont|do not|stop|try not to) \\w+[^.!?]{0,40}?\\bthen(?=\\s*[.!?]|\\s*$)",
    {
      negatable: false,
    },
  ),
  // "You were ignoring my texts all night, so yeah I went to the party"
  rule(
    "blame-shift",
    `(you|u)('ve| have|'d| had| were|'re| are)?( been)? (so |really |very |always |just |completely |totally )?(${NEGLECT.slice(1, -1)}|ignoring (my|me)|blanking me|ghosting me)\\b[^.!?]{0,40}?,? so (yeah,? |obviously |of course )?i\\b`,
    { negatable: false },
  ),
  // "You're so controlling, no wonder I lied"
  rule(
    "blame-shift",
    "no wonder i (\\w+ )?(lied|lie|cheated|snapped|shouted|yelled|hid|left|strayed|drink|drank|looked elsewhere|stopped (telling|talking)|kept (it|things)|went (elsewhere|out)|never tell|don't tell)\\b",
    {
      negatable: false,
      when: (c) =>
        /\b(you|u|your|ur)\b/.test(c.text.slice(Math.max(0, c.sentence.start - 80), c.start)),
    },
  ),
);

// --- round 2: constructions ------------------------------------------------------------------

/** Hurtful acts the writer says the other did first ("you embarrassed me first"). */
const HURT_ACT =
  "(embarrassed|humiliated|hurt|insulted|disrespected|ignored|blanked|mocked|lied to|cheated on|betrayed|attacked|shouted at|yelled at|snapped at|swore at|hit|pushed|provoked|started on|went off at|had a go at|showed up|belittled|undermined|ghosted|dissed)";
/** What the writer did back. */
const HIT_BACK =
  "(hit back|bit back|fought back|snapped back|lashed out|retaliated|gave (it|as good as i got)|got (you|u|him|her|them) back|paid (you|u) back|returned the favou?r|did (it|the same) back)";
const youBefore = (c: RuleContext) =>
  /(^|[,;:] |\b(and|but|because|cos|since) )(you|u|your|ur)\b/.test(
    c.text.slice(c.sentence.start, c.start),
  );
const HIT_BACK_SAME = `${HURT_ACT} (you|u|him|her|them) back`;
blame.push(
  // "I'd never have spent it if you'd told me": the same counterfactual, contracted "I'd"
  rule(
    "blame-shift",
    "if (you'd|you had|u'd|you|u) (just |only |actually |ever |even )?(\\w+ed|hadn't|had not|hadnt|didn't|did not|weren't|wasn't|been|shown|given|told|kept|spent|let|come|said|paid|backed|stood|bothered)\\b[^.!?]{0,80}?\\bi('d never|'d not|d never)( have|'ve)?\\b(?!( have|'ve)? (known|met|found|got through|made it|survived|coped|managed|been able|finished|passed|achieved|done it without|realised|realized|understood|seen|learned|learnt|discovered|believed|thought|had the (chance|courage)|got (to|the chance)|been (so |this )?(happy|lucky)))",
  ),
  // "if you'd told me the recital mattered that much, I'd have been there": the writer's failure put
  // on the other's not signalling how much it mattered ("if you'd told me, I'd have helped" stays silent)
  rule(
    "blame-shift",
    "if (you'd|you had|u'd|you|u) (just |only |actually |ever |even |bothered to )?(told|tell|said|warned|mentioned|explained|let me know|made it clear)( me)?( that)? ([^.!?,]{1,40}? )?(mattered|matters|was (so |that |really )?(important|a big deal|for)|meant (so|that|a lot)|were (so |that |really )?(important|for)|was going to (be|upset))",
  ),
  // "you basically told me to go ahead"; "you told me to handle it however I saw fit, so I did"
  rule(
    "blame-shift",
    "(you|u) (basically|literally|practically|pretty much|more or less|effectively|kind of|kinda|sort of) (told|asked|wanted|encouraged|begged|dared|said) (me|i should)\\b|(you|u) (told|asked|wanted|encouraged|said) (me to|i could|i should|it was (fine|ok|okay))\\b[^.!?]{0,60}?,? so i (did|went ahead|just did|did it|did that)(?=\\s*[.!]|\\s*$)",
    { negatable: false },
  ),
  // "you embarrassed me first", "you started on me first, so I hit back"
  rule("blame-shift", `(you|u) ${HURT_ACT} (me )?first\\b`, { negatable: false }),
  rule("blame-shift", `so i (just |only |obviously )?(${HIT_BACK.slice(1, -1)}|${HIT_BACK_SAME})`, {
    negatable: false,
    when: youBefore,
  }),
  // "You treat me like a child, so of course I hid the bill"
  rule(
    "blame-shift",
    "so (of course|obviously|naturally|no wonder|yeah|yes|what do you expect),? i (\\w+ed|hid|lied|kept|went|told|did|said|snapped|stopped|took|left|spent|drank|didn't|never)\\b",
    { negatable: false, when: youBefore },
  ),
  // "the report was late because your team sat on the data"
  rule(
    "blame-shift",
    "(late|delayed|behind|held up|over budget|wrong|missed|cancell?ed|rushed|messed up|went wrong|fell through) because (of )?(you|u|your|ur)\\b(?! (know|understand|see|deserve|were (ill|sick|unwell|in hospital)))",
    { negatable: false },
  ),
  // "but you made it impossible not to"
  rule(
    "blame-shift",
    "(you|u) (make|made) it (so |really |very |just |literally )?(hard|difficult|impossible) not to\\b",
  ),
  // "Sorry my texts came across as jealous, but you did disappear for six hours"
  rule(
    "blame-shift",
    "(but|though|although) (you|u) did (\\w+)\\b(?<! (nothing|well|great|good|amazing|everything|brilliantly|fine|nothing wrong))(?! (nothing|well|great|good|everything|your best|amazing|brilliantly|fine|nothing wrong|an amazing)\\b)",
    { negatable: false, when: admittedBefore },
  ),
  // "I know I read your messages, but you kept tilting the screen away"
  rule(
    "blame-shift",
    "(but|though|although) (you|u) (just |literally |also )?(kept|keep|kept on) (\\w+ing)\\b(?! (me (safe|going|sane|company)|in touch|your (word|promise)))",
    { negatable: false, when: admittedBefore },
  ),
  // "You were the one topping up my glass all night"
  rule(
    "blame-shift",
    "(you're|you are|you were|it was you|u were) (the one|the person) (who kept |that kept |who was |that was )?(?!(thing|something|nothing|everything)\\b)(\\w+ing)\\b",
    { negatable: false },
  ),
);

// --- change / prevention steps that put the work on the other -----------------------------------

blame.push(
  // "Next time you should remind me", "In future, you need to tell me earlier"
  rule(
    "blame-shift",
    "(next time|in future|in the future|from now on|going forward),? (you|u) (should|could|need to|have to|must|'ll have to|will have to|ought to|might want to) (just )?(remind|tell|warn|ask|let me know|check|text|call|give me|stop|not|make sure|be (clearer|more clear|more specific|more patient|less))\\b",
    { negatable: false },
  ),
  // "I'll stop lying when you stop checking my phone", "it won't happen again as long as you ..."
  rule(
    "blame-shift",
    "i('ll| will| can| could| would| am going to|'m going to|'m gonna) (stop|change|work on|quit|start|cut down|be (honest|better|nicer|kinder))\\b[^.!?]{0,40}?\\b(if|when|once|as long as|provided|so long as) (you|u) (stop|start|quit|also|too|do|don't|can|will|learn|give|let|back off|calm|promise)\\b|(it|this|that) (won't|will not|wont) happen again (if|as long as|provided|so long as|once) (you|u)\\b",
    { negatable: false },
  ),
);

// --- more wordings: the other's silence, idea, agreement or reaction -------------------------

blame.push(
  // "You never told me it was important", "nobody told me it mattered", "you should have said something"
  rule(
    "blame-shift",
    "((you|u) (never|didn't|did not|didnt) (told|tell|said|say|mention|mentioned|warned|warn)|(nobody|no one|noone) (told|said|mentioned|warned)) (me |to me )?(that )?(it|that|this|the \\w+)( was| were)? (important|mattered|matters|a big deal|meant (so much|that much|a lot)|serious|urgent)\\b",
    { negatable: false },
  ),
  rule(
    "blame-shift",
    "(you|u) (should|could)('ve| have| of) (said|told me|mentioned|spoken up|asked) (something|sooner|earlier|before|at the time|if)\\b",
    // "you should have said something, I'd have come over to help": care, not blame
    {
      negatable: false,
      unless: test("(help|helped|come|been there|support|i'd have been|worried|i wish)"),
    },
  ),
  // "It's because of you that I don't trust anyone"; "it's your attitude that caused this"
  rule(
    "blame-shift",
    "(it's|it is|it was) because of (you|u|your \\w+)( that)? i\\b|(it's|it is|it was) (your|ur) (\\w+ )?\\w+ (that|which) (caused|started|led to|made|pushed|drove)\\b",
    { negatable: false, unless: POSITIVE },
  ),
  // "You didn't exactly make it easy", "you weren't exactly easy to talk to"
  rule(
    "blame-shift",
    "(you|u) (didn't|did not|don't|do not|weren't|were not|aren't|haven't|have not) exactly (make|made|been|help|helped|easy|approachable|open|around|making)\\b",
    { negatable: false },
  ),
  // "I was just reacting to you", "I reacted to what you did"
  rule(
    "blame-shift",
    "i (was )?(just |only |simply |merely )?(reacted|reacting|responded|responding) to (what (you|u) (did|said)|(you|u)\\b|your)",
    { negatable: false },
  ),
  // "You wound me up", "your mum made me late"
  rule(
    "blame-shift",
    "(you|u) (wound|wind|winding|wound) me up\\b|(your|ur) (\\w+ )?(mum|mom|mother|dad|father|family|friend|friends|sister|brother|ex|boss|kids|son|daughter|texts|calls|nagging|moods?) (made|make|makes|forced|drove|pushed|kept) me (late|do|say|lie|snap|miss|forget|leave|drink|shout)\\b",
    { negatable: false },
  ),
  // "It was your idea", "you agreed to it at the time", "you never said no"
  rule(
    "blame-shift",
    "(was|were) (all |originally |actually )?(your|ur) idea\\b|(you|u) (agreed|said yes|signed off|were fine with it|went along with it) (to it |to this |to that )?(at the time|back then|in the first place)\\b|(you|u) never (said no|objected|complained|said (a word|anything) (at the time|then|back then))\\b",
    // "It was your idea and your work, and I let people think it was mine": credit taken, not blame
    { negatable: false, unless: POSITIVE, when: (c) => !CREDIT_TAKEN(c.text) },
  ),
  // "Maybe if you were home more often"
  rule(
    "blame-shift",
    "(maybe|perhaps) if (you|u) (were|was) (home|around|here|there|nicer|kinder|honest|more \\w+|less \\w+|easier)\\b",
    { negatable: false, unless: POSITIVE },
  ),
  // "You knew what I was like when you married me", "you knew I'd be late"
  rule(
    "blame-shift",
    "(you|u) knew (exactly )?(what i('m| am| was) like|who i (am|was)|how i (am|was|get)|what you were getting into|i('d| would) (be|do|say)|(it|this|that) (all )?along|all along)\\b",
    { negatable: false, unless: POSITIVE },
  ),
  // "You made me feel like I had to lie", "because of how you react", "how could I tell you when you're like this?"
  rule(
    "blame-shift",
    "(you|u) (made|make|makes) me feel (like |as if |as though |that )?i (had to|have to|needed to|need to|couldn't|can't|could not|cannot|wasn't allowed to)\\b|(because of|given) (how|the way) (you|u) (react|reacted|get|got|would react|'d react|always react|overreact|respond|responded|are about)\\b|how (could|can|was|am) i (supposed to |meant to )?(tell|talk to|be honest with|open up to|trust) (you|u) when (you're|you are|you|u|ur)\\b",
    { negatable: false, unless: POSITIVE },
  ),
);

// The other person in the rest of the sentence or in the sentence before: "Of course I didn't tell
// you, you lose it over everything", "You left me alone for months. Of course I found someone."
const OTHER_AS_SUBJECT = /(?:^|[^a-z'])(?:you|u|you'?re|youre|your|ur)\s+(?!know\b|see\b)[a-z]/;
const STARTS_WITH_OTHER = /^\W*(?:you|u|you'?re|youre)\b/;
const otherNearby = (c: RuleContext): boolean => {
  if (OTHER_AS_SUBJECT.test(c.text.slice(c.end, c.sentence.end))) return true;
  if (STARTS_WITH_OTHER.test(c.text.slice(c.sentence.start, c.start))) return true;
  const before = c.text
    .slice(Math.max(0, c.sentence.start - 160), c.sentence.start)
    .replace(/[\s.!?]+$/, "");
  const from = Math.max(before.lastIndexOf("."), before.lastIndexOf("!"), before.lastIndexOf("?"));
  return STARTS_WITH_OTHER.test(before.slice(from + 1));
};

blame.push(
  // "What was I supposed to do when you wouldn't even look at me?"
  rule(
    "blame-shift",
    "what (else )?(was|am|were) i (supposed|meant|expected) to do,? (when|if|after|with|while|given) (you|u|your|ur|you're)\\b",
    { negatable: false },
  ),
  // "anyone would have, after the way you've been acting"
  rule(
    "blame-shift",
    "(anyone|anybody|any (man|woman|person|partner|husband|wife|boyfriend|girlfriend)|most people) (would|would've|would have|'d have|'d)\\b[^.!?]{0,40}?\\b(the way (you|u)|after (how|everything|all) (you|u)|given (how|the way) (you|u))",
    // the writer's own act before it ("I know I snooped, but anyone would ..."), not the other's
    // reaction validated ("anyone would ask questions after what you found")
    {
      negatable: false,
      when: (c) => /(?:^|[^a-z'])i\s/.test(c.text.slice(c.sentence.start, c.start)),
    },
  ),
  // "you didn't make it easy", "you never made it any easier for me"
  rule(
    "blame-shift",
    "(you|u) (really |just |certainly |definitely |honestly |sure |exactly )?(didn't|did not|don't|do not|never|haven't|have not) (make|made) (it|this|that|things|any of this|telling you) (very |exactly |any |particularly )?(easy|easier)\\b",
    { negatable: false },
  ),
  // "you set me up to fail", "you left me to pick up the pieces"
  rule(
    "blame-shift",
    "(you|u) (set|setting|have set|'ve set) me up (to fail|for (a fall|failure))",
    { negatable: false },
  ),
  // "..., no wonder I stay out", "of course I didn't tell you, you lose it over everything"
  rule(
    "blame-shift",
    "(of course|obviously|course) i (lied|hid|kept (it|quiet)|didn't tell|never told|didn't say|couldn't tell|can't tell|found someone|looked elsewhere|went elsewhere|snooped|checked|went through|lost it|snapped)\\b|no wonder i (stay|stayed|stay out|lie|lied|hide|hid|drink|drank|go out|went out|kept|keep|don't tell|didn't tell|never tell|never told|didn't say|don't say|can't tell|couldn't tell|snap|snapped|shout|shouted|lose it|lost it|avoid|avoided|switch off|switched off|shut down|go quiet|went quiet|found someone|looked elsewhere|went elsewhere|checked|snooped|looked at|went through|kept it|kept quiet)\\b",
    { negatable: false, notInQuestion: true, when: otherNearby },
  ),
);

// The writer's acts the other is made the reason for ("you're the reason I check your phone",
// not "you're the reason I smile").
const BAD_ACTS =
  "(check|checked|checking|lie|lied|lying|drink|drank|drinking|snap|snapped|shout|shouted|lose it|lost it|hid|hide|cheated|cheat|don't trust|can't trust|do this|did it|did that|went through|go through|look at your|looked at your|act like this|am like this|'m like this|stay out|stayed out)";
blame.push(
  // "Had you told me the plan, I'd never have double-booked"
  rule(
    "blame-shift",
    "had (you|u) (actually |just |only |bothered to |ever )?\\w+[^.!?]{0,60}?,? i('d| would)( never| not)? have\\b",
    { negatable: false, unless: POSITIVE },
  ),
  // "look what you've driven me to", "you nagged me into going", "you kicked it all off"
  rule(
    "blame-shift",
    "look (at )?what (you've|you have|you) (driven|pushed|reduced|brought|turned) me (to|into)|(you|u) (nagged|pressured|guilted|guilt-tripped|bullied|badgered|goaded|dragged|roped) me into|(you|u) (kicked|set|started) (it|this|that|things|the whole thing|everything) (all )?off\\b",
    { negatable: false },
  ),
  // "You're the reason I check your phone", "can't exactly blame me for losing it when you..."
  rule(
    "blame-shift",
    `(you're|you are|you were) the (only )?reason (why )?i ${BAD_ACTS}\\b|(you )?(can't|cannot|can not) (exactly |really )?blame me (for [^.!?]{1,40}? )?when (you|u|you're)\\b|can (you|u) (really )?blame me\\b`,
    { negatable: false },
  ),
  // "You set the tone. I just matched it."
  rule(
    "blame-shift",
    "i (just|only|simply) (matched|mirrored|copied|returned|responded to) (it|you|your \\w+)\\b",
    {
      negatable: false,
      when: (c) => /\b(?:you|u)\b/.test(c.text.slice(Math.max(0, c.sentence.start - 120), c.start)),
    },
  ),
  // "You forwarded me the thread in the first place"
  rule(
    "blame-shift",
    "(you|u) (started|sent|forwarded|brought|invited|told|asked|wanted|suggested|booked|organised|organized|picked|chose|left|gave)\\b[^.!?]{0,40}?\\bin the first place",
    { negatable: false, unless: POSITIVE },
  ),
  // "I lied, but you'd have hit the roof if I'd told you"
  rule(
    "blame-shift",
    "(you('d| would)|youd|u('d| would)) (have |'ve |of )?[^.!?]{0,50}?\\bif i('d| had) (told|said|asked|mentioned|been honest)",
    {
      negatable: false,
      unless: POSITIVE,
      when: (c) => /\bbut\b/.test(c.text.slice(c.sentence.start, c.start)),
    },
  ),
  // "The reason I went quiet is that you shout every time I bring anything up"
  rule(
    "blame-shift",
    "the (only |real |main )?reason (why )?i \\w+[^.!?]{0,40}? (is|was) (that |because )?(you|u|your|ur|you're)\\b",
    { negatable: false, unless: POSITIVE },
  ),
  // "I'd have been on time if you hadn't moved my keys"
  rule(
    "blame-shift",
    "(i('d| would)|id)( have|'ve)? (been (on time|there|home|ready|back|earlier|done)|made it|got there|finished|remembered)\\b[^.!?]{0,30}? if (you|u)('d not| hadn't| hadnt| had not| didn't| didnt| did not| weren't| wasn't| kept| hid| moved| changed)\\b",
    { negatable: false, unless: POSITIVE },
  ),
  // "You share the blame here", "you pushed and pushed until I cracked"
  rule(
    "blame-shift",
    "(you|u) (share|own|carry|have|deserve) (some of |part of |half |as much of |your share of )?the blame\\b|(you|u) (kept |just kept )?(pushed|pushing|pushed me|nagged|nagging|goaded|goading|poked|poking|provoked|provoking|picked|picking) (and|&) (pushed|pushing|nagged|nagging|goaded|goading|poked|poking|provoked|provoking|picked|picking)( and (pushed|pushing|nagged|nagging|picked|picking))?( at me)?\\b",
    { negatable: false },
  ),
  // "you'd been pushing my buttons all day", "so don't expect me to apologise", "your constant moaning
  // is exactly why I stay late", "I only started keeping things to myself because you ..."
  rule(
    "blame-shift",
    "(you|u)( had| 'd|'d| were| was| kept| have been|'ve been|'d been| had been)? (pushing|pushed|push|pressing|pressed) my buttons|so (don't|do not|dont) expect (me to apologi[sz]e|an apology)",
    { negatable: false },
  ),
  rule(
    "blame-shift",
    `(your|ur) [^.!?]{0,40}? (is|was|are) (exactly |precisely |the (only |main |whole |real )?)?(why|reason) i (${BAD_ACTS.slice(1, -1)}|stay late|stay away|don't talk|don't tell (you|u))\\b`,
    { negatable: false, unless: POSITIVE },
  ),
  rule(
    "blame-shift",
    "i (only |just )?(started|stopped) \\w+ing\\b[^.!?]{0,40}?\\b(because|since|cos|cause|bc) (you|u)\\b(?! (know|understand|see|deserve|inspired|encouraged|asked|suggested|wanted|said|showed|helped))",
    { negatable: false, unless: POSITIVE },
  ),
  // "I was only doing what you asked", "You had it coming", "you can hardly blame me when…",
  // "…, but you'd been treating me like dirt for months"
  rule(
    "blame-shift",
    "i was (only|just) doing what (you|u) (asked|told me|wanted|said)|(you|u) had it coming\\b|(you )?can (hardly|barely) blame me\\b|but (you'd|you had|you've|you have) been (treating me like|ignoring me|pushing me|nagging me|winding me up|picking at me|on at me)",
    { negatable: false },
  ),
  // Round 4 (train-15): the other went first, or made the writer's act the only way.
  // "You threw the first punch. I just returned the favour."
  rule(
    "blame-shift",
    "i (just|only|simply|merely) (returned the favou?r|finished it|gave (you|u) a taste of (your|ur) own medicine|did (the same|what (you|u) did)|followed (your|ur) lead|played by (your|ur|the|those) rules|paid (you|u) back)\\b",
  ),
  // "When you freeze me out for days, of course I go looking for attention somewhere else."
  rule(
    "blame-shift",
    "(when|if|whenever) (you|u) [^.!?]{1,60}?,? (of course|obviously|naturally|no wonder) i (go|went|look|looked|turn|turned|start|started) (looking|elsewhere|to)\\b",
  ),
  // "I'd have come to the funeral if you'd given me more notice", "maybe id tell u more if u werent…"
  rule(
    "blame-shift",
    "i('d| would|d) have [^.!?]{1,40}? if (you|u)('d| had| hadn't| didn't| weren't| wasn't| would| had only| had just)\\b|(maybe|perhaps) i('d| would|d) [^.!?]{1,40}? if (you|u)('d| had| hadn't| didn't| weren't| werent| wasn't| would| stopped| actually| just| ever)\\b",
    // gratitude: "I'd have been lost if you hadn't helped me"
    {
      unless:
        /\b(?:glad|happy|love|loved|thank|thanks|grateful|lost|helped|help|saved|support|supported)\b/,
    },
  ),
  // "I stopped mentioning it because every time I do, you turn it into a lecture"
  rule(
    "blame-shift",
    "because (every time|everytime|whenever|each time) i (do|try|did|tried|say|said|mention|mentioned|bring it up|brought it up|open up|opened up|tell (you|u)|told (you|u))\\b[^.!?]{0,30}?,? (you|u)\\b",
  ),
  // "I raised my voice, but you were being completely unreasonable"
  rule(
    "blame-shift",
    "but (you|u) (were|was|are|'re|r) being (completely |totally |so |really |utterly |just |absolutely )?(unreasonable|impossible|difficult|ridiculous|awful|horrible|a nightmare|hysterical|irrational|aggressive|rude|childish|a brat|a pain|a dick|a cow|vile|nasty|vicious|cruel)\\b",
  ),
);
