import { ZOk, ZSpaceParams } from "../../../contracts/common.ts";
import { ZCreateSpace, ZSpaceHome, ZSpaceList, ZTimeline } from "../../../contracts/spaces.ts";
import { listEvents } from "../../../db/repositories/events.ts";
import {
  listActiveMembers,
  listAllMemberships,
  listSpacesOfUser,
} from "../../../db/repositories/spaces.ts";
import { presentEvent } from "../../presenters/event.ts";
import { presentSpaceHome, presentSpaceSummary } from "../../presenters/space.ts";
import { type Deps, type MendApp, signedInUser, spaceAccess } from "../../types.ts";
import { createSpace } from "../../use-cases/spaces/create-space.ts";
import { leaveSpace } from "../../use-cases/spaces/leave-space.ts";
import { describePath } from "../../use-cases/spaces/step-states.ts";

export function spaceRoutes(app: MendApp, { db }: Deps) {
  app.get("/api/spaces", {
    config: { access: { kind: "user" } },
    schema: { tags: ["spaces"], response: { 200: ZSpaceList } },
    handler: async (request) => {
      const rows = await listSpacesOfUser(db, signedInUser(request).id);
      return { spaces: rows.map(presentSpaceSummary) };
    },
  });

  app.post("/api/spaces", {
    config: { access: { kind: "user" } },
    schema: { tags: ["spaces"], body: ZCreateSpace, response: { 201: ZSpaceHome } },
    handler: async (request, reply) => {
      const { space, membership } = await createSpace({
        db,
        user: signedInUser(request),
        input: request.body,
      });
      const { path, awaiting } = await describePath({ db, space, membership });
      return reply
        .status(201)
        .send(
          presentSpaceHome({ space, viewer: membership, members: [membership], path, awaiting }),
        );
    },
  });

  app.get("/api/spaces/:spaceId", {
    config: { access: { kind: "space", action: "space.view" } },
    schema: { tags: ["spaces"], params: ZSpaceParams, response: { 200: ZSpaceHome } },
    handler: async (request) => {
      const { space, membership } = spaceAccess(request);
      const members = await listActiveMembers(db, space.id);
      const { path, awaiting } = await describePath({ db, space, membership });
      return presentSpaceHome({ space, viewer: membership, members, path, awaiting });
    },
  });

  app.get("/api/spaces/:spaceId/timeline", {
    config: { access: { kind: "space", action: "space.timeline" } },
    schema: { tags: ["spaces"], params: ZSpaceParams, response: { 200: ZTimeline } },
    handler: async (request) => {
      const { space } = spaceAccess(request);
      const names = new Map(
        (await listAllMemberships(db, space.id)).map((m) => [m.id, m.display_name]),
      );
      const events = await listEvents(db, space.id);
      return { events: events.map((event) => presentEvent(event, names)) };
    },
  });

  app.post("/api/spaces/:spaceId/leave", {
    config: { access: { kind: "space", action: "space.leave" } },
    schema: { tags: ["spaces"], params: ZSpaceParams, response: { 200: ZOk } },
    handler: async (request) => {
      await leaveSpace({ db, membership: spaceAccess(request).membership });
      return { ok: true as const };
    },
  });
}
