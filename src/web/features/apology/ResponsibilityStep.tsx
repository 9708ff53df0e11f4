// Step 2: owning the choice. It explains what taking responsibility means,
// shows the responsibility part of every sent apology and the amends the hurt
// person asked for ("What would help me is …"), and leads to the builder.
import { useApology, useLiveSpaceHome } from "../../api/queries.ts";
import { ButtonLink } from "../../components/Button.tsx";
import { NameOf, StatusNote, StepQueryFallback, When, Words } from "../acknowledge/stepKit.tsx";
import type { StepViewProps } from "../steps/stepComponents.ts";
import "./apology.css";

export function ResponsibilityStep({ home }: StepViewProps) {
  const spaceId = home.space.id;
  const query = useApology(spaceId);
  useLiveSpaceHome(spaceId);
  if (query.isPending || query.isError) return <StepQueryFallback query={query} />;
  const view = query.data;
  const builder = `/spaces/${spaceId}/steps/apologise`;
  const owned = view.threads.flatMap((thread) =>
    [...thread.apologies].reverse().map((apology) => ({ thread, apology })),
  );
  const mine = view.threads.find((t) => t.writer.isMe);
  const mayWrite =
    !mine ||
    mine.status === "not_sent" ||
    mine.status === "not_sincere" ||
    mine.status === "would_help";
  const writeLabel = !mayWrite
    ? "See your apology"
    : mine && mine.status !== "not_sent"
      ? "Write a new apology"
      : "Write your apology";
  const writers = view.threads.filter((t) => !t.writer.isMe).map((t) => t.writer.displayName);

  return (
    <div className="flow">
      <section className="flow-section" aria-labelledby="owning-heading">
        <h2 id="owning-heading">Owning the choice</h2>
        <p>
          Taking responsibility means saying what you did and that it was your choice: no excuses,
          and no sharing out the blame. Circumstances may explain how it came about, but they did
          not make the choice.
        </p>
        <p>
          It goes with two promises you can keep: making amends for the harm, and changing what led
          to it. Both belong in the apology, in its “responsibility”, “change” and “repair” parts.
        </p>
        {view.iWrite ? (
          <div className="form__actions">
            <ButtonLink to={builder} variant={mayWrite ? "primary" : "secondary"}>
              {writeLabel}
            </ButtonLink>
          </div>
        ) : (
          <>
            <p className="muted">
              This step belongs to {writers.length > 0 ? writers.join(" and ") : "the other person"}
              . Nothing here is asked of you.
            </p>
            <div className="form__actions">
              <ButtonLink to={builder} variant="secondary">
                See the apology step
              </ButtonLink>
            </div>
          </>
        )}
      </section>

      <section className="flow-section" aria-labelledby="owned-heading">
        <h2 id="owned-heading">In their own words</h2>
        <p className="flow-section__intro">
          The responsibility part of each apology sent, newest first.
        </p>
        {owned.length === 0 ? (
          <StatusNote>
            <p>Nothing here yet. It appears once an apology is sent.</p>
          </StatusNote>
        ) : (
          <ul className="plain-list owned-list">
            {owned.map(({ thread, apology }) => (
              <li key={apology.id} className="letter">
                <p className="letter__meta">
                  {NameOf(thread.writer)}, in apology {apology.number},{" "}
                  <When iso={apology.sentAt} prefix="sent" />
                </p>
                <Words text={apology.parts.responsibility} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="flow-section" aria-labelledby="amends-heading">
        <h2 id="amends-heading">What would help</h2>
        <p className="flow-section__intro">
          What was asked for in answer to an apology. They are kept here until you agree on them
          together as commitments, in a later step.
        </p>
        {view.amendsRequests.length === 0 ? (
          <StatusNote>
            <p>Nothing has been asked for yet.</p>
          </StatusNote>
        ) : (
          <ul className="plain-list amends-list">
            {view.amendsRequests.map((request) => (
              <li key={request.id} className="letter">
                <p className="letter__meta">
                  {NameOf(request.requestedBy)}, <When iso={request.createdAt} />
                </p>
                <p className="words">
                  <span className="amends__lead">What would help me is </span>
                  {request.text}
                </p>
                <p className="letter__meta">
                  {request.status === "open"
                    ? "Kept until it becomes a commitment you agree on."
                    : "Now a commitment."}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
