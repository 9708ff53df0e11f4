import type { Kysely } from "kysely";
import type { TCreateSpace } from "../../../contracts/spaces.ts";
import { newId, nowIso } from "../../../db/ids.ts";
import { appendEvent } from "../../../db/repositories/events.ts";
import { insertMembership, insertSpace } from "../../../db/repositories/spaces.ts";
import type { Database } from "../../../db/schema.ts";
import type { CurrentUser } from "../../auth/sessions.ts";

export async function createSpace({
  db,
  user,
  input,
}: {
  db: Kysely<Database>;
  user: CurrentUser;
  input: TCreateSpace;
}) {
  const now = nowIso();
  const space = {
    id: newId(),
    title: input.title,
    kind: input.kind,
    created_by: user.id,
    created_at: now,
  };
  const membership = {
    id: newId(),
    space_id: space.id,
    user_id: user.id,
    display_name: user.displayName,
    role: "member" as const,
    side: input.side,
    joined_at: now,
    left_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertSpace(trx, space);
    await insertMembership(trx, membership);
    await appendEvent(trx, { spaceId: space.id, actorId: membership.id, type: "space.created" });
  });
  return { space, membership };
}
