// Builds the Fastify application: plugins, the access and CSRF hooks, the
// API routes, the web app's files and the one error handler.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import Fastify from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { requireAccess, requireUser } from "./access/require-access.ts";
import { loadSession } from "./auth/sessions.ts";
import { checkCsrf } from "./http/csrf.ts";
import { errorBody, handleError } from "./http/errors.ts";
import { acknowledgementRoutes } from "./routes/acknowledgement/routes.ts";
import { apologyRoutes } from "./routes/apology/routes.ts";
import { authRoutes } from "./routes/auth/routes.ts";
import { inviteRoutes } from "./routes/invites/routes.ts";
import { listeningRoutes } from "./routes/listening/routes.ts";
import { metaRoutes } from "./routes/meta/routes.ts";
import { spaceRoutes } from "./routes/spaces/routes.ts";
import type { ApiRoute, Deps, MendApp } from "./types.ts";

/** Every feature's routes, registered in this order. */
const FEATURE_ROUTES = [
  metaRoutes,
  authRoutes,
  spaceRoutes,
  inviteRoutes,
  acknowledgementRoutes,
  apologyRoutes,
  listeningRoutes,
];

export const BODY_LIMIT_BYTES = 64 * 1024;

/** Invite tokens are secrets: they never reach a log line. */
export function redactUrl(url: string): string {
  return url.replace(/\/(invites|join)\/[A-Za-z0-9_-]{20,}/g, "/$1/[token]");
}

export async function buildApp(deps: Deps): Promise<MendApp> {
  const { config } = deps;
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    logger: {
      level: config.logLevel,
      // Requests are logged by method and path only: no bodies, no cookies.
      serializers: {
        req: (req) => ({ method: req.method, url: redactUrl(req.url) }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest("user", null);
  app.decorateRequest("sessionId", null);
  app.decorateRequest("access", null);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { "upgrade-insecure-requests": null },
    },
    hsts: config.secureCookies,
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.rateLimit,
    timeWindow: "1 minute",
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody(
        "rate_limited",
        `Too many attempts. Please wait ${context.after} and try again.`,
      ),
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Mend API", version: "0.1.0", description: "The API the Mend web app uses." },
    },
    transform: jsonSchemaTransform,
  });

  // Every API route must declare who may call it; a route without a rule stops the start.
  const apiRoutes: ApiRoute[] = [];
  app.decorate("apiRoutes", apiRoutes);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) return;
    const access = route.config?.access;
    if (!access)
      throw new Error(`Route ${route.method} ${route.url} has no access rule in its config`);
    for (const method of [route.method].flat()) {
      if (method !== "HEAD")
        apiRoutes.push({ method, url: route.url, access, hasBody: Boolean(route.schema?.body) });
    }
  });

  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    checkCsrf(request);
    await loadSession(deps.db, config, request, reply);
  });

  // Access is decided before the body is validated, so callers without
  // access learn nothing from validation messages.
  app.addHook("preValidation", async (request) => {
    const rule = request.routeOptions.config.access;
    if (!rule || rule.kind === "public") return;
    if (rule.kind === "user") {
      requireUser(request.user);
      return;
    }
    const spaceId = (request.params as { spaceId?: unknown }).spaceId;
    request.access = await requireAccess(deps.db, request.user, String(spaceId ?? ""), rule.action);
  });

  for (const register of FEATURE_ROUTES) register(app, deps);

  const hasWebApp = existsSync(join(config.webDir, "index.html"));
  if (hasWebApp) {
    await app.register(fastifyStatic, { root: config.webDir, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") {
      return reply.status(404).send(errorBody("not_found", "There is nothing at this address."));
    }
    if (!hasWebApp) {
      return reply
        .status(503)
        .type("text/plain")
        .send("The web app is not built. Run `npm run build:web`.");
    }
    // The web app routes in the browser: every page address gets index.html.
    return reply.type("text/html").sendFile("index.html");
  });

  return app;
}
