import { Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../api/queries.ts";
import { LoadError, Loading } from "./Page.tsx";

/** Pages behind this need a signed-in user; others are sent to log in and come back. */
export function RequireUser() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
