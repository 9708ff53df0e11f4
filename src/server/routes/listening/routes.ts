import { ZSpaceParams } from "../../../contracts/common.ts";
import {
  ZListeningMove,
  ZListeningView,
  ZStartListeningRound,
  ZStartListeningSession,
} from "../../../contracts/listening.ts";
import { type Deps, type MendApp, spaceAccess } from "../../types.ts";
import { endListeningSession } from "../../use-cases/listening/end-listening-session.ts";
import { startListeningRound } from "../../use-cases/listening/start-listening-round.ts";
import { startListeningSession } from "../../use-cases/listening/start-listening-session.ts";
import { takeListeningTurn } from "../../use-cases/listening/take-listening-turn.ts";
import { viewListening } from "../../use-cases/listening/view-listening.ts";

/** Step 4: the listening dialogue; the turn order is the domain's, enforced here. */
export function listeningRoutes(app: MendApp, { db }: Deps) {
  const base = "/api/spaces/:spaceId/listening";

  app.get(base, {
    config: { access: { kind: "space", action: "listening.view" } },
    schema: { tags: ["steps"], params: ZSpaceParams, response: { 200: ZListeningView } },
    handler: async (request) => viewListening({ db, membership: spaceAccess(request).membership }),
  });

  app.post(`${base}/sessions`, {
    config: { access: { kind: "space", action: "listening.take-turn" } },
    schema: {
      tags: ["steps"],
      params: ZSpaceParams,
      body: ZStartListeningSession,
      response: { 201: ZListeningView },
    },
    handler: async (request, reply) => {
      const { membership } = spaceAccess(request);
      const { speakerMemberId, inPerson, turnSeconds } = request.body;
      await startListeningSession({
        db,
        membership,
        speakerMemberId,
        inPerson,
        turnSeconds: turnSeconds ?? null,
      });
      return reply.status(201).send(await viewListening({ db, membership }));
    },
  });

  app.post(`${base}/rounds`, {
    config: { access: { kind: "space", action: "listening.take-turn" } },
    schema: {
      tags: ["steps"],
      params: ZSpaceParams,
      body: ZStartListeningRound,
      response: { 201: ZListeningView },
    },
    handler: async (request, reply) => {
      const { membership } = spaceAccess(request);
      await startListeningRound({ db, membership, speakerMemberId: request.body.speakerMemberId });
      return reply.status(201).send(await viewListening({ db, membership }));
    },
  });

  app.post(`${base}/moves`, {
    config: { access: { kind: "space", action: "listening.take-turn" } },
    schema: {
      tags: ["steps"],
      params: ZSpaceParams,
      body: ZListeningMove,
      response: { 201: ZListeningView },
    },
    handler: async (request, reply) => {
      const { membership } = spaceAccess(request);
      await takeListeningTurn({ db, membership, move: request.body });
      return reply.status(201).send(await viewListening({ db, membership }));
    },
  });

  app.post(`${base}/end`, {
    config: { access: { kind: "space", action: "listening.take-turn" } },
    schema: { tags: ["steps"], params: ZSpaceParams, response: { 200: ZListeningView } },
    handler: async (request) => {
      const { membership } = spaceAccess(request);
      await endListeningSession({ db, membership });
      return viewListening({ db, membership });
    },
  });
}
