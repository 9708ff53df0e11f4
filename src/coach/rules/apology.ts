// Apology component rules (Lewicki, Polin & Lount 2016): regret, explanation,
// responsibility, repentance, repair, forgiveness-request. All are about the
// writer's own act, so every pattern has "I" (or "my", "it" for the act) as
// its subject. One file per component in apology/; the order here is the
// order hits are proposed in.

import type { Rule } from "../rule.ts";
import { explanation } from "./apology/explanation.ts";
import { request } from "./apology/forgiveness-request.ts";
import { regret } from "./apology/regret.ts";
import { repair } from "./apology/repair.ts";
import { repentance } from "./apology/repentance.ts";
import { responsibility } from "./apology/responsibility.ts";

export const apologyRules: readonly Rule[] = [
  ...regret,
  ...responsibility,
  ...explanation,
  ...repentance,
  ...repair,
  ...request,
];
