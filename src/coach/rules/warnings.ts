// Warning rules: what may land badly. Precision first: each pattern names the
// subject ("you ..." vs "I ..."), and most are skipped when negated. One file
// per warning in warnings/; the order here is the order hits are proposed in.

import type { Rule } from "../rule.ts";
import { blame } from "./warnings/blame-shift.ts";
import { conditional } from "./warnings/conditional-apology.ts";
import { contempt, sarcasm } from "./warnings/contempt.ts";
import { criticism } from "./warnings/criticism.ts";
import { defensiveness } from "./warnings/defensiveness.ts";
import { excuse } from "./warnings/excuse.ts";
import { pressure } from "./warnings/forgiveness-pressure.ts";
import { generalization } from "./warnings/generalization.ts";
import { minimizing } from "./warnings/minimizing.ts";
import { stonewalling } from "./warnings/stonewalling.ts";

export const warningRules: readonly Rule[] = [
  ...conditional,
  ...excuse,
  ...blame,
  ...minimizing,
  ...generalization,
  ...criticism,
  ...contempt,
  ...sarcasm,
  ...defensiveness,
  ...stonewalling,
  ...pressure,
];
