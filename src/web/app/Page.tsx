import { type ReactNode, useEffect } from "react";
import { Link } from "react-router";
import { Alert } from "../components/Alert.tsx";
import { describeError } from "../components/forms.tsx";

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Mend` : "Mend";
  }, [title]);
}

type PageProps = {
  title: string;
  /** What goes in the tab's title, when it differs from the heading. */
  documentTitle?: string;
  lead?: ReactNode;
  children?: ReactNode;
  width?: "narrow" | "wide";
  before?: ReactNode;
};

/** A page's one <h1>, its intro and its body, at a readable width. */
export function Page({ title, documentTitle, lead, children, width = "wide", before }: PageProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <div className={`page page--${width}`}>
      {before}
      <h1 className="page__title">{title}</h1>
      {lead ? <div className="page__lead">{lead}</div> : null}
      {children}
    </div>
  );
}

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <div className="page page--narrow">
      <p className="loading" role="status">
        {label}
      </p>
    </div>
  );
}

export function LoadError({
  error,
  title = "This page could not be opened",
}: {
  error: unknown;
  title?: string;
}) {
  const described = describeError(error);
  return (
    <Page title={title} width="narrow">
      <Alert tone="error">
        <p>{described?.message ?? "Something went wrong. Please try again."}</p>
      </Alert>
    </Page>
  );
}

/** The way back up, above a page's heading. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </nav>
  );
}
