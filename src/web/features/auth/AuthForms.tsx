import { LIMITS, type TUser, ZLogIn, ZSignUp } from "../../../contracts/auth.ts";
import { authApi } from "../../api/endpoints.ts";
import { useSetUser } from "../../api/queries.ts";
import { Button } from "../../components/Button.tsx";
import { FormAlert, useCheckedForm } from "../../components/forms.tsx";
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
  const { values, set, fields, serverMessage, mutation, submit } = useCheckedForm({
    schema: ZSignUp,
    initial: { displayName: "", email: "", password: "" },
    send: authApi.signUp,
    onSuccess: (user) => {
      setUser(user);
      onDone(user);
    },
  });

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Sign up">
      <FormAlert message={serverMessage} />
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
  const { values, set, fields, serverMessage, mutation, submit } = useCheckedForm({
    schema: ZLogIn,
    initial: { email: "", password: "" },
    send: authApi.logIn,
    onSuccess: (user) => {
      setUser(user);
      onDone(user);
    },
  });

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Log in">
      <FormAlert message={serverMessage} />
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
