import { z } from "zod";
import { boundedText } from "./common.ts";

export const LIMITS = {
  email: 254,
  displayName: 60,
  passwordMin: 10,
  passwordMax: 200,
} as const;

const ZEmail = z
  .string({ message: "Email must be text." })
  .trim()
  .toLowerCase()
  .max(LIMITS.email, { message: `Email can be at most ${LIMITS.email} characters.` })
  .pipe(z.email({ message: "Enter a valid email address." }));

const ZNewPassword = z
  .string({ message: "Password must be text." })
  .min(LIMITS.passwordMin, { message: `Use at least ${LIMITS.passwordMin} characters.` })
  .max(LIMITS.passwordMax, { message: `Use at most ${LIMITS.passwordMax} characters.` });

const ZAnyPassword = z
  .string({ message: "Password must be text." })
  .min(1, { message: "Password is required." })
  .max(LIMITS.passwordMax, { message: `Use at most ${LIMITS.passwordMax} characters.` });

export const ZSignUp = z.object({
  email: ZEmail,
  displayName: boundedText(LIMITS.displayName, "Name"),
  password: ZNewPassword,
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZLogIn = z.object({ email: ZEmail, password: ZAnyPassword });
export type TLogIn = z.infer<typeof ZLogIn>;

export const ZChangePassword = z.object({
  currentPassword: ZAnyPassword,
  newPassword: ZNewPassword,
});
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const ZDeleteAccount = z.object({ password: ZAnyPassword });
export type TDeleteAccount = z.infer<typeof ZDeleteAccount>;

export const ZUser = z.object({ id: z.string(), email: z.string(), displayName: z.string() });
export type TUser = z.infer<typeof ZUser>;

export const ZMe = z.object({ user: ZUser });
export const ZCsrf = z.object({ token: z.string() });
