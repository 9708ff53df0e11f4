import { Suspense } from "react";
import { Link, useParams } from "react-router";
import { useSpaceHome } from "../../api/queries.ts";
import { BackLink, LoadError, Loading, Page } from "../../app/Page.tsx";
import { StateBadge } from "../../components/StateBadge.tsx";
import { ComingSoonStep } from "./ComingSoonStep.tsx";
import { STEP_COMPONENTS } from "./stepComponents.ts";
import { YourTurnBadge } from "./YourTurnBadge.tsx";
import "./steps.css";

/** /spaces/:spaceId/steps/:stepId — finds the step and hands it to its component. */
export function StepPage() {
  const { spaceId = "", stepId = "" } = useParams();
  const home = useSpaceHome(spaceId);
  if (home.isPending) return <Loading />;
  if (home.isError) return <LoadError error={home.error} title="This step could not be opened" />;
  const step = home.data.path.find((s) => s.id === stepId);
  if (!step) {
    return (
      <Page title="There is no such step" width="narrow">
        <p>
          <Link to={`/spaces/${spaceId}`}>Back to {home.data.space.title}</Link>
        </p>
      </Page>
    );
  }
  const View = (step.available ? STEP_COMPONENTS[step.id] : undefined) ?? ComingSoonStep;
  return (
    <Page
      title={step.title}
      documentTitle={`Step ${step.number}: ${step.title}`}
      before={<BackLink to={`/spaces/${spaceId}`}>{home.data.space.title}</BackLink>}
      lead={
        <>
          <p className="step-kicker">
            Step {step.number} of {home.data.path.length} <StateBadge state={step.state} />
            <YourTurnBadge home={home.data} stepId={step.id} />
          </p>
          <p>{step.summary}</p>
        </>
      }
    >
      <div className="step-body">
        <Suspense fallback={<Loading />}>
          <View home={home.data} step={step} />
        </Suspense>
      </div>
    </Page>
  );
}
