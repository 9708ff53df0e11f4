import {
  ZChangePassword,
  ZCsrf,
  ZDeleteAccount,
  ZLogIn,
  ZMe,
  ZSignUp,
} from "../../../contracts/auth.ts";
import { ZOk } from "../../../contracts/common.ts";
import { endSession, startSession } from "../../auth/sessions.ts";
import { ensureCsrfToken } from "../../http/csrf.ts";
import { presentUser } from "../../presenters/user.ts";
import { type Deps, type MendApp, signedInUser } from "../../types.ts";
import { changePassword } from "../../use-cases/auth/change-password.ts";
import { deleteAccount } from "../../use-cases/auth/delete-account.ts";
import { logIn } from "../../use-cases/auth/log-in.ts";
import { signUp } from "../../use-cases/auth/sign-up.ts";

export function authRoutes(app: MendApp, { db, config }: Deps) {
  // Attempts to guess a password are slowed per address; the limit is configurable.
  const authRateLimit = { max: config.authRateLimit, timeWindow: "15 minutes" };

  app.get("/api/auth/csrf", {
    config: { access: { kind: "public" } },
    schema: { tags: ["auth"], response: { 200: ZCsrf } },
    handler: async (request, reply) => ({ token: ensureCsrfToken(request, reply, config) }),
  });

  app.get("/api/auth/me", {
    config: { access: { kind: "user" } },
    schema: { tags: ["auth"], response: { 200: ZMe } },
    handler: async (request) => ({ user: presentUser(signedInUser(request)) }),
  });

  app.post("/api/auth/signup", {
    config: { access: { kind: "public" }, rateLimit: authRateLimit },
    schema: { tags: ["auth"], body: ZSignUp, response: { 201: ZMe } },
    handler: async (request, reply) => {
      const user = await signUp({ db, input: request.body });
      await startSession(db, config, reply, user.id);
      return reply.status(201).send({ user: presentUser(user) });
    },
  });

  app.post("/api/auth/login", {
    config: { access: { kind: "public" }, rateLimit: authRateLimit },
    schema: { tags: ["auth"], body: ZLogIn, response: { 200: ZMe } },
    handler: async (request, reply) => {
      const user = await logIn({ db, input: request.body });
      await endSession(db, config, request, reply);
      await startSession(db, config, reply, user.id);
      return { user: presentUser(user) };
    },
  });

  app.post("/api/auth/logout", {
    config: { access: { kind: "public" } },
    schema: { tags: ["auth"], response: { 200: ZOk } },
    handler: async (request, reply) => {
      await endSession(db, config, request, reply);
      return { ok: true as const };
    },
  });

  app.post("/api/auth/password", {
    config: { access: { kind: "user" }, rateLimit: authRateLimit },
    schema: { tags: ["auth"], body: ZChangePassword, response: { 200: ZOk } },
    handler: async (request) => {
      const user = signedInUser(request);
      await changePassword({
        db,
        userId: user.id,
        sessionId: request.sessionId ?? "",
        input: request.body,
      });
      return { ok: true as const };
    },
  });

  app.post("/api/account/delete", {
    config: { access: { kind: "user" }, rateLimit: authRateLimit },
    schema: { tags: ["auth"], body: ZDeleteAccount, response: { 200: ZOk } },
    handler: async (request, reply) => {
      await deleteAccount({ db, userId: signedInUser(request).id, input: request.body });
      await endSession(db, config, request, reply);
      return { ok: true as const };
    },
  });
}
