import { z } from "zod";
import { LISTENING_LIMITS, TURN_SECONDS } from "../domain/listening/listening.ts";
import { optionalText, ZId } from "./common.ts";
import { ZPersonRef, ZStepState } from "./spaces.ts";

export { LISTENING_LIMITS, TURN_SECONDS };

export const ZStartListeningSession = z.object({
  speakerMemberId: ZId,
  inPerson: z.boolean({ message: "Say whether you are together in person." }),
  turnSeconds: z
    .number({ message: "The turn length is a number of seconds." })
    .int()
    .min(TURN_SECONDS.min, { message: `A turn is at least ${TURN_SECONDS.min} seconds.` })
    .max(TURN_SECONDS.max, { message: `A turn is at most ${TURN_SECONDS.max} seconds.` })
    .nullish(),
});

export const ZStartListeningRound = z.object({ speakerMemberId: ZId });

function moveText(max: number) {
  return optionalText(max, "What you write");
}

export const ZListeningMove = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("perspective"), text: moveText(LISTENING_LIMITS.perspective) }),
    z.object({
      kind: z.literal("mirror"),
      text: moveText(LISTENING_LIMITS.mirror),
      summary: moveText(LISTENING_LIMITS.mirrorSummary),
    }),
    z.object({ kind: z.literal("confirm") }),
    z.object({ kind: z.literal("correct"), text: moveText(LISTENING_LIMITS.correction) }),
    z.object({ kind: z.literal("validation"), text: moveText(LISTENING_LIMITS.validation) }),
    z.object({ kind: z.literal("empathy"), text: moveText(LISTENING_LIMITS.empathy) }),
  ],
  { message: "Choose a move: perspective, mirror, confirm, correct, validation or empathy." },
);
export type TListeningMove = z.infer<typeof ZListeningMove>;

export const ZListeningMoveKind = z.enum([
  "perspective",
  "mirror",
  "confirm",
  "correct",
  "validation",
  "empathy",
]);
export const ZExpectedMove = z.enum([
  "perspective",
  "mirror",
  "confirm_or_correct",
  "validation",
  "empathy",
  "round_complete",
]);

export const ZListeningRound = z.object({
  id: z.string(),
  number: z.number(),
  speaker: ZPersonRef,
  listener: ZPersonRef,
  moves: z.array(
    z.object({
      id: z.string(),
      kind: ZListeningMoveKind,
      author: ZPersonRef,
      text: z.string().nullable(),
      summary: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type TListeningRound = z.infer<typeof ZListeningRound>;

export const ZListeningSession = z.object({
  id: z.string(),
  inPerson: z.boolean(),
  turnSeconds: z.number().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  rounds: z.array(ZListeningRound),
});
export type TListeningSession = z.infer<typeof ZListeningSession>;

export const ZListeningTurn = z.object({
  expected: ZExpectedMove,
  role: z.enum(["speaker", "listener", "either"]),
  /** Whose move it is; null when either may act. */
  member: ZPersonRef.nullable(),
  isMyTurn: z.boolean(),
  prompt: z.string(),
  turnStartedAt: z.string(),
  turnSeconds: z.number().nullable(),
  mirrorAttempts: z.number(),
});
export type TListeningTurn = z.infer<typeof ZListeningTurn>;

export const ZListeningView = z.object({
  state: ZStepState,
  otherHasJoined: z.boolean(),
  members: z.array(ZPersonRef),
  session: ZListeningSession.nullable(),
  turn: ZListeningTurn.nullable(),
  pastSessions: z.array(ZListeningSession),
});
export type TListeningView = z.infer<typeof ZListeningView>;
