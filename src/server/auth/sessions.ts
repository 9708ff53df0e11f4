// Server-side sessions: the cookie holds a random token, the database its hash.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.ts";
import {
  deleteSession,
  extendSession,
  findLiveSession,
  insertSession,
} from "../../db/repositories/sessions.ts";
import type { Database } from "../../db/schema.ts";
import type { Config } from "../config.ts";
import { hashToken, newToken } from "./tokens.ts";

export const SESSION_COOKIE = "mend_session";
const DAY_MS = 24 * 60 * 60 * 1000;

export type CurrentUser = { id: string; email: string; displayName: string };

export async function startSession(
  db: Kysely<Database>,
  config: Config,
  reply: FastifyReply,
  userId: string,
): Promise<string> {
  const token = newToken();
  const now = new Date();
  const sessionId = hashToken(token);
  await insertSession(db, {
    id: sessionId,
    user_id: userId,
    created_at: nowIso(now),
    expires_at: nowIso(new Date(now.getTime() + config.sessionDays * DAY_MS)),
  });
  setSessionCookie(reply, config, token);
  return sessionId;
}

export async function endSession(
  db: Kysely<Database>,
  config: Config,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  if (request.sessionId) await deleteSession(db, request.sessionId);
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}

/** Reads the session cookie; renews a session past half its life so active people stay in. */
export async function loadSession(
  db: Kysely<Database>,
  config: Config,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  request.user = null;
  request.sessionId = null;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const now = new Date();
  const session = await findLiveSession(db, hashToken(token), nowIso(now));
  if (!session) {
    reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
    return;
  }
  request.sessionId = session.sessionId;
  request.user = { id: session.userId, email: session.email, displayName: session.displayName };
  const lifetime = config.sessionDays * DAY_MS;
  if (Date.parse(session.expiresAt) - now.getTime() < lifetime / 2) {
    await extendSession(db, session.sessionId, nowIso(new Date(now.getTime() + lifetime)));
    setSessionCookie(reply, config, token);
  }
}

function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    ...cookieOptions(config),
    maxAge: config.sessionDays * 24 * 60 * 60,
  });
}

function cookieOptions(config: Config) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.secureCookies,
  };
}
