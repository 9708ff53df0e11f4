import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { AccessRule, SpaceAccess } from "./access/require-access.ts";
import type { CurrentUser } from "./auth/sessions.ts";
import type { Config } from "./config.ts";

export type MendApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type Deps = { db: Kysely<Database>; config: Config };

/** What the app knows of each API route, for the suites that walk them all. */
export type ApiRoute = { method: string; url: string; access: AccessRule; hasBody: boolean };

declare module "fastify" {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
  interface FastifyRequest {
    user: CurrentUser | null;
    sessionId: string | null;
    access: SpaceAccess | null;
  }
  interface FastifyContextConfig {
    access?: AccessRule;
  }
}

/** The space access the route's rule granted; only called in space routes. */
export function spaceAccess(request: { access: SpaceAccess | null }): SpaceAccess {
  if (!request.access) throw new Error("spaceAccess() called in a route without a space rule");
  return request.access;
}

export function signedInUser(request: { user: CurrentUser | null }): CurrentUser {
  if (!request.user) throw new Error("signedInUser() called in a route without a user rule");
  return request.user;
}
