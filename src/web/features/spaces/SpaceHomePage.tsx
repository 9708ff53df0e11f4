import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { TMember, TSpaceHome } from "../../../contracts/spaces.ts";
import { spacesApi } from "../../api/endpoints.ts";
import { keys, useLiveSpaceHome } from "../../api/queries.ts";
import { KIND_ABOUT, SIDE_ABOUT } from "../../app/labels.ts";
import { BackLink, LoadError, Loading, Page } from "../../app/Page.tsx";
import { Button } from "../../components/Button.tsx";
import { Card } from "../../components/Card.tsx";
import { describeError, FormAlert } from "../../components/forms.tsx";
import { StateBadge } from "../../components/StateBadge.tsx";
import { YourTurnBadge } from "../steps/YourTurnBadge.tsx";
import { InvitePanel } from "./InvitePanel.tsx";
import "./spaces.css";

export function SpaceHomePage() {
  const { spaceId = "" } = useParams();
  const home = useLiveSpaceHome(spaceId);
  if (home.isPending) return <Loading />;
  if (home.isError) return <LoadError error={home.error} title="This space could not be opened" />;
  const { space, members, waitingForOther, path } = home.data;
  return (
    <Page
      title={space.title}
      before={<BackLink to="/spaces">Your spaces</BackLink>}
      lead={<p>A space for rebuilding trust {KIND_ABOUT[space.kind]}.</p>}
    >
      <div className="space-home">
        <div className="space-home__side">
          <Members members={members} waiting={waitingForOther} />
          {waitingForOther ? <InvitePanel spaceId={space.id} /> : null}
        </div>
        <div className="space-home__main">
          <Path spaceId={space.id} path={path} home={home.data} />
          <Card title="What has happened so far" id="timeline">
            <p>A record of the moments in this space: who joined, what was sent and agreed.</p>
            <Link to={`/spaces/${space.id}/timeline`}>See the timeline</Link>
          </Card>
          <LeaveSpace spaceId={space.id} alone={members.length < 2} />
        </div>
      </div>
    </Page>
  );
}

function Members({ members, waiting }: { members: TMember[]; waiting: boolean }) {
  return (
    <Card title="Who is here" id="members">
      <ul className="members">
        {members.map((member) => (
          <li key={member.id} className="member">
            <span className="member__avatar" aria-hidden="true">
              {member.displayName.slice(0, 1).toUpperCase()}
            </span>
            <span>
              <span className="member__name">
                {member.displayName}
                {member.isMe ? " (you)" : ""}
              </span>
              <span className="member__side">
                {member.role === "counsellor"
                  ? "counsellor"
                  : member.side
                    ? SIDE_ABOUT[member.side]
                    : ""}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {waiting ? <p className="muted small">Waiting for the other person to join.</p> : null}
    </Card>
  );
}

function Path({
  spaceId,
  path,
  home,
}: {
  spaceId: string;
  path: TSpaceHome["path"];
  home: TSpaceHome;
}) {
  return (
    <section aria-labelledby="path-heading" className="path">
      <h2 id="path-heading">Your path</h2>
      <p className="muted">Nine steps, in order. Take them at the pace the hurt person needs.</p>
      <ol className="path__list">
        {path.map((step) => (
          <li key={step.id}>
            <Link className="path__step" to={`/spaces/${spaceId}/steps/${step.id}`}>
              <span className="path__number" aria-hidden="true">
                {step.number}
              </span>
              <span className="path__body">
                <span className="path__title">
                  <span className="visually-hidden">Step {step.number}: </span>
                  {step.title}
                </span>
                <span className="path__summary">{step.summary}</span>
                <span className="path__meta">
                  <StateBadge state={step.state} />
                  <YourTurnBadge home={home} stepId={step.id} />
                  {step.available ? null : <span className="path__soon">Coming soon</span>}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

function LeaveSpace({ spaceId, alone }: { spaceId: string; alone: boolean }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => spacesApi.leave(spaceId),
    onSuccess: () => {
      client.removeQueries({ queryKey: keys.space(spaceId) });
      client.invalidateQueries({ queryKey: keys.spaces, exact: true });
      navigate("/spaces");
    },
  });
  return (
    <Card title="Leave this space" id="leave" className="card--muted">
      {confirming ? (
        <div className="confirm">
          <p id="leave-confirm">
            <strong>Are you sure you want to leave?</strong>
          </p>
          <p>
            What you already sent stays for the other person. Your private drafts are deleted, and
            you cannot come back without a new invite.
            {alone ? " You are the only one here, so the space will be deleted." : ""}
          </p>
          <FormAlert message={describeError(mutation.error)?.message ?? null} />
          <div className="form__actions">
            <Button
              variant="danger"
              onClick={() => mutation.mutate()}
              busy={mutation.isPending}
              busyLabel="Leaving…"
            >
              Yes, leave the space
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              Stay
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p>If this is not the right time, or not the right space, you can leave it.</p>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Leave this space…
          </Button>
        </>
      )}
    </Card>
  );
}
