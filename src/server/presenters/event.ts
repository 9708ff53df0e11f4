import type { TTimelineEvent } from "../../contracts/spaces.ts";

/** Timeline entries carry what happened and who did it, never the words themselves. */
export function presentEvent(
  event: { id: string; type: string; actor_id: string | null; created_at: string },
  names: Map<string, string>,
): TTimelineEvent {
  return {
    id: event.id,
    type: event.type,
    actor: event.actor_id ? (names.get(event.actor_id) ?? "A former member") : null,
    at: event.created_at,
  };
}
