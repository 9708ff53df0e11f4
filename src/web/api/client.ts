// The one place the web app talks to the server. Every state-changing call
// carries the CSRF header; every error body becomes an ApiError.
import type { TApiError } from "../../contracts/common.ts";

const CSRF_COOKIE = "mend_csrf";
const CSRF_HEADER = "x-csrf-token";

/** An error the server (or the network) answered with, ready to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

async function csrfToken(refresh = false): Promise<string> {
  const existing = refresh ? undefined : readCookie(CSRF_COOKIE);
  if (existing) return existing;
  const response = await fetch("/api/auth/csrf", { credentials: "same-origin" });
  const body = (await response.json()) as { token?: string };
  return readCookie(CSRF_COOKIE) ?? body.token ?? "";
}

function isErrorBody(body: unknown): body is TApiError {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === "object" && error !== null && "message" in error;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  429: "Too many attempts. Please wait a few minutes and try again.",
  500: "Something went wrong on our side. Please try again.",
};

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall through to a generic message.
  }
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, body.error.fields);
  }
  return new ApiError(
    response.status,
    "unknown",
    FALLBACK_MESSAGES[response.status] ?? "Something went wrong. Please try again.",
  );
}

export type Method = "GET" | "POST" | "PUT" | "DELETE";

async function send(method: Method, path: string, body: unknown, refreshCsrf: boolean) {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET") headers[CSRF_HEADER] = await csrfToken(refreshCsrf);
  if (body !== undefined) headers["content-type"] = "application/json";
  return fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await send(method, path, body, false);
    // A stale CSRF cookie (say, after the server's data was reset): refresh it once.
    if (response.status === 403 && method !== "GET") {
      const error = await toApiError(response.clone());
      if (/security token/i.test(error.message)) response = await send(method, path, body, true);
    }
  } catch {
    throw new ApiError(
      0,
      "network",
      "We could not reach Mend. Check your connection and try again.",
    );
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
