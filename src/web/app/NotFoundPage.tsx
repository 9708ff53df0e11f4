import { Link } from "react-router";
import { Page } from "./Page.tsx";

export function NotFoundPage() {
  return (
    <Page title="There is nothing here" width="narrow">
      <p>This address does not lead anywhere in Mend. It may have been typed slightly wrong.</p>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </Page>
  );
}
