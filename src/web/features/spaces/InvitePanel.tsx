import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import type { TCreatedInvite } from "../../../contracts/invites.ts";
import { invitesApi } from "../../api/endpoints.ts";
import { keys } from "../../api/queries.ts";
import { formatDateTime, SIDE_AS } from "../../app/labels.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { Card } from "../../components/Card.tsx";
import { describeError, FormAlert } from "../../components/forms.tsx";

/** While the space has one member: make, copy and withdraw the invite link. */
export function InvitePanel({ spaceId }: { spaceId: string }) {
  const client = useQueryClient();
  const invites = useQuery({
    queryKey: keys.invites(spaceId),
    queryFn: () => invitesApi.list(spaceId),
  });
  const [created, setCreated] = useState<TCreatedInvite | null>(null);
  const create = useMutation({
    mutationFn: () => invitesApi.create(spaceId),
    onSuccess: (result) => {
      setCreated(result);
      client.invalidateQueries({ queryKey: keys.invites(spaceId) });
    },
  });
  const revoke = useMutation({
    mutationFn: (inviteId: string) => invitesApi.revoke(spaceId, inviteId),
    onSuccess: (_ok, inviteId) => {
      if (created?.invite.id === inviteId) setCreated(null);
      client.invalidateQueries({ queryKey: keys.invites(spaceId) });
    },
  });
  const error = describeError(create.error ?? revoke.error ?? invites.error);
  const open = invites.data ?? [];
  const older = open.filter((invite) => invite.id !== created?.invite.id);

  return (
    <Card title="Invite the other person" id="invite" className="card--accent">
      <p>
        Mend works when you are both here. Make a private link and send it to them in the way you
        usually talk: a message, an email.
      </p>
      <p className="muted small">
        Each link works once, for one person, and expires after 7 days. You can withdraw it at any
        time.
      </p>
      <FormAlert message={error?.message ?? null} />
      {created ? (
        <CreatedLink
          created={created}
          onRevoke={() => revoke.mutate(created.invite.id)}
          revoking={revoke.isPending}
        />
      ) : (
        <Button onClick={() => create.mutate()} busy={create.isPending} busyLabel="Making a link…">
          Make an invite link
        </Button>
      )}
      {older.length > 0 ? (
        <div className="invite-older">
          <h3 className="small-heading">Links you made earlier</h3>
          <p className="muted small">
            For your privacy a link is shown only once. If you lost one, withdraw it and make a new
            one.
          </p>
          <ul className="plain-list invite-older__list">
            {older.map((invite) => (
              <li key={invite.id}>
                <span>
                  Made {formatDateTime(invite.createdAt)}, expires{" "}
                  {formatDateTime(invite.expiresAt)}
                </span>
                <Button
                  variant="quiet"
                  onClick={() => revoke.mutate(invite.id)}
                  busy={revoke.isPending && revoke.variables === invite.id}
                  aria-label={`Withdraw the link made ${formatDateTime(invite.createdAt)}`}
                >
                  Withdraw
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

function CreatedLink({
  created,
  onRevoke,
  revoking,
}: {
  created: TCreatedInvite;
  onRevoke: () => void;
  revoking: boolean;
}) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "select" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied("yes");
    } catch {
      // No clipboard access: select the text so the person can copy it themselves.
      inputRef.current?.select();
      setCopied("select");
    }
  }

  return (
    <div className="invite-link">
      <label htmlFor={inputId} className="field__label">
        Your invite link
      </label>
      <p className="field__hint" id={`${inputId}-hint`}>
        They will join as {SIDE_AS[created.invite.side]}. Expires{" "}
        {formatDateTime(created.invite.expiresAt)}.
      </p>
      <div className="invite-link__row">
        <input
          ref={inputRef}
          id={inputId}
          className="field__input invite-link__input"
          readOnly
          value={created.url}
          aria-describedby={`${inputId}-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button onClick={copy}>Copy link</Button>
      </div>
      <div aria-live="polite" className="invite-link__status">
        {copied === "yes" ? (
          <Alert tone="success" live={false}>
            <p>Copied. Paste it into a message to them.</p>
          </Alert>
        ) : copied === "select" ? (
          <p className="small">The link is selected: copy it with your device’s copy command.</p>
        ) : null}
      </div>
      <Button variant="quiet" onClick={onRevoke} busy={revoking} busyLabel="Withdrawing…">
        Withdraw this link
      </Button>
    </div>
  );
}
