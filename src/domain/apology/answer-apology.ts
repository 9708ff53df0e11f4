import { cleanTexts, requireMember, type SpaceMember } from "../acknowledgement/shared.ts";
import { AppError } from "../errors.ts";
import { setsThePace } from "../spaces/sides.ts";
import {
  type AmendsRequest,
  APOLOGY_LIMITS,
  type Apology,
  type ApologyAnswer,
  type ApologyEvent,
  finalAnswer,
  latestApology,
} from "./apology.ts";
import { apologiseStepState } from "./step-state.ts";

/** "I accept this apology", "I'm not ready yet" (no reason asked), "this doesn't feel sincere yet, because …", "what would help me is …". */
export type ApologyAnswerInput =
  | { kind: "accept" }
  | { kind: "not_ready" }
  | { kind: "not_sincere"; because: string }
  | { kind: "would_help"; whatWouldHelp: string };

export type AnswerApologyInput = {
  members: readonly SpaceMember[];
  actorMemberId: string;
  /** All sent apologies of the space (with their answers). */
  apologies: readonly Apology[];
  apologyId: string;
  answer: ApologyAnswerInput;
  /** Id for the new answer. */
  answerId: string;
  /** Id for the amends request (used only for "what would help me is …"). */
  amendsRequestId: string;
  now: string;
};

export type AnswerApologyResult = {
  /** Append it to the apology's answers. */
  answer: ApologyAnswer;
  /** A new amends request for "what would help me is …", else null. */
  amendsRequest: AmendsRequest | null;
  /** `apology.answered`, then `amends.requested` or `step.completed` (step "apologise"). */
  events: ApologyEvent[];
};

/**
 * The hurt member answers an apology written to them, when they are ready.
 * "Not ready yet" keeps it open (and may later become a final answer); the
 * other answers are final.
 */
export function answerApology(input: AnswerApologyInput): AnswerApologyResult {
  const actor = requireMember(input.members, input.actorMemberId);
  if (!setsThePace(actor.side)) {
    throw new AppError("forbidden", "In this space, apologies are answered by the other member.");
  }
  const apology = input.apologies.find((a) => a.id === input.apologyId);
  if (!apology) throw new AppError("not_found", "That apology does not exist.");
  if (apology.readerMemberId !== actor.memberId) {
    throw new AppError("forbidden", "You can answer only an apology written to you.");
  }
  if (finalAnswer(apology)) {
    throw new AppError("conflict", "You have already answered this apology.");
  }
  if (latestApology(input.apologies, apology)?.id !== apology.id) {
    throw new AppError("conflict", "A newer apology has been sent. Read it before answering.");
  }
  const { kind } = input.answer;
  if (kind === "not_ready" && apology.answers.some((a) => a.kind === "not_ready")) {
    throw new AppError(
      "conflict",
      "You have already said you are not ready yet. Nothing will remind you: answer whenever you are ready.",
    );
  }
  const cleaned = cleanTexts({
    because: {
      value: input.answer.kind === "not_sincere" ? input.answer.because : null,
      required: kind === "not_sincere",
      max: APOLOGY_LIMITS.notSincereBecause,
      requiredMessage: "Say what keeps it from feeling sincere, so it can be said better.",
    },
    whatWouldHelp: {
      value: input.answer.kind === "would_help" ? input.answer.whatWouldHelp : null,
      required: kind === "would_help",
      max: APOLOGY_LIMITS.whatWouldHelp,
      requiredMessage: "Say what would help you.",
    },
  });
  const answer: ApologyAnswer = {
    id: input.answerId,
    apologyId: apology.id,
    readerMemberId: actor.memberId,
    kind,
    text: cleaned.because ?? cleaned.whatWouldHelp,
    answeredAt: input.now,
  };
  const events: ApologyEvent[] = [
    {
      type: "apology.answered",
      actorMemberId: actor.memberId,
      payload: {
        apologyId: apology.id,
        number: apology.number,
        writerMemberId: apology.writerMemberId,
        answer: kind,
      },
    },
  ];
  let amendsRequest: AmendsRequest | null = null;
  if (kind === "would_help" && cleaned.whatWouldHelp !== null) {
    amendsRequest = {
      id: input.amendsRequestId,
      apologyId: apology.id,
      answerId: answer.id,
      requestedByMemberId: actor.memberId,
      addressedToMemberId: apology.writerMemberId,
      text: cleaned.whatWouldHelp,
      status: "open",
      commitmentId: null,
      createdAt: input.now,
      committedAt: null,
    };
    events.push({
      type: "amends.requested",
      actorMemberId: actor.memberId,
      payload: {
        amendsRequestId: amendsRequest.id,
        apologyId: apology.id,
        addressedToMemberId: apology.writerMemberId,
      },
    });
  }
  if (kind === "accept") {
    const after = input.apologies.map((a) =>
      a.id === apology.id ? { ...a, answers: [...a.answers, answer] } : a,
    );
    if (apologiseStepState({ members: input.members, apologies: after }) === "done") {
      events.push({
        type: "step.completed",
        actorMemberId: actor.memberId,
        payload: { step: "apologise" },
      });
    }
  }
  return { answer, amendsRequest, events };
}
