// Double-submit CSRF protection: a state-changing API request must echo the
// CSRF cookie in a header. Another site can make the browser send our cookies,
// but cannot read them to copy into a header. A foreign Origin is refused too.
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../domain/errors.ts";
import { newToken, sameToken } from "../auth/tokens.ts";
import type { Config } from "../config.ts";

export const CSRF_COOKIE = "mend_csrf";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Returns the CSRF token, setting the cookie when the browser has none yet. */
export function ensureCsrfToken(request: FastifyRequest, reply: FastifyReply, config: Config) {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = newToken();
  reply.setCookie(CSRF_COOKIE, token, {
    path: "/",
    httpOnly: false,
    sameSite: "strict",
    secure: config.secureCookies,
  });
  return token;
}

export function checkCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin && origin !== "null") {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError("forbidden", "This request came from another site and was refused.");
    }
    if (originHost !== request.headers.host) {
      throw new AppError("forbidden", "This request came from another site and was refused.");
    }
  }
  const cookie = request.cookies[CSRF_COOKIE];
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== "string" || !sameToken(cookie, header)) {
    throw new AppError(
      "forbidden",
      "The security token is missing or out of date. Reload the page and try again.",
    );
  }
}
