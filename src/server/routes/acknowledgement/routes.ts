import {
  ZAccountVersionParams,
  ZAcknowledgementView,
  ZAnswerAccount,
  ZSaveAccountDraft,
  ZSendAccount,
} from "../../../contracts/acknowledgement.ts";
import { ZSpaceParams } from "../../../contracts/common.ts";
import { type Deps, type MendApp, spaceAccess } from "../../types.ts";
import { answerAccount } from "../../use-cases/acknowledgement/answer-account.ts";
import { saveAccountDraft } from "../../use-cases/acknowledgement/save-account-draft.ts";
import { sendAccount } from "../../use-cases/acknowledgement/send-account.ts";
import { viewAcknowledgement } from "../../use-cases/acknowledgement/view-acknowledgement.ts";

/** Step 1: the account of what happened, its versions and the hurt member's answers. */
export function acknowledgementRoutes(app: MendApp, { db }: Deps) {
  const base = "/api/spaces/:spaceId/acknowledgement";

  app.get(base, {
    config: { access: { kind: "space", action: "account.view" } },
    schema: { tags: ["steps"], params: ZSpaceParams, response: { 200: ZAcknowledgementView } },
    handler: async (request) =>
      viewAcknowledgement({ db, membership: spaceAccess(request).membership }),
  });

  app.put(`${base}/draft`, {
    config: { access: { kind: "space", action: "account.write" } },
    schema: {
      tags: ["steps"],
      params: ZSpaceParams,
      body: ZSaveAccountDraft,
      response: { 200: ZAcknowledgementView },
    },
    handler: async (request) => {
      const { membership } = spaceAccess(request);
      await saveAccountDraft({ db, membership, parts: request.body.parts });
      return viewAcknowledgement({ db, membership });
    },
  });

  app.post(`${base}/versions`, {
    config: { access: { kind: "space", action: "account.write" } },
    schema: {
      tags: ["steps"],
      params: ZSpaceParams,
      body: ZSendAccount,
      response: { 201: ZAcknowledgementView },
    },
    handler: async (request, reply) => {
      const { membership } = spaceAccess(request);
      await sendAccount({ db, membership, parts: request.body.parts });
      return reply.status(201).send(await viewAcknowledgement({ db, membership }));
    },
  });

  app.post(`${base}/versions/:versionId/answer`, {
    config: { access: { kind: "space", action: "account.respond" } },
    schema: {
      tags: ["steps"],
      params: ZAccountVersionParams,
      body: ZAnswerAccount,
      response: { 200: ZAcknowledgementView },
    },
    handler: async (request) => {
      const { membership } = spaceAccess(request);
      await answerAccount({
        db,
        membership,
        versionId: request.params.versionId,
        answer: request.body,
      });
      return viewAcknowledgement({ db, membership });
    },
  });
}
