import { type Rule, rule } from "../../rule.ts";
import { hasApologyContext } from "./regret.ts";

// --- repair -----------------------------------------------------------------------------------

const REPAIR_TOLD =
  "(the truth|(was|is) (yours|your (work|idea|doing|call))|your (work|idea)|was mine|it was (me|mine|my (fault|mistake|doing))|(my|all my) fault|my (mistake|mix-up|mix up|error)|i lied|i was (wrong|out of line|lying|out of order|to blame)|what (i did|really happened)|did nothing wrong|(wasn't|was not|isn't|is not) (true|you|your fault)|(error|mistake) was mine|not yours|apologi[sz]e|take it back|set the record straight|explain)";
export const repair: Rule[] = [
  rule(
    "repair",
    "(what|how) (can|could|would|should|do|might|will) i (do )?(to )?(start |begin )?(make|making|put|putting|fix|fixing|set|setting|earn|make amends|repair) (it|this|things|that|amends|it all|this all|everything)?( up to you| right| better| up| straight)?|what would (make|help) (it|this|things) (up to you|right|better)",
    { negatable: false },
  ),
  rule(
    "repair",
    "make (it|this|that|things) up to (you|u)|make (it|this|that|things|everything) (right|good|better)( again)?|make amends|to make up for|making (it|this|things) right|(put|putting) (it|this|things|that) right|set (it|things|this|the record) straight|take it back\\b|undo the damage|repair (the damage|this|it|things|what)",
  ),
  rule(
    "repair",
    "((i('ll| will)|ill)|i will|i am going to|(i('m| am)|im) going to|(i('d| would| had)|id) like to|i want to) (pay|cover|fix|repair|sort out the|clean|cook)\\b(?! (attention|a visit|the bills?))",
    // "I'll replace the bulb in the hallway tonight" is a chore, not restitution
    { notPrecededBy: /\b(if|you said|you want me to)\s+$/, when: hasApologyContext },
  ),
  rule(
    "repair",
    "let me (make|fix|pay|replace|buy|take you|cook|treat|help|sort|put|repair|cover|do something|show you)\\b|my treat\\b|(can|could|may) i (start by|begin by) |(i('ve| have)|ive) (already )?(paid|replaced|returned|given back|fixed|repaired|refunded|apologi[sz]ed to|told (the|your|my|everyone|him|her|them|\\w+)\\b[^.!?]{0,40}?(truth|was yours|it was me|my fault|i lied|what really|what i did))",
    { negatable: false },
  ),
  rule(
    "repair",
    "((i('ll| will)|ill)|i will|(i('m| am)|im) going to|i am going to) (call|ring|tell|talk to|speak to|write to|email|message) (him|her|them|your \\w+|my \\w+|the \\w+|everyone)\\b[^.!?]{0,40}?(take it back|apologi[sz]e|set the record straight|explain|tell (them|him|her) the truth|make (it|this|things) right|correct|clear (it|this|things) up|sort (it|this) out|i was wrong|it was (me|my fault)|i lied|the truth)|(i('ll| will)|ill) ring them myself|(i('ll| will)|ill) (call|ring|tell) (them|him|her) myself",
  ),
  rule(
    "repair",
    "tell me (what|how) (i can|to|i should) (do|make|fix|help)|(is there|there's) anything i can do (to|for)|anything (i can do )?to make (it|this) (up|right|better)|whatever it takes to (make|fix|put)|(i('ll| will)|ill) do (the work|whatever it takes|anything)",
    { negatable: false },
  ),
  // restitution to a third party: "I'll call Aunt Linda and tell her it wasn't true",
  // "I've emailed the client to say the error was mine"
  rule(
    "repair",
    `((i('ll| will)|ill)|(i('m| am)|im) going to)( also)? (call|ring|phone|tell|talk to|speak to|write to|email|message|text|contact)\\b(?! (you|u)\\b)[^.!?]{0,60}?\\b${REPAIR_TOLD}|((i('ve| have)|ive)|i)( already| also| now| since)? (told|emailed|called|rang|phoned|messaged|texted|spoke to|talked to|wrote to|contacted)\\b(?! (you|u)\\b)[^.!?]{0,60}?\\b${REPAIR_TOLD}`,
    { notPrecededBy: /\b(if|you said|you want me to|should)\s+$/ },
  ),
  rule(
    "repair",
    "((i('ll| will)|ill)|(i('m| am)|im) going to|(i('ve| have)|ive))( already| also)? apologi[sz]ed? to (?!(you|u)\\b)(him|her|them|your \\w+|my \\w+|the \\w+|everyone|\\w+)|(correct|correcting|put|putting) the record( straight)?|clear (your|her|his|their) name",
  ),
  // restitution done: "I've transferred the £400 back", "I've filled the tank and had it valeted"
  // restitution by its verb: "I'll pay back every penny", "I'll buy you a new one", "I'll replace the vase"
  // (not routine upkeep: "I'll replace the bulb")
  rule(
    "repair",
    "((i('ll| will)|ill)|i will|(i('m| am)|im) going to|i am going to|(i('d| would| had)|id) like to|i want to) (replace|buy you (a |another |a new )?|get you (a new|another)|return|give (it|you|them) back|pay (you |it |them |her |him )?back|refund|reimburse|make it up|make it right|compensate|pay for (the|a|your) (new|repair|repairs|damage|replacement|broken|screen|window|vase|glass))\\b(?! (attention|a visit|the (bulb|light|lightbulb|batteries|battery|filter|fuse|bin|tyres?|oil|toilet roll)))",
    { notPrecededBy: /\b(if|you said|you want me to)\s+$/ },
  ),
  // "happy to pay for it", "paying for the repair" (not "you ended up paying for it")
  rule("repair", "(paying|pay) for (the|your|it|a new|another|everything)", {
    negatable: false,
    notPrecededBy:
      /\b(you|u|she|he|they|we|ended up|end up|had to|have to|made me|make me|'ll|will|would|'d)\s+$/,
    when: hasApologyContext,
  }),
  // "I've transferred the £400 back"
  rule(
    "repair",
    "(i('ve| have)|ive) (already |now |just )?(transferred|sent|put|paid|given|handed) (\\S+ ){0,3}back\\b",
  ),
  rule(
    "repair",
    "(i('ve| have)|ive) (already |now |just )?(filled|refilled|topped up|mended|had (it|them) (valeted|cleaned|fixed|repaired|mended|replaced|redone))",
    { when: hasApologyContext },
  ),
  // restitution offered, in an apology: "can I take you out for dinner", "I'll get you a new one", "I'll redo the slides"
  rule(
    "repair",
    "(can i|could i|may i|let me|(i('d| would| had)|id) love to|(i('d| would| had)|id) like to|i want to|(i('ll| will)|ill)|(i('m| am)|im) going to) (take (you|u) out|treat (you|u)|buy (you|u)|cook (for )?(you|u))|((i('ll| will)|ill)|(i('m| am)|im) going to|let me|can i) (get|order) (you|u) (a new|another|a replacement)|((i('ll| will)|ill)|(i('m| am)|im) going to) (redo|re-do|resend|re-send|rewrite|rebook|re-book)\\b|((i('ll| will)|ill)|(i('m| am)|im) going to|let me) get (it|them|the \\w+|your \\w+) (back|redone|fixed|sorted|repaired|replaced|corrected)|((i('ll| will)|ill)|(i('m| am)|im) going to|(i('d| would| had)|id) like to|i want to) (be )?(paying|pay) for (the|your|it|a new|another|everything)|((i('ll| will)|ill)|(i('m| am)|im) going to) (also )?be (paying|covering|replacing|fixing|correcting|returning|refunding|reimbursing)|(trying|going|working) to (track down|find) [^.!?]{0,30}?(get|buy) (it|them) back|((i('ll| will)|ill)|(i('m| am)|im) going to) (fill|refill|top up) (up )?(the|your) (tank|car)",
    { when: hasApologyContext },
  ),
  rule(
    "repair",
    "(tell me|let me know|(i('d| would| had)|id) like to (hear|know)|i want to (hear|know)) what (would|will|might|could|can) (help|make (it|this|things) (better|right|easier))|what (do|would|will) (you|u) need (from me|me to do)|if (there's|there is) anything (else )?i can do",
    { negatable: false, when: hasApologyContext },
  ),
];
