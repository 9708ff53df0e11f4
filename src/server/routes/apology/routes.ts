import {
  ZAnswerApology,
  ZApologyParams,
  ZApologyView,
  ZForgivenessOpenness,
  ZSaveApologyDraft,
  ZSendApology,
} from "../../../contracts/apology.ts";
import { ZSpaceParams } from "../../../contracts/common.ts";
import type { ApologyAnswerInput } from "../../../domain/apology/answer-apology.ts";
import { type Deps, type MendApp, spaceAccess } from "../../types.ts";
import { answerApology } from "../../use-cases/apology/answer-apology.ts";
import { saveApologyDraft } from "../../use-cases/apology/save-apology-draft.ts";
import { sendApology } from "../../use-cases/apology/send-apology.ts";
import { setForgivenessOpenness } from "../../use-cases/apology/set-forgiveness-openness.ts";
import { viewApology } from "../../use-cases/apology/view-apology.ts";

/** Steps 2–3: the apology builder, the hurt member's answers and amends requests. */
export function apologyRoutes(app: MendApp, { db }: Deps) {
  const base = "/api/spaces/:spaceId/apology";

  app.get(base, {
    config: { access: { kind: "space", action: "apology.view" } },
    schema: { tags: ["steps"], params: ZSpaceParams, response: { 200: ZApologyView } },
    handler: async (request) => viewApology({ db, membership: spaceAccess(request).membership }),
  });

  app.put(`${base}/draft`, {
    config: { access: { kind: "space", action: "apology.write" } },
    schema: {
      tags: ["steps"],
      params: ZSpaceParams,
      body: ZSaveApologyDraft,
      response: { 200: ZApologyView },
    },
    handler: async (request) => {
      const { membership } = spaceAccess(request);
      await saveApologyDraft({ db, membership, parts: request.body.parts });
      return viewApology({ db, membership });
    },
  });

  app.post(`${base}/apologies`, {
    config: { access: { kind: "space", action: "apology.write" } },
    schema: {
      tags: ["steps"],
      params: ZSpaceParams,
      body: ZSendApology,
      response: { 201: ZApologyView },
    },
    handler: async (request, reply) => {
      const { membership } = spaceAccess(request);
      await sendApology({ db, membership, parts: request.body.parts });
      return reply.status(201).send(await viewApology({ db, membership }));
    },
  });

  app.post(`${base}/apologies/:apologyId/answer`, {
    config: { access: { kind: "space", action: "apology.respond" } },
    schema: {
      tags: ["steps"],
      params: ZApologyParams,
      body: ZAnswerApology,
      response: { 200: ZApologyView },
    },
    handler: async (request) => {
      const { membership } = spaceAccess(request);
      const answer: ApologyAnswerInput = request.body;
      await answerApology({ db, membership, apologyId: request.params.apologyId, answer });
      return viewApology({ db, membership });
    },
  });

  app.put(`${base}/forgiveness-openness`, {
    config: { access: { kind: "space", action: "apology.openness" } },
    schema: {
      tags: ["steps"],
      params: ZSpaceParams,
      body: ZForgivenessOpenness,
      response: { 200: ZApologyView },
    },
    handler: async (request) => {
      const { membership } = spaceAccess(request);
      await setForgivenessOpenness({ db, membership, open: request.body.open });
      return viewApology({ db, membership });
    },
  });
}
