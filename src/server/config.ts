// Every setting comes from the environment, read once at start.
import { resolve } from "node:path";

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The address people open, used in invite links; otherwise taken from the request. */
  publicUrl: string | undefined;
  secureCookies: boolean;
  logLevel: string;
  sessionDays: number;
  /** Log-in and sign-up attempts allowed per address in 15 minutes. */
  authRateLimit: number;
  /** API requests allowed per address per minute. */
  rateLimit: number;
  /** Behind a reverse proxy: take the client's address and protocol from X-Forwarded-* headers. */
  trustProxy: boolean;
  webDir: string;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const publicUrl = env.MEND_PUBLIC_URL?.replace(/\/+$/, "") || undefined;
  return {
    port: integer(env.PORT, 3000, "PORT"),
    host: env.HOST || "localhost",
    dataDir: resolve(env.MEND_DATA_DIR || "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl,
    secureCookies: env.MEND_SECURE_COOKIES
      ? env.MEND_SECURE_COOKIES === "true"
      : Boolean(publicUrl?.startsWith("https://")),
    logLevel: env.LOG_LEVEL || "info",
    sessionDays: integer(env.MEND_SESSION_DAYS, 30, "MEND_SESSION_DAYS"),
    authRateLimit: integer(env.MEND_AUTH_RATE_LIMIT, 20, "MEND_AUTH_RATE_LIMIT"),
    rateLimit: integer(env.MEND_RATE_LIMIT, 600, "MEND_RATE_LIMIT"),
    trustProxy: env.MEND_TRUST_PROXY === "true",
    webDir: resolve(env.MEND_WEB_DIR || "dist/web"),
  };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  }
  return parsed;
}
