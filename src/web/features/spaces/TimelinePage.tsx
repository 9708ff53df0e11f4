import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { spacesApi } from "../../api/endpoints.ts";
import { keys, useSpaceHome } from "../../api/queries.ts";
import { formatDateTime } from "../../app/labels.ts";
import { BackLink, LoadError, Loading, Page } from "../../app/Page.tsx";

const EVENT_TEXT: Record<string, string> = {
  "space.created": "started the space",
  "invite.created": "made an invite link",
  "invite.revoked": "withdrew an invite link",
  "member.joined": "joined the space",
  "member.left": "left the space",
};

export function describeEvent(type: string): string {
  return EVENT_TEXT[type] ?? type.replace(/[._]/g, " ");
}

export function TimelinePage() {
  const { spaceId = "" } = useParams();
  const home = useSpaceHome(spaceId);
  const timeline = useQuery({
    queryKey: keys.timeline(spaceId),
    queryFn: () => spacesApi.timeline(spaceId),
  });
  if (timeline.isPending || home.isPending) return <Loading />;
  if (timeline.isError) return <LoadError error={timeline.error} />;
  if (home.isError) return <LoadError error={home.error} />;
  return (
    <Page
      title="Timeline"
      documentTitle={`Timeline of ${home.data.space.title}`}
      before={<BackLink to={`/spaces/${spaceId}`}>{home.data.space.title}</BackLink>}
      lead={
        <p>
          What has happened in this space, oldest first. The words themselves stay in their steps.
        </p>
      }
    >
      {timeline.data.length === 0 ? (
        <p>Nothing has happened here yet.</p>
      ) : (
        <ol className="timeline">
          {timeline.data.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <span>
                {event.actor ?? "Mend"} {describeEvent(event.type)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
