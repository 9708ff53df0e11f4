import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { isApiError } from "../../api/client.ts";
import { invitesApi } from "../../api/endpoints.ts";
import { keys, useMe } from "../../api/queries.ts";
import { formatDateTime, KIND_ABOUT, SIDE_AS } from "../../app/labels.ts";
import { Loading, Page } from "../../app/Page.tsx";
import { Alert } from "../../components/Alert.tsx";
import { Button, ButtonLink } from "../../components/Button.tsx";
import { Card } from "../../components/Card.tsx";
import { describeError, FormAlert } from "../../components/forms.tsx";
import { LogInForm, SignUpForm } from "../auth/AuthForms.tsx";
import "./join.css";

export function JoinPage() {
  const { token = "" } = useParams();
  const me = useMe();
  // One join for the page: a guest who signs up is a user by the time it answers.
  const accept = useAccept(token);
  const preview = useQuery({
    queryKey: keys.invitePreview(token),
    queryFn: () => invitesApi.preview(token),
    retry: false,
  });
  if (preview.isPending || me.isPending) return <Loading />;
  if (accept.isPending || accept.isSuccess) return <Loading label="Joining the space…" />;
  if (preview.isError) return <UnusableInvite error={preview.error} signedIn={Boolean(me.data)} />;
  const invite = preview.data;
  return (
    <Page
      title={`${invite.invitedBy} invited you to “${invite.spaceTitle}”`}
      documentTitle="You are invited"
      width="narrow"
      lead={
        <p>
          {invite.invitedBy} would like to work on rebuilding trust {KIND_ABOUT[invite.kind]}, with
          you, in Mend. You would join as {SIDE_AS[invite.yourSide]}.
        </p>
      }
    >
      <Card>
        <p>
          Mend is a private space for the two of you. It walks you through nine gentle steps, and
          nothing you write reaches {invite.invitedBy} until you choose to send it. You can leave at
          any time.
        </p>
        <p className="muted small">
          This invitation is valid until {formatDateTime(invite.expiresAt)}.
        </p>
      </Card>
      {me.data ? (
        <JoinAsUser accept={accept} name={me.data.displayName} />
      ) : (
        <JoinAsGuest onIn={() => accept.mutate()} />
      )}
    </Page>
  );
}

function useAccept(token: string) {
  const navigate = useNavigate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => invitesApi.accept(token),
    onSuccess: ({ spaceId }) => {
      client.invalidateQueries({ queryKey: keys.spaces });
      navigate(`/spaces/${spaceId}`);
    },
  });
}

function JoinAsUser({ accept, name }: { accept: ReturnType<typeof useAccept>; name: string }) {
  return (
    <section aria-labelledby="join-heading" className="join-section">
      <h2 id="join-heading">Ready when you are</h2>
      <p>You are logged in as {name}.</p>
      <FormAlert message={describeError(accept.error)?.message ?? null} />
      <div className="form__actions">
        <Button onClick={() => accept.mutate()} busy={accept.isPending} busyLabel="Joining…">
          Join the space
        </Button>
        <ButtonLink to="/spaces" variant="quiet">
          Not now
        </ButtonLink>
      </div>
    </section>
  );
}

function JoinAsGuest({ onIn }: { onIn: () => void }) {
  const [mode, setMode] = useState<"signup" | "login">("signup");
  return (
    <section aria-labelledby="join-heading" className="join-section">
      <h2 id="join-heading">
        {mode === "signup" ? "Create an account to join" : "Log in to join"}
      </h2>
      <p className="muted">
        {mode === "signup"
          ? "You will join the space as soon as your account is made."
          : "You will join the space as soon as you are logged in."}
      </p>
      <Card>
        {mode === "signup" ? (
          <SignUpForm idPrefix="join-signup" submitLabel="Create account and join" onDone={onIn} />
        ) : (
          <LogInForm idPrefix="join-login" submitLabel="Log in and join" onDone={onIn} />
        )}
      </Card>
      <p className="auth-switch">
        {mode === "signup" ? "Already have an account? " : "New to Mend? "}
        <button
          type="button"
          className="link-button"
          onClick={() => setMode(mode === "signup" ? "login" : "signup")}
        >
          {mode === "signup" ? "Log in instead" : "Create an account instead"}
        </button>
      </p>
    </section>
  );
}

function UnusableInvite({ error, signedIn }: { error: unknown; signedIn: boolean }) {
  const gone = isApiError(error) && error.status === 410;
  const missing = isApiError(error) && (error.status === 404 || error.status === 400);
  const message = gone
    ? (describeError(error)?.message ?? "This invite link can no longer be used.")
    : missing
      ? "We could not find this invitation. The link may be incomplete: check that it was copied whole."
      : (describeError(error)?.message ?? "Something went wrong. Please try again.");
  return (
    <Page title="This invite link cannot be used" documentTitle="Invite link" width="narrow">
      <Alert tone="info">
        <p>{message}</p>
      </Alert>
      <p>
        That is all right: nothing has gone wrong on your side. If you still want to join, ask the
        person who invited you to make a new link for you.
      </p>
      <p>
        {signedIn ? (
          <Link to="/spaces">Go to your spaces</Link>
        ) : (
          <Link to="/">Learn about Mend</Link>
        )}
      </p>
    </Page>
  );
}
