import { z } from "zod";
import { STEP_IDS } from "../domain/spaces/path.ts";
import { SIDES, SPACE_KINDS } from "../domain/spaces/sides.ts";
import { boundedText } from "./common.ts";

export const SPACE_LIMITS = { title: 80 } as const;

export const ZSide = z.enum(SIDES, { message: "Choose one of the three sides." });
export const ZSpaceKind = z.enum(SPACE_KINDS, { message: "Choose the kind of relationship." });

export const ZCreateSpace = z.object({
  title: boundedText(SPACE_LIMITS.title, "Title"),
  kind: ZSpaceKind,
  side: ZSide,
});
export type TCreateSpace = z.infer<typeof ZCreateSpace>;

export const ZSpaceSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: ZSpaceKind,
  mySide: ZSide.nullable(),
  createdAt: z.string(),
});
export type TSpaceSummary = z.infer<typeof ZSpaceSummary>;

export const ZSpaceList = z.object({ spaces: z.array(ZSpaceSummary) });

/** A member named in a step: their membership id and name, and whether it is the viewer. */
export const ZPersonRef = z.object({ id: z.string(), displayName: z.string(), isMe: z.boolean() });
export type TPersonRef = z.infer<typeof ZPersonRef>;

export const ZMember = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(["member", "counsellor"]),
  side: ZSide.nullable(),
  isMe: z.boolean(),
  joinedAt: z.string(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZStepState = z.enum(["not_started", "in_progress", "done"]);
export const ZPathStep = z.object({
  id: z.enum(STEP_IDS),
  number: z.number(),
  title: z.string(),
  summary: z.string(),
  state: ZStepState,
  available: z.boolean(),
});
export type TPathStep = z.infer<typeof ZPathStep>;

/** Something a step waits for from the viewer, for "your turn" badges. */
export const ZAwaited = z.object({ step: z.enum(STEP_IDS), move: z.string() });
export type TAwaited = z.infer<typeof ZAwaited>;

export const ZSpaceHome = z.object({
  space: ZSpaceSummary,
  awaiting: z.array(ZAwaited),
  members: z.array(ZMember),
  waitingForOther: z.boolean(),
  path: z.array(ZPathStep),
});
export type TSpaceHome = z.infer<typeof ZSpaceHome>;

export const ZTimelineEvent = z.object({
  id: z.string(),
  type: z.string(),
  actor: z.string().nullable(),
  at: z.string(),
});
export const ZTimeline = z.object({ events: z.array(ZTimelineEvent) });
export type TTimelineEvent = z.infer<typeof ZTimelineEvent>;
