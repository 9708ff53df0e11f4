import { useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { useMe } from "../../api/queries.ts";
import { Page } from "../../app/Page.tsx";
import { Card } from "../../components/Card.tsx";
import { LogInForm } from "./AuthForms.tsx";
import { safeNext } from "./SignUpPage.tsx";

export function LogInPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const me = useMe();
  // Set when this page's own form succeeds: it then chooses where to go.
  const [submitted, setSubmitted] = useState(false);
  if (me.data && !submitted) return <Navigate to={next} replace />;
  return (
    <Page
      title="Welcome back"
      documentTitle="Log in"
      width="narrow"
      lead={<p>Log in to return to your spaces.</p>}
    >
      <Card>
        <LogInForm
          onDone={() => {
            setSubmitted(true);
            navigate(next);
          }}
        />
      </Card>
      <p className="auth-switch">
        New to Mend?{" "}
        <Link to={`/signup${next !== "/spaces" ? `?next=${encodeURIComponent(next)}` : ""}`}>
          Create an account
        </Link>
      </p>
    </Page>
  );
}
