import { z } from "zod";
import type { MendApp } from "../../types.ts";

export function metaRoutes(app: MendApp) {
  app.get("/api/health", {
    config: { access: { kind: "public" } },
    schema: { tags: ["meta"], response: { 200: z.object({ ok: z.literal(true) }) } },
    handler: async () => ({ ok: true as const }),
  });

  app.get("/api/openapi.json", {
    config: { access: { kind: "public" } },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
}
