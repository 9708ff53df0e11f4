// Which component shows each step. A step's feature replaces its entry here;
// until then (or while the server says the step is not available) the page
// shows ComingSoonStep.
import type { ComponentType } from "react";
import type { TPathStep, TSpaceHome } from "../../../contracts/spaces.ts";
import type { StepId } from "../../../domain/spaces/path.ts";

export type StepViewProps = { home: TSpaceHome; step: TPathStep };

/**
 * Step components, by step id. Load each lazily so one step's code does not
 * slow the others, e.g.:
 *   acknowledge: lazy(() => import("../acknowledge/AcknowledgeStep.tsx")
 *     .then((m) => ({ default: m.AcknowledgeStep }))),
 */
export const STEP_COMPONENTS: Partial<Record<StepId, ComponentType<StepViewProps>>> = {};
