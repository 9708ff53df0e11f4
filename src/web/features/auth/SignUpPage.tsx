import { useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { useMe } from "../../api/queries.ts";
import { Page } from "../../app/Page.tsx";
import { Card } from "../../components/Card.tsx";
import { SignUpForm } from "./AuthForms.tsx";

/** Only same-site paths may be a "next" address. */
export function safeNext(next: string | null, fallback = "/spaces"): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : fallback;
}

export function SignUpPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const me = useMe();
  // Set when this page's own form succeeds: it then chooses where to go.
  const [submitted, setSubmitted] = useState(false);
  if (me.data && !submitted) return <Navigate to={next} replace />;
  return (
    <Page
      title="Create your account"
      width="narrow"
      lead={<p>It takes a minute. Nothing you write is shared until you choose to send it.</p>}
    >
      <Card>
        <SignUpForm
          onDone={() => {
            setSubmitted(true);
            navigate(next === "/spaces" ? "/spaces/new" : next);
          }}
        />
      </Card>
      <p className="auth-switch">
        Already have an account?{" "}
        <Link to={`/login${next !== "/spaces" ? `?next=${encodeURIComponent(next)}` : ""}`}>
          Log in
        </Link>
      </p>
    </Page>
  );
}
