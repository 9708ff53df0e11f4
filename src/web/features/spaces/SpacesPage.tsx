import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { spacesApi } from "../../api/endpoints.ts";
import { keys } from "../../api/queries.ts";
import { formatDate, KIND_LABELS, SIDE_CHOICES } from "../../app/labels.ts";
import { LoadError, Loading, Page } from "../../app/Page.tsx";
import { ButtonLink } from "../../components/Button.tsx";
import { Card } from "../../components/Card.tsx";
import "./spaces.css";

export function SpacesPage() {
  const spaces = useQuery({ queryKey: keys.spaces, queryFn: spacesApi.list });
  if (spaces.isPending) return <Loading />;
  if (spaces.isError) return <LoadError error={spaces.error} />;
  const list = spaces.data;
  return (
    <Page
      title="Your spaces"
      lead={
        <p>
          A space is shared by two people working on one relationship. You can have more than one.
        </p>
      }
    >
      {list.length === 0 ? (
        <Card>
          <p>You have no spaces yet. When you are ready, start one and invite the other person.</p>
          <ButtonLink to="/spaces/new">Start a space</ButtonLink>
        </Card>
      ) : (
        <>
          <ul className="space-list">
            {list.map((space) => (
              <li key={space.id}>
                <Link className="space-list__link" to={`/spaces/${space.id}`}>
                  <span className="space-list__title">{space.title}</span>
                  <span className="space-list__meta">
                    {KIND_LABELS[space.kind]}
                    {space.mySide ? ` · ${SIDE_CHOICES[space.mySide]}` : ""} · started{" "}
                    {formatDate(space.createdAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="actions-row">
            <ButtonLink to="/spaces/new" variant="secondary">
              Start another space
            </ButtonLink>
          </p>
        </>
      )}
    </Page>
  );
}
