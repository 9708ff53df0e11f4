// Which component shows each step. A step's feature replaces its entry here;
// until then (or while the server says the step is not available) the page
// shows ComingSoonStep.
import { type ComponentType, lazy } from "react";
import type { TPathStep, TSpaceHome } from "../../../contracts/spaces.ts";
import type { StepId } from "../../../domain/spaces/path.ts";

export type StepViewProps = { home: TSpaceHome; step: TPathStep };

/**
 * Step components, by step id. Each loads lazily so one step's code does not
 * slow the others.
 */
export const STEP_COMPONENTS: Partial<Record<StepId, ComponentType<StepViewProps>>> = {
  acknowledge: lazy(() =>
    import("../acknowledge/AcknowledgeStep.tsx").then((m) => ({ default: m.AcknowledgeStep })),
  ),
  responsibility: lazy(() =>
    import("../apology/ResponsibilityStep.tsx").then((m) => ({ default: m.ResponsibilityStep })),
  ),
  apologise: lazy(() =>
    import("../apology/ApologiseStep.tsx").then((m) => ({ default: m.ApologiseStep })),
  ),
  listen: lazy(() =>
    import("../listening/ListenStep.tsx").then((m) => ({ default: m.ListenStep })),
  ),
};
