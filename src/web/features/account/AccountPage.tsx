import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { LIMITS, ZChangePassword, ZDeleteAccount } from "../../../contracts/auth.ts";
import { authApi } from "../../api/endpoints.ts";
import { useMe } from "../../api/queries.ts";
import { Page } from "../../app/Page.tsx";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { Card } from "../../components/Card.tsx";
import {
  describeError,
  FormAlert,
  focusFirstInvalid,
  useCheckedForm,
  validate,
} from "../../components/forms.tsx";
import { TextField } from "../../components/TextField.tsx";
import { PASSWORD_RULE } from "../auth/AuthForms.tsx";
import "./account.css";

export function AccountPage() {
  const me = useMe();
  const user = me.data;
  if (!user) return null;
  return (
    <Page title="Your account" width="narrow">
      <Card title="About you" id="about">
        <dl className="details">
          <div>
            <dt>Name</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{user.email}</dd>
          </div>
        </dl>
      </Card>
      <ChangePassword />
      <LogOut />
      <DeleteAccount />
    </Page>
  );
}

function ChangePassword() {
  const { values, setValues, set, fields, serverMessage, mutation, submit } = useCheckedForm({
    schema: ZChangePassword,
    initial: { currentPassword: "", newPassword: "" },
    send: authApi.changePassword,
    onSuccess: () => setValues({ currentPassword: "", newPassword: "" }),
  });

  return (
    <Card title="Change your password" id="password">
      <form className="form" onSubmit={submit} noValidate aria-labelledby="password-heading">
        <FormAlert message={serverMessage} />
        {mutation.isSuccess ? (
          <Alert tone="success">
            <p>
              Your password is changed. Other devices you were logged in on have been logged out.
            </p>
          </Alert>
        ) : null}
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set("currentPassword")}
          maxLength={LIMITS.passwordMax}
          error={fields.currentPassword}
          required
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_RULE}
          value={values.newPassword}
          onChange={set("newPassword")}
          maxLength={LIMITS.passwordMax}
          error={fields.newPassword}
          required
        />
        <div className="form__actions">
          <Button type="submit" busy={mutation.isPending} busyLabel="Changing…">
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}

function LogOut() {
  const mutation = useMutation({
    mutationFn: authApi.logOut,
    // A full page load after leaving: nothing of the session stays in memory.
    onSuccess: () => window.location.assign("/"),
  });
  return (
    <Card title="Log out" id="logout">
      <p>On a shared phone or computer, log out when you are done.</p>
      <FormAlert message={describeError(mutation.error)?.message ?? null} />
      <Button variant="secondary" onClick={() => mutation.mutate()} busy={mutation.isPending}>
        Log out
      </Button>
    </Card>
  );
}

function DeleteAccount() {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [localError, setLocalError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: authApi.deleteAccount,
    // A full page load after leaving: nothing of the session stays in memory.
    onSuccess: () => window.location.assign("/"),
  });
  const server = describeError(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(ZDeleteAccount, { password });
    if (!checked.ok) {
      setLocalError(checked.fields.password);
      mutation.reset();
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setLocalError(undefined);
    mutation.mutate(checked.data);
  }

  return (
    <Card title="Delete your account" id="delete" className="card--muted">
      <p>If you need to step away for good, you can delete your account. Here is what happens:</p>
      <ul className="plain-list">
        <li>
          What you already sent to others stays with them, so their side of the story is kept.
        </li>
        <li>Your private drafts and notes are deleted.</li>
        <li>You leave every space you are in. A space you were alone in is deleted.</li>
      </ul>
      <p>This cannot be undone.</p>
      {open ? (
        <form className="form" onSubmit={submit} noValidate aria-label="Confirm account deletion">
          <FormAlert message={server?.message ?? null} />
          <TextField
            label="Your password, to confirm"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            maxLength={LIMITS.passwordMax}
            error={localError ?? server?.fields.password}
            autoFocus
            required
          />
          <div className="form__actions">
            <Button type="submit" variant="danger" busy={mutation.isPending} busyLabel="Deleting…">
              Delete my account
            </Button>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Keep my account
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Delete my account…
        </Button>
      )}
    </Card>
  );
}
