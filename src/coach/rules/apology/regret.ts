import { check } from "../../check.ts";
import { ADV } from "../../lexicon.ts";
import { messageTest, type Rule, type RuleContext, rule, test } from "../../rule.ts";

// --- regret -----------------------------------------------------------------------

// Not regret: "sorry to bother you", "sorry for your loss", "sorry, on a call".
const POLITE_AFTER = test(
  "(to (bother|interrupt|disturb|trouble|hear|ask|be a pain|spam|keep (you|on)|wake|message|msg|text|txt|do this|pester|chase|nag|say this|ask again)|(that )?(your|ur) (\\w+ ){1,2}(got|was|were|has been|have been|is|are) (cancell?ed|delayed|stolen|poorly|ill|sick|postponed)\\b|(that )?(you|u)('ve| have)? (had|having|have had) (such )?an? (rough|hard|bad|long|crap|shit|awful|horrible|tough|rubbish|stressful) (day|week|night|time|shift)|(it's|it has) taken me (so |this )?(long|ages|a while) to (reply|respond|get back|answer)|for (your|the) (loss|delay|late reply|slow reply|wait|short notice|long message|spam|typo|confusion|double text|essay|rant|ramble)|about (your|the) (loss|delay|wait|weather|traffic|mess)|for being (late|slow) (to reply|replying|getting back)|i missed your call|,? ((i('m| am)|im) )?(on|in) (a|the) (call|meeting|train|bus|phone)|,? (wrong (chat|person|number)|typo|autocorrect|missed (your )?call|just saw this|only just seen|driving|busy|can't talk)|,? (what|who|pardon|come again|say again|what was that)|,? (can|could|would|will) (you|u) (send|resend|remind|tell|check|pass|grab|pick|repeat|say|forward|share)\\b|if (this|it|that) (is|'s|sounds like|seems like) (a |an )?(really |bit of a |very )?(daft|silly|stupid|dumb|weird|obvious|basic|random|odd) (question|one|thing to ask)|,? (i'?m |im |i am |we'?re |i'?ll |ill |will |gonna |going to )?(running|be) ((a bit|a little|a few|\\d+|two|five|ten|fifteen|twenty|thirty|half an hour|an hour) )?((minutes?|mins?) )?(late|behind)\\b|(about|for|to hear about) (your|ur|the) (grandad|granddad|grandpa|grandma|gran|nan|nana|granny|aunt|auntie|uncle|cousin|dog|cat|pet|diagnosis|news|results)\\b(?! ('s|being|finding|seeing|hearing))|(that )?(you|u)('ve| have)? (had|have|got|are having|'re having) (such |a really |a |an |the )+(rough|bad|hard|awful|terrible|long|tough|crap|crappy|shit|shitty|horrible|rubbish|stressful) |(that )?(you|u) (went|had to go|are going|'re going|have been going|'ve been going|have had to go|had to deal|are dealing|'re dealing|lost)\\b|(about|for) what (you|u|you're|you've) (went|are going|have been|'ve been|going|had))",
  "start",
);
// "sorry it got under your skin", "I regret that the situation caused you distress":
// sorry for the other's feeling, caused by a non-agent ("it", "the situation"), not for one's act.
const FEELING_NOT_ACT = test(
  "(that )?(it|this|that|the situation|the (?!way )\\w+( \\w+)?|things|what happened|anything|any of (this|that|it)|the way (it|things) (went|happened|came across)|how (it|things) (went|came across)) (has |have |had |might have |may have |must have )?((?!i |i'|we |id |ive )\\w+ )?(hurt|hurts|upset|upsets|offended|bothered|annoyed|embarrassed|disappointed|got (under|to) (you|u|your|ur)|made (you|u) (feel|so|upset|uncomfortable|angry|sad)|caused (you|u|any|some|such)|left (you|u) (feeling|upset|hurt)|affected (you|u)|came (across|out) (badly|wrong|that way|like))",
  "start",
);
// "If anything I did upset you, then sorry", "To whatever extent my email offended anyone, I apologise":
// the apology is made conditional by a clause before it ("if I'm honest" and "if I could undo it" are not).
const HARD_ON_YOU = test(
  "(that )?(it|this|that|my \\w+|the \\w+)( \\w+)? (was|has been|must have been|is|might have been) (so |really |very )?(hard|difficult|tough|upsetting|painful|a lot|stressful) (on|for) (you|u)",
  "start",
);
const CONDITION_BEFORE = check(
  /^\W*(?:(?:look|well|ok|okay|listen|hey|so|and|but)\W+)*(?:if|whatever|to (?:the|whatever|what|any) extent|insofar|in so far|should|in case)\b(?! (?:i'?m|i am) (?:being )?honest| i could| (?:you|u)'?ll let me| it helps| that makes sense)[^.!?]*,\s*(?:then\s+)?(?:(?:i'?m|i am|i)\s+)?(?:(?:so|really|truly|very|deeply)\s+)?$/,
);
// Sarcasm: "Oh I'm sooo sorry ...", "sorry for breathing", "..., your highness" / "..., boss".
export const MOCK_VOCATIVE = check(
  /,\s*(?:boss|your (?:royal )?highness|your majesty|princess|m'lady|mlady|sire|master|officer|mr perfect|miss perfect|mother|father)\W*$/,
);
/** Is the sentence sarcastic, or the text after the match (c.end to `afterEnd`) self-pity? */
const sarcastic = (c: RuleContext, afterEnd: number): boolean => {
  const { text, sentence } = c;
  const s = text.slice(sentence.start, sentence.end);
  if (s.includes(",") && MOCK_VOCATIVE.testSlice(text, sentence.start, sentence.end)) return true;
  // a drawn-out "sooo" or "sorryyy" has "ooo" or "yy" (checked first: rarely there)
  if ((s.includes("ooo") || s.includes("yy")) && DRAWN_OUT_SORRY.test(s) && MOCK_OPENING.test(s))
    return true;
  return (
    SORRY_FOR_EXISTING.testSlice(text, c.end, afterEnd) ||
    SELF_PITY.testSlice(text, c.end, afterEnd)
  );
};
const MOCK_OPENING = check(/^\W*(?:oh|ooh|well|wow)\b/);
const DRAWN_OUT_SORRY = check(/\bso{3,}\b|\bsorr+y{2,}/);
const SORRY_FOR_EXISTING = check(
  /^\s*(?:for|about) (?:breathing|existing|being alive|having a life|living)\b/,
);
const SELF_PITY = check(
  /^\s*(?:that )?i'?m such an? (?:disappointment|failure|terrible person|awful person|monster|embarrassment)\b/,
);
// cheap pre-checks, so the common "I'm sorry I ..." runs one small regex per test
const MAY_BE_FEELING = check(
  /^\s*(?:that\s+)?(?:it|this|that|the|things|what|anything|any|how|my)\b/,
);
const MAY_BE_CONDITION = check(/\b(?:if|whatever|extent|insofar|in so far|should|in case)\b/);
/** A "sorry / apologise / regret" that is conditional or sarcastic is not regret. */
const notRegret = (c: RuleContext): boolean => {
  const { text, sentence } = c;
  const afterEnd = Math.max(sentence.end, c.end);
  if (
    MAY_BE_FEELING.testSlice(text, c.end, afterEnd) &&
    (FEELING_NOT_ACT.testSlice(text, c.end, afterEnd) ||
      HARD_ON_YOU.testSlice(text, c.end, afterEnd))
  )
    return true;
  if (
    c.start - sentence.start > 2 &&
    MAY_BE_CONDITION.testSlice(text, sentence.start, c.start) &&
    CONDITION_BEFORE.testSlice(text, sentence.start, c.start)
  )
    return true;
  return sarcastic(c, afterEnd);
};

// An apology context in the message: repair offers like "can I take you out" or
// "I'll pay for it" only count as repair when the message owns something.
const APOLOGY_CONTEXT = check(
  /\b(?:sorry|soz|sry|apologi[sz]e|apologies|my (?:fault|bad|mistake)|(?:messed|screwed|fucked|cocked) up|forgive|(?:i|it|that|this|what i did) was (?:so |really )?(?:wrong|unfair|selfish|cruel|cowardly|out of order)|on me|i lied|i cheated|i broke|i forgot|i missed|i ruined|i lost|i damaged|i let (?:you|u) down|to make (?:it|this|that) up|make up for|no excuse|was mine|my (?:error|mix-?up)|out of (?:order|line)|ashamed|regret|i should(?:'?ve| have) been|i (?:feel|felt) (?:so |really )?(?:terrible|awful|sick|horrible|dreadful|bad|guilty) (?:about|that|for)|i (?:had|have) no right|i shouldn'?t have|i betrayed|i hid|i took)\b/,
);
// "sorry for your loss", "sorry to bother you": a "sorry" that is no apology
const POLITE_SORRY =
  /\bsorry (?:for|about) (?:your|the) loss|\bsorry to (?:hear|bother|interrupt)/g;
const HAS_POLITE_SORRY = check(new RegExp(POLITE_SORRY.source));
// once per message (several repair rules ask); the polite sorries are taken out only when
// there are any (rarely), sparing a copy and a second scan of the message
const apologyContextIn = messageTest(
  (text) =>
    APOLOGY_CONTEXT.testText(text) &&
    (!HAS_POLITE_SORRY.testText(text) || APOLOGY_CONTEXT.test(text.replace(POLITE_SORRY, ""))),
);
export const hasApologyContext = (c: RuleContext): boolean => apologyContextIn(c.text);

const NOT_SORRY = check(/^\s*not sorry/);
const COMMA_OR_DASH = check(/^\s*[,-]/);
/** A letter or digit between the sentence's start and the match. */
const hasWordBefore = (c: RuleContext): boolean => {
  for (let i = c.sentence.start; i < c.start; i++) {
    const k = c.text.charCodeAt(i);
    if ((k >= 97 && k <= 122) || (k >= 48 && k <= 57)) return true;
  }
  return false;
};
const REPORTED_APOLOGY = check(
  /\b(said|say|saying|told (you|u|him|her|them|\w+)|already|keep|kept)\s+(that\s+)?$/,
);
const MAKING_ONE = check(
  /\b(?:(?:want|wanted|like|love|going|trying|meant|mean) to|wanna|gonna|let me|must)\s+(?:just\s+)?say\s+(?:that\s+)?$/,
);
const SOMEONE_ELSE = check(
  /\b(she|he|they|we|it|you|u|ya)(?:'?s|'?re| is| are| was| were| feels?| felt| r)\s+(?:(?:so|really|very|truly|deeply|terribly|genuinely)\s+)*$/,
);
const NOT_BEFORE = check(/\b(not|never|no)\s+$/);
const ASKING_THEM = check(
  /\b(?:are|were|r)\s+(?:you|u|ya)\s+(?:(?:even|really|actually|at all|ever)\s+)*$/,
);
const OWN_SORRY = check(/\b(i'?m|i am|im|i feel|i was|so|really|very|truly|deeply|terribly)\b/);

export const regret: Rule[] = [
  rule("regret", `(((i('m| am)|im)|i am|i feel|i was) )?${ADV}sorry`, {
    when: (c) => {
      const { text, sentence } = c;
      const afterEnd = Math.max(sentence.end, c.end);
      if (
        POLITE_AFTER.testSlice(text, c.end, afterEnd) ||
        NOT_SORRY.testSlice(text, c.end, afterEnd)
      )
        return false;
      if (notRegret(c)) return false;
      // words before "sorry" in its sentence (most apologies open it: nothing to check)
      if (c.start > sentence.start && hasWordBefore(c)) {
        const from = sentence.start;
        // "I said I'm sorry", "I've said sorry": reporting an apology, not making one
        // "I want to say sorry", "I just wanna say I'm sorry": making one
        if (
          REPORTED_APOLOGY.testSlice(text, from, c.start) &&
          !MAKING_ONE.testSlice(text, from, c.start)
        )
          return false;
        // "Priya says she's really sorry", "the kids are sorry": someone else's apology
        if (SOMEONE_ELSE.testSlice(text, from, c.start)) return false;
        if (NOT_BEFORE.testSlice(text, from, c.start)) return false;
        // "are you sorry?", "were u even sorry": asking about the other's apology
        if (ASKING_THEM.testSlice(text, from, c.start)) return false;
      }
      // bare "sorry," opening a request or notice ("sorry, can we talk tonight?")
      if (
        COMMA_OR_DASH.testSlice(text, c.end, afterEnd) &&
        !OWN_SORRY.testSlice(text, c.start, c.end)
      ) {
        const after = text.slice(c.end, afterEnd);
        const rest = after
          .replace(/^\s*[,-]\s*/, "")
          .replace(
            /^(?:love|babe|baby|hun|hon|honey|mate|sis|bro|mum|mom|dad|nan|gran|darling|sweetheart|my love|son|daughter|kiddo|kid|pal|buddy|bud|dude|man|girl|boo|bestie|sweetie|sweetpea|my darling|my dear|dear|sister|brother|bruv|fam|guys|everyone|all|team|grandma|grandad|granny|auntie|x+)\b[\s,.!x]*$/,
            "",
          );
        if (rest === "") return true;
        if (
          /\?\s*$/.test(rest) &&
          !/\b(i|i'?ve|i'?d|me|my)\b/.test(rest.split(/\s+/).slice(0, 2).join(" "))
        )
          return false;
        if (!/\b(i|i'?m|i'?ve|i'?d|i'?ll|my|me|didn'?t|that was|it was|forgot|should)\b/.test(rest))
          return false;
      }
      return true;
    },
  }),
  rule(
    "regret",
    "(i|we) (sincerely |truly |deeply |really )?(apologi[sz]e)(?! if)|(my|our) (sincere |deepest |sincerest |heartfelt |humble )?apologies(?! if)|i owe you an apology|i want to apologi[sz]e|(i('d| would| had)|id) like to apologi[sz]e|please accept my (sincere |heartfelt )?apolog(y|ies)(?! if)",
    { when: (c) => !notRegret(c) },
  ),
  rule(
    "regret",
    "i (really |truly |deeply |so |bitterly |sincerely )?regret (?!(that |it if )?you\\b)(?!nothing)",
    { when: (c) => !notRegret(c) },
  ),
  rule(
    "regret",
    `i (feel|felt) ${ADV}(terrible|awful|sick|horrible|bad|guilty|ashamed|dreadful|rotten|gutted|wretched|remorseful) (about|for|that|over|because|when i|whenever i|every time i|each time i|knowing)`,
    // "I feel sick when I think about you and her": a feeling about their act
    {
      // ... or when I saw / found / read what they did ("I felt sick when I saw the receipt")
      notFollowedBy: test(
        "((think|picture|imagine|see|remember) (about )?(you|u|your|him|her|them|the two of you)\\b|(saw|found|read|heard|discovered|opened|spotted|noticed) (the|your|ur|his|her|their|that|those|a|an|them|you|u)\\b)",
        "start",
      ),
    },
  ),
  rule(
    "regret",
    `(i('m| am)|im) ${ADV}(ashamed|remorseful|mortified|gutted) (of|that|about|at) (myself|what|how|the way|i|my|it|that|this)`,
  ),
  rule(
    "regret",
    "i wish (i('d| would| had)|id) (never|not|told|been|said|listened|stayed|called|come|waited|asked|thought)\\b|i hate (myself for|that i|what i did|how i)|i wish i (hadn't|had never|never|'d never|'d not|'d (told|been|said|listened|stayed|called|come|waited|asked|thought)|could take (it|that|this|back)|could undo|had (told|been|said|listened))|if i could (take|undo) (it|that|this|back)|i can't forgive myself|(can't|cannot|can not|don't know how to|never) (tell you|say|express|put into words|describe|explain) (how|just how) (sorry|ashamed)|(words|i) (can't|cannot|don't|won't) (say|express|describe|cover) (how|just how) (sorry|ashamed)|no words (for|to (say|express|describe)) how (sorry|ashamed)|(i('m| am)|im) heartbroken (that|about what) i",
  ),
  // "I'm gutted I missed your graduation", "gutted i couldnt make ur birthday", "I'm angry at myself"
  rule(
    "regret",
    `((i('m| am)|im) ${ADV})?(gutted|heartbroken|devastated|kicking myself|so upset|sick) (that )?i (missed|forgot|didn't|couldn't|wasn't|said|let|left|hurt|made|put|did|was|ruined|broke|lied)\\b|(i('m| am)|im) ${ADV}(angry|furious|disappointed|frustrated|disgusted|mad|cross|livid) (at|with) myself|((i('ll| will)|ill)|i will) (never stop|always|forever) regret(ting)?|((i('ll| will)|ill)|i will) regret (it|this|that|what i did|\\w+ing( \\w+){1,4}?) (for the rest of my life|forever|until the day i die|for ever|always|every day)|i (still |just )?(can't|cannot) stop regretting|my heart (sinks|breaks|aches|drops) (every time |whenever |when )?i (think|remember)`,
    {
      when: (c) =>
        !/^\W*(?:gutted|heartbroken|devastated|sick)/.test(c.text.slice(c.start, c.end)) ||
        /^[\s:,-]*$/.test(c.text.slice(c.clauseFrom, c.start)),
    },
  ),
  // "Apologies for missing the handover call" (not "apologies for the delay")
  rule("regret", "apologies (for|about) ", {
    sentenceStart: true,
    when: (c) => !POLITE_AFTER.testSlice(c.text, c.start + 10, c.sentence.end),
  }),
  rule("regret", `(i('m| am)|im) ${ADV}(ashamed|remorseful|mortified)( of myself)?`, {
    sentenceEnd: true,
  }),
  rule(
    "regret",
    `i (feel|felt) ${ADV}(terrible|awful|horrible|guilty|ashamed|dreadful|rotten|wretched|remorseful)`,
    {
      sentenceEnd: true,
    },
  ),
];
