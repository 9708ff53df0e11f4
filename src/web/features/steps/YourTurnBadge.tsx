import type { TSpaceHome } from "../../../contracts/spaces.ts";
import "./yourTurn.css";

/** Whether a step waits for something from the viewer (the home's `awaiting`). */
export function isMyTurn(home: TSpaceHome, stepId: string): boolean {
  return home.awaiting.some((item) => item.step === stepId);
}

/** "Your turn", in words (the colour only repeats it). */
export function YourTurnBadge() {
  return (
    <span className="badge badge--your-turn">
      <span aria-hidden="true" className="badge__arrow">
        →
      </span>
      Your turn
    </span>
  );
}
