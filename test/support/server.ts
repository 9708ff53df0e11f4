// Starts the real application on a free port for one test file; tests talk
// to it over real HTTP with a cookie-keeping client.
import type { AddressInfo } from "node:net";
import { buildApp } from "../../src/server/app.ts";
import { type Config, readConfig } from "../../src/server/config.ts";
import type { MendApp } from "../../src/server/types.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";

export type TestServer = {
  app: MendApp;
  url: string;
  database: TestDatabase;
  client: () => TestClient;
  close: () => Promise<void>;
};

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config: Config = {
    ...readConfig({}),
    logLevel: "silent",
    authRateLimit: 1000,
    rateLimit: 1_000_000,
    webDir: "/nonexistent",
    ...overrides,
  };
  const app = await buildApp({ db: database.db, config });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    database,
    client: () => new TestClient(url),
    close: async () => {
      await app.close();
      await database.cleanup();
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are JSON that each test inspects as it needs.
type Json = any;

export type TestResponse<T = unknown> = { status: number; body: T; headers: Headers };

type RequestOptions = { csrf?: boolean; headers?: Record<string, string>; rawBody?: string };

/** A browser-like client: keeps cookies and sends the CSRF header as the web app does. */
export class TestClient {
  readonly baseUrl: string;
  readonly cookies = new Map<string, string>();

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  async request<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<TestResponse<T>> {
    if (options.csrf !== false && method !== "GET" && !this.cookies.has("mend_csrf")) {
      await this.request("GET", "/api/auth/csrf");
    }
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (options.csrf !== false && method !== "GET")
      headers["x-csrf-token"] = this.cookies.get("mend_csrf") ?? "";
    let payload: string | undefined = options.rawBody;
    if (body !== undefined) {
      payload = JSON.stringify(body);
    }
    if (payload !== undefined) headers["content-type"] ??= "application/json";
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: payload,
      redirect: "manual",
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(cookie))
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = Json>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = Json>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>("POST", path, body, options);
  }
  delete<T = Json>(path: string, options?: RequestOptions) {
    return this.request<T>("DELETE", path, undefined, options);
  }
}
