import { Navigate } from "react-router";
import { STEPS } from "../../../domain/spaces/path.ts";
import { useMe } from "../../api/queries.ts";
import { Loading, usePageTitle } from "../../app/Page.tsx";
import { ButtonLink } from "../../components/Button.tsx";
import "./landing.css";

export function LandingPage() {
  usePageTitle("");
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to="/spaces" replace />;
  return (
    <div className="page page--wide landing">
      <section className="landing__hero" aria-labelledby="landing-title">
        <h1 id="landing-title" className="page__title">
          A quiet place to rebuild trust
        </h1>
        <div className="landing__intro">
          <p>
            When trust breaks between two people, partners, family, friends or colleagues, it can be
            hard to know where to begin. Mend gives you both a private space to find the words,
            slowly and at a pace that feels safe.
          </p>
          <p>
            One of you invites the other. Together you walk through nine steps that people who study
            repair agree on. The person who was hurt sets the pace, and nothing you write reaches
            the other person until you choose to send it.
          </p>
        </div>
        <div className="landing__actions">
          <ButtonLink to="/signup">Sign up</ButtonLink>
          <ButtonLink to="/login" variant="secondary">
            Log in
          </ButtonLink>
        </div>
      </section>
      <section className="landing__steps" aria-labelledby="landing-steps">
        <h2 id="landing-steps">The nine steps</h2>
        <ol className="landing__step-list">
          {STEPS.map((step) => (
            <li key={step.id}>
              <span className="landing__step-number" aria-hidden="true">
                {step.number}
              </span>
              <span>
                <strong>{step.title}.</strong> <span className="muted">{step.summary}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
