// The sign-up and log-in forms. Used on their own pages and inline on the
// invite page, so each takes what to do once the person is in.
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { LIMITS, type TUser, ZLogIn, ZSignUp } from "../../../contracts/auth.ts";
import { authApi } from "../../api/endpoints.ts";
import { useSetUser } from "../../api/queries.ts";
import { Button } from "../../components/Button.tsx";
import { describeError, type FieldErrors, FormAlert, validate } from "../../components/forms.tsx";
import { TextField } from "../../components/TextField.tsx";
import "./auth.css";

export const PASSWORD_RULE = `At least ${LIMITS.passwordMin} characters. A short sentence you will remember works well.`;

type FormProps = { onDone: (user: TUser) => void; submitLabel?: string; idPrefix?: string };

export function SignUpForm({
  onDone,
  submitLabel = "Create my account",
  idPrefix = "signup",
}: FormProps) {
  const setUser = useSetUser();
  const [values, setValues] = useState({ displayName: "", email: "", password: "" });
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: authApi.signUp,
    onSuccess: (user) => {
      setUser(user);
      onDone(user);
    },
  });
  const server = describeError(mutation.error);
  const fields = { ...(server?.fields ?? {}), ...localErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(ZSignUp, values);
    if (!checked.ok) {
      setLocalErrors(checked.fields);
      mutation.reset();
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setLocalErrors({});
    mutation.mutate(checked.data);
  }

  const set = (key: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }));

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Sign up">
      <FormAlert message={server?.message ?? null} />
      <TextField
        id={`${idPrefix}-name`}
        label="Your name"
        name="displayName"
        hint="What the other person will see. A first name is enough."
        value={values.displayName}
        onChange={set("displayName")}
        maxLength={LIMITS.displayName}
        showCounter
        autoComplete="given-name"
        error={fields.displayName}
        required
      />
      <TextField
        id={`${idPrefix}-email`}
        label="Email"
        name="email"
        type="email"
        value={values.email}
        onChange={set("email")}
        maxLength={LIMITS.email}
        autoComplete="email"
        inputMode="email"
        error={fields.email}
        required
      />
      <TextField
        id={`${idPrefix}-password`}
        label="Password"
        name="password"
        type="password"
        hint={PASSWORD_RULE}
        value={values.password}
        onChange={set("password")}
        maxLength={LIMITS.passwordMax}
        autoComplete="new-password"
        error={fields.password}
        required
      />
      <div className="form__actions">
        <Button type="submit" busy={mutation.isPending} busyLabel="Creating your account…">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

export function LogInForm({ onDone, submitLabel = "Log in", idPrefix = "login" }: FormProps) {
  const setUser = useSetUser();
  const [values, setValues] = useState({ email: "", password: "" });
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: authApi.logIn,
    onSuccess: (user) => {
      setUser(user);
      onDone(user);
    },
  });
  const server = describeError(mutation.error);
  const fields = { ...(server?.fields ?? {}), ...localErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(ZLogIn, values);
    if (!checked.ok) {
      setLocalErrors(checked.fields);
      mutation.reset();
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setLocalErrors({});
    mutation.mutate(checked.data);
  }

  const set = (key: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }));

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Log in">
      <FormAlert message={server?.message ?? null} />
      <TextField
        id={`${idPrefix}-email`}
        label="Email"
        name="email"
        type="email"
        value={values.email}
        onChange={set("email")}
        maxLength={LIMITS.email}
        autoComplete="email"
        inputMode="email"
        error={fields.email}
        required
      />
      <TextField
        id={`${idPrefix}-password`}
        label="Password"
        name="password"
        type="password"
        value={values.password}
        onChange={set("password")}
        maxLength={LIMITS.passwordMax}
        autoComplete="current-password"
        error={fields.password}
        required
      />
      <div className="form__actions">
        <Button type="submit" busy={mutation.isPending} busyLabel="Logging in…">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** After a failed check, move focus to the first field that needs another look. */
export function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => {
    form.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  });
}
