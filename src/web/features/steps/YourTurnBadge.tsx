import type { TSpaceHome } from "../../../contracts/spaces.ts";
import "./yourTurn.css";

/** What a step waits for from the viewer (the home's `awaiting`), if anything. */
export function awaitedMoves(home: TSpaceHome, stepId: string): string[] {
  return home.awaiting.filter((item) => item.step === stepId).map((item) => item.move);
}

/**
 * "Your turn", in words (the colour only repeats it). When all the step
 * waits for is the hurt person's answer, it only says something new is there:
 * they answer when they are ready, and the badge must not press them.
 */
export function YourTurnBadge({ home, stepId }: { home: TSpaceHome; stepId: string }) {
  const moves = awaitedMoves(home, stepId);
  if (moves.length === 0) return null;
  const onlyAnswers = moves.every((move) => move.startsWith("answer_"));
  return (
    <span className={onlyAnswers ? "badge badge--new" : "badge badge--your-turn"}>
      <span aria-hidden="true" className="badge__arrow">
        {onlyAnswers ? "•" : "→"}
      </span>
      {onlyAnswers ? "New for you" : "Your turn"}
    </span>
  );
}
