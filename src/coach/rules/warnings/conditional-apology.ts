import { ADV, HURT_ADJ, HURT_VERB, SORRY_ANY } from "../../lexicon.ts";
import { type Rule, rule, test } from "../../rule.ts";

// --- conditional-apology ------------------------------------------------------

// Feelings a thing can leave behind, beyond HURT_ADJ: "left you feeling sidelined"
const LEFT_FEELING =
  "sidelined|unheard|unseen|unappreciated|unsupported|undervalued|overlooked|forgotten|unwelcome|unimportant|small|alone|abandoned|dismissed|unloved|neglected|attacked|judged|patroni[sz]ed|pressured|rushed|awkward|ashamed|exposed|on the spot|second best|like an afterthought|out of the loop|in the dark|high and dry";

// how a thing of the writer's was received: "landed so badly", "came across wrong"
const LANDED =
  "(landed|went down|came across|came out|sounded) (so |really |very |that |quite |a bit |pretty |rather )?(badly|poorly|wrong|the wrong way|harsh|harshly|that way|like that)";

const POLITE_IF = test(
  "sorry if (this|it|i|i'm|that)\\b[^,;:]*\\b(bad time|bother|interrupt|disturb|woke|wake|too early|too late|ramble|rambling|long|typo|spam|question|repeat|double|late reply|slow)",
);

// What an impersonal cause did to the other's feelings.
const FEELING_EFFECT = `(hurt|upset|offended|bothered|annoyed|embarrassed|disappointed|stung|wounded|angered|distressed) (you|anyone|anybody)|got (to you|under (your) skin)|rubbed (you) (up )?the wrong way|(hit|struck|touched) a (nerve|sore spot)|caused (you )?(some |any |so much |a lot of )?(distress|upset|hurt|offen[cs]e|discomfort|pain|anxiety|worry|frustration|embarrassment|stress|grief|heartache|trouble)|made (you) (feel )?${ADV}${HURT_ADJ}`;

export const conditional: Rule[] = [
  // "sorry (that) you feel that way", "sorry you felt excluded", "sorry u feel like that"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (feel|felt|were feeling|are feeling|'re feeling|have felt|might feel|may feel|may have felt|might have felt)`,
  ),
  // "sorry you were upset", "sorry ur upset", "sorry that you're disappointed"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(you're|you were|you got|you get|you've been|you r|you) ${ADV}${HURT_ADJ}`,
  ),
  // "sorry you took it that way", "sorry you see it like that"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (took|take|see|saw|read|heard|interpreted|understood|perceived|think|thought) (it|that|this|things|my \\w+|what i said)`,
  ),
  // "sorry if ...", "I apologise if ...", "my apologies if ..."
  rule("conditional-apology", `(${SORRY_ANY}|my bad)( about that| for that| for it)?,? if`, {
    unless: POLITE_IF,
  }),
  // "sorry that my comments upset you (so much)": the feeling, caused by a thing, not "(that) I upset you"
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (that )?(my|what i|the way i|how i|it|that|this|the|our|those|these|any) (?!i\\b)[^.!?;]{0,60}?\\b(upset|upsets|offended|offends|bothered|bothers|annoyed|annoys|embarrassed|embarrasses|disappointed) (you|your (family|mum|mom|dad|parents|friends|sister|brother|kids|mother|father|folks))\\b`,
  ),
  // "I regret that you felt excluded"
  rule(
    "conditional-apology",
    `regret (that |it if )?you (feel|felt|were|are|'re|took|got|see|saw|think|thought|view|read|interpreted)`,
  ),
  // "I regret that my tone may have caused offence", "sorry if my email might have come across…":
  // an effect that only may have happened
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (that )?(my|the|any|what i|anything i) ([a-z]+ ){0,3}(may|might|could) have (caused|given|upset|offended|hurt|come across|come over|seemed|sounded)\\b`,
  ),
  // "sorry for any hurt (I may have caused)", "I regret any upset"
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (for )?any (hurt|upset|offen[cs]e|discomfort|pain|distress|misunderstanding|harm|confusion)`,
  ),
  // reversed: "If my tone upset anyone, sorry about that" / "if I hurt you, I'm sorry"
  rule(
    "conditional-apology",
    `if [^.!?]{0,80}?\\b${HURT_VERB}\\b[^.!?]{0,80}?(${SORRY_ANY}|my bad)`,
  ),
  // "If anything I said crossed a line, I'm sorry for that."
  rule(
    "conditional-apology",
    `if [^.!?]{0,60}?\\b(crossed a line|crossed the line|went too far|overstepped|stepped out of line|spoke out of turn|put my foot in it|(stepped|stood|trod|trodden) on (your|anyone's|anybody's|someone's|somebody's|people's|any|some) toes|ruffled (any |some |your )?feathers|came on (too|a bit|a little) strong|was out of (order|line)|was too much|was hurtful|hit a nerve|struck a nerve|touched a nerve|was insensitive|was inappropriate|i (was|came across( as)?|came off( as)?|sounded|seemed|got|might have been|may have been) (too |a bit |a little |being |kind of |overly |quite |rather |so )?(harsh|blunt|rude|short|curt|sharp|snappy|abrupt|pushy|out of line|cold|dismissive|snippy|snarky|mean|unkind|preachy|bossy|patroni[sz]ing|condescending))\\b[^.!?]{0,60}?(${SORRY_ANY}|regret|my bad)`,
  ),
  rule(
    "conditional-apology",
    `(to (whatever|the|any) extent|insofar as|in so far as) [^.!?]{0,100}?(${SORRY_ANY}|regret)`,
  ),
  rule(
    "conditional-apology",
    `if (you|u|anyone|anybody) (were|was|are|felt|feel|got) ${ADV}${HURT_ADJ}[^.!?]{0,40}?${SORRY_ANY}`,
  ),
  // "sorry that you ended up feeling that way"
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (that |if )?you (\\w+ ){1,2}(feeling|to feel|feel|felt)\\b`,
  ),
  // An impersonal cause of their feeling: "sorry it hurt you", "sorry it got under ur skin",
  // "I regret that the situation caused you some distress" (not "sorry I hurt you")
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (that )?(it|things|the situation|what happened|how things went|the whole thing|all this|the way things went) (has |have |had |might have |may have )?(${FEELING_EFFECT})`,
  ),
  // a thing of the writer's that makes them feel bad: "sorry that my friends make you so uncomfortable"
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (that )?(my|what i|the way i|how i|it|things|the|our|those|these|any) [^.!?;]{0,40}?\\b(make|makes|made|making) (you) (feel )?${ADV}(${HURT_ADJ})`,
  ),
  // their reading as the problem: "sorry you took offence", "sorry you misunderstood me"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(you|you're|you were|you've been) (took|take|taking|got|get|have|had) (offen[cs]e|(it|that|this|the \\w+|my \\w+|what i said) (so |too |a bit |very )?(badly|hard|personally|to heart|the wrong way|wrong)|the wrong (idea|impression|end of the stick))|${SORRY_ANY} (that |if )?you (misunderstood|misread|misinterpreted|misheard|misunderstand|misconstrued)\\b`,
  ),
  // their finding out or their reading as the matter: "sorry you found out", "sorry you saw it the way you did"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (saw|took|read|heard|interpreted|understood|perceived|see|take)\\b[^.!?,]{0,50}?(the way you did|that way|like that|the wrong way|so personally|personally|so badly)|${SORRY_ANY} (that )?you found out (i|that i|about (my|the|what)|what i)\\b`,
  ),
  // the writer's act as a hardship they went through: "sorry that my absence was hard on you"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that )?my (absence|behaviou?r|comments?|words|tone|reaction|decisions?|choices?|actions|message|email|text|jokes?|silence|schedule|job|work|travel|travell?ing|trips?|drinking|mood|being away|being late|lateness|working late|hours|plans?)( (about|over|on|regarding|to|for) [a-z' ]{1,30}?)? (was|were|has been|have been|is|are|felt|seemed) ${ADV}(hard|difficult|tough|rough|upsetting|painful|confusing|stressful|hurtful|a lot|too much) (on|for) (you)\\b`,
  ),
  // "sorry that's how you took it", "sorry if that's the way you see it"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(that's|that is|this is|it's) (how|the way) (you|it) (feel|felt|took|take|see|saw|read|heard|came across|comes across|landed|sounded)`,
  ),
  // "sorry for how it made you feel" (not "for how I made you feel"), "sorry about how you feel"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (for|about) (how|the way) (you (feel|felt)|(it|that|this|things|my \\w+|what i said|what happened) (made|makes|has made) you feel)`,
  ),
  // "sorry your feelings got hurt", "sorry ur nose is out of joint"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(your) (feelings|ego|pride|nose) (got|were|are|was|is|have been|has been|feel|felt) (${ADV})?(hurt|bruised|dented|out of joint|upset|put out)`,
  ),
  // "sorry it came across that way", "sorry if my joke came out wrong"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that )?(it|that|this|my \\w+|what i (said|wrote|did)) (came|comes|come) (across|out) (that way|like that|the wrong way|wrong|badly|as \\w+|(so )?(harsh|rude|mean|cold|blunt))`,
  ),
  // "sorry you think I don't care", "sorry you thought I was ignoring you"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you (think|thought|believe|believed|feel like|felt like|got the impression|get the impression) (that )?(i|i'm|i was|i've|i'd)\\b`,
  ),
  // hedged: "to whatever extent my email offended anyone, I apologise", "I regret it if ..."
  rule(
    "conditional-apology",
    `(to (whatever|any|the|what(ever)? ever) extent|insofar as|in so far as|if in any way) [^.!?]{0,80}?\\b(${HURT_VERB}|made (you|u|anyone|anybody|people|someone) (feel )?)\\b[^.!?]{0,50}?(${SORRY_ANY}|regret)`,
  ),
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret it|regret) (to (whatever|any|the) extent|insofar as|in so far as|if in any way|if at all)`,
  ),
  // "I regret it if anything I said hurt you" (not "I'll regret it if I don't tell you")
  rule("conditional-apology", "regret (it )?if (anything|something|what|my|i|the way|how|you)\\b", {
    notPrecededBy: /\b(?:will|'ll|ll|would|'d|might|could|gonna|going to|may)\s+(?:\w+\s+)?$/,
    notFollowedBy:
      /^\s*(?:(?:we|i)\s+)?(?:don'?t|didn'?t|do not|did not|never|can'?t|won'?t|wouldn'?t)\b/,
  }),
  // reversed with a caused feeling: "if anything I did made you uncomfortable, then sorry"
  rule(
    "conditional-apology",
    `if [^.!?]{0,80}?\\bmade (you|u|anyone|anybody|people|someone) (feel )?${ADV}(${HURT_ADJ})[^.!?]{0,40}?${SORRY_ANY}`,
  ),
  // --- round 2 ---
  // a vague act: "sorry for whatever I did", "I apologise for whatever it is you think I said"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (for|about) whatever (it is |it was |this is )?(i('ve| have)? (did|done|said|say|do)|you (think|thought|feel|believe|reckon)|upset (you|u)|i did (wrong|to)|happened|you're upset about|you're (mad|angry) about)`,
  ),
  // the hearing as the hard part: "sorry that was hard to hear", "sorry if it was upsetting for you to read"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(that|it|this|my (message|text|email|letter|news)) (was|is|has been|might have been|may have been) ${ADV}(hard|difficult|tough|painful|upsetting|uncomfortable|a lot|hurtful|a shock) (for (you|u) )?to (hear|read|take in|process)`,
  ),
  // their sensitivity as the cause: "sorry you're so sensitive", "sorry you can't take a joke"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(you're|you are|you were|you're being|you get) (so |too |a bit |this |that )?(sensitive|touchy|fragile|thin[- ]skinned|easily offended|easily upset|easily hurt|wound up|worked up|het up|riled up|bent out of shape|precious)|${SORRY_ANY} (that |if )?(you|u) (can't|couldn't|cannot) (take|handle) (a joke|a bit of banter|the truth|criticism|it)`,
  ),
  // --- round 3 ---
  // how it landed with them: "sorry my comment landed so badly with you", "apologies if the joke went down badly"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(it|that|this|my [a-z']+( [a-z']+)?|what i (said|wrote|did|meant)) (has |had |have |might have |may have )?${LANDED}\\b|${SORRY_ANY} (that |if )?the (comments?|remarks?|joke|jokes|message|text|email|words|tone|feedback|post|photo|note|suggestion) (has |had |have |might have |may have )?${LANDED} with (you|u|your [a-z]+)\\b`,
  ),
  // their reading of it: "sorry you found my message upsetting", "sorry if you found the joke offensive"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?you('ve| have)? (found|find) (it|that|this|my [a-z']+|what i (said|wrote|did)|the (comments?|remarks?|joke|jokes|message|text|email|words|tone|feedback|post|photo)) (so |a bit |a little |quite |rather |really |very |pretty )?(upsetting|hurtful|offensive|insulting|rude|harsh|insensitive|inappropriate|patroni[sz]ing|condescending|disrespectful|annoying|irritating|hard to hear|hard to read|too much|over the line|out of line)\\b`,
  ),
  // a feeling left behind by a thing, not by "I": "I regret that the way it was handled left you feeling sidelined"
  rule(
    "conditional-apology",
    `(${SORRY_ANY}|regret) (that )?(my|what i|the way|how|it|things|our|all this|what happened) [^.!?;]{0,40}?\\b(left|leaves|has left|have left|had left) (you|u) (feeling |to feel )?${ADV}(${HURT_ADJ.slice(1, -1)}|${LEFT_FEELING})\\b`,
  ),
  // their impression as the matter: "sorry it felt like I'd forgotten you", "sorry it seemed as if I didn't care"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(it|this|that|things) (felt|seemed|looked|came across|sounded) (like|as if|as though) (i|i'd|i'm|i've|i was|i had|i didn't|i don't|i wasn't)\\b`,
  ),
  // their feeling, caused by a thing: "sorry the money thing has you feeling this way", "sorry it made you feel that way"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(it|this|that|things|all this|what happened|(the|my|our) [a-z' ]{1,30}?) ((has|have|had|'s got|has got|got) (you|u) (feeling|thinking|seeing it)|(made|makes|has made|left) (you|u) (feel|feeling)) (this|that) way\\b`,
  ),
  // their reaction, then the act kept: "sorry you've found it hard, but I stand by what I did",
  // "sorry my words stung, but I had a point"
  rule(
    "conditional-apology",
    `${SORRY_ANY} (that |if )?(you (feel|felt|find|found|'ve found|have found|were|are|'re|took|take|got|think|thought|see|saw|'ve been|have been)|my|it|it's|this|that|the way|how)\\b[^.!?]{0,60}?\\bbut (let's be honest,? |honestly,? |to be fair,? |frankly,? |i think |in fairness,? )?(i (still )?(stand by|stand behind) (what|my|it|that|the|everything|every)|i (still )?(don't|do not) regret|i('d| would) do it again|i (won't|'m not going to|am not going to) apologi[sz]e|i('m| am) not sorry|i had a point|i was right|i meant (it|every word|what i said)|i did nothing wrong|it (needed|had) to be said|(it's|it was) (the truth|true)|you needed to hear it)\\b`,
  ),
  // regret for an outcome on them: "I regret that the evening turned out such a letdown for you"
  rule(
    "conditional-apology",
    `regret (that |it if )?(the|it|things|our|this|that|how|the way|my) [^.!?;]{0,40}?\\b(was|were|ended up|turned out|proved|has been|felt)( being| to be)? (so |such |quite |rather )?(a )?(letdown|let-down|let down|disappointment|disappointing|upsetting|hurtful|hard|difficult|painful|unpleasant|stressful|awkward|uncomfortable) (for|to|on) (you|u)\\b`,
  ),
];

conditional.push(
  // "I regret that the outcome wasn't what you'd hoped for", "sorry ur feeling some type of way"
  rule(
    "conditional-apology",
    "(regret|sorry) (that )?the (outcome|result|decision|evening|day|meeting|way (things|it) (went|turned out)) (wasn't|was not|didn't|did not|isn't) (what|how) (you|u)('d| had)? (hoped|wanted|expected)|sorry (that )?(you're|ur|you are|u r) feeling (some|a) type of way",
    { negatable: false },
  ),
);
