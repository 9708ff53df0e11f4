import { Suspense, useEffect, useRef } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { useMe } from "../api/queries.ts";
import { Loading } from "./Page.tsx";
import "./layout.css";

/** The frame of every page: skip link, header with navigation, the main landmark. */
export function Layout() {
  const me = useMe();
  const user = me.data ?? null;
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After moving to another page, start reading (and tabbing) from its content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={user ? "/spaces" : "/"} className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Mend
          </Link>
          <nav aria-label="Main" className="site-nav">
            {user ? (
              <ul>
                <li>
                  <NavLink to="/spaces" end={false}>
                    Your spaces
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/account">Account</NavLink>
                </li>
              </ul>
            ) : me.isPending ? null : (
              <ul>
                <li>
                  <NavLink to="/login">Log in</NavLink>
                </li>
                <li>
                  <NavLink to="/signup">Sign up</NavLink>
                </li>
              </ul>
            )}
          </nav>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {/* The header stays while a page's code loads. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Mend is a space for two people. If you are in danger, please contact local emergency
          services.
        </p>
      </footer>
    </div>
  );
}
