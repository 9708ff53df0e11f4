import { ZOk, ZSpaceParams } from "../../../contracts/common.ts";
import {
  ZCreatedInvite,
  ZInviteList,
  ZInviteParams,
  ZInvitePreview,
  ZInviteToken,
  ZJoined,
} from "../../../contracts/invites.ts";
import { nowIso } from "../../../db/ids.ts";
import { listOpenInvites } from "../../../db/repositories/invites.ts";
import { presentInvite, presentInvitePreview } from "../../presenters/invite.ts";
import { type Deps, type MendApp, signedInUser, spaceAccess } from "../../types.ts";
import { acceptInvite } from "../../use-cases/invites/accept-invite.ts";
import { createInvite } from "../../use-cases/invites/create-invite.ts";
import { findInviteByToken } from "../../use-cases/invites/find-invite-by-token.ts";
import { revokeInvite } from "../../use-cases/invites/revoke-invite.ts";

export function inviteRoutes(app: MendApp, { db, config }: Deps) {
  app.get("/api/spaces/:spaceId/invites", {
    config: { access: { kind: "space", action: "invite.list" } },
    schema: { tags: ["invites"], params: ZSpaceParams, response: { 200: ZInviteList } },
    handler: async (request) => {
      const invites = await listOpenInvites(db, spaceAccess(request).space.id, nowIso());
      return { invites: invites.map(presentInvite) };
    },
  });

  app.post("/api/spaces/:spaceId/invites", {
    config: { access: { kind: "space", action: "invite.create" } },
    schema: { tags: ["invites"], params: ZSpaceParams, response: { 201: ZCreatedInvite } },
    handler: async (request, reply) => {
      const { invite, token } = await createInvite({
        db,
        membership: spaceAccess(request).membership,
      });
      const origin = config.publicUrl ?? `${request.protocol}://${request.host}`;
      return reply
        .status(201)
        .send({ invite: presentInvite(invite), token, url: `${origin}/join/${token}` });
    },
  });

  app.delete("/api/spaces/:spaceId/invites/:inviteId", {
    config: { access: { kind: "space", action: "invite.revoke" } },
    schema: { tags: ["invites"], params: ZInviteParams, response: { 200: ZOk } },
    handler: async (request) => {
      await revokeInvite({
        db,
        membership: spaceAccess(request).membership,
        inviteId: request.params.inviteId,
      });
      return { ok: true as const };
    },
  });

  // Anyone with the link may see what it is for, so they know what they are joining.
  app.get("/api/invites/:token", {
    config: { access: { kind: "public" } },
    schema: { tags: ["invites"], params: ZInviteToken, response: { 200: ZInvitePreview } },
    handler: async (request) =>
      presentInvitePreview(await findInviteByToken({ db, token: request.params.token })),
  });

  app.post("/api/invites/:token/accept", {
    config: { access: { kind: "user" } },
    schema: { tags: ["invites"], params: ZInviteToken, response: { 200: ZJoined } },
    handler: async (request) =>
      acceptInvite({ db, user: signedInUser(request), token: request.params.token }),
  });
}
