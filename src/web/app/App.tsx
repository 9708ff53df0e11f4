import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ComponentType, lazy } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { isApiError } from "../api/client.ts";
import { LandingPage } from "../features/landing/LandingPage.tsx";
import { Layout } from "./Layout.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { RequireUser } from "./RequireUser.tsx";

// Pages load when first opened, so the first page someone sees (often on a
// phone, on a slow connection) downloads only what it shows.
const AccountPage = page(() => import("../features/account/AccountPage.tsx"), "AccountPage");
const LogInPage = page(() => import("../features/auth/LogInPage.tsx"), "LogInPage");
const SignUpPage = page(() => import("../features/auth/SignUpPage.tsx"), "SignUpPage");
const JoinPage = page(() => import("../features/join/JoinPage.tsx"), "JoinPage");
const NewSpacePage = page(() => import("../features/spaces/NewSpacePage.tsx"), "NewSpacePage");
const SpaceHomePage = page(() => import("../features/spaces/SpaceHomePage.tsx"), "SpaceHomePage");
const SpacesPage = page(() => import("../features/spaces/SpacesPage.tsx"), "SpacesPage");
const TimelinePage = page(() => import("../features/spaces/TimelinePage.tsx"), "TimelinePage");
const StepPage = page(() => import("../features/steps/StepPage.tsx"), "StepPage");

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<LandingPage />} />
            <Route path="signup" element={<SignUpPage />} />
            <Route path="login" element={<LogInPage />} />
            <Route path="join/:token" element={<JoinPage />} />
            <Route element={<RequireUser />}>
              <Route path="account" element={<AccountPage />} />
              <Route path="spaces" element={<SpacesPage />} />
              <Route path="spaces/new" element={<NewSpacePage />} />
              <Route path="spaces/:spaceId" element={<SpaceHomePage />} />
              <Route path="spaces/:spaceId/timeline" element={<TimelinePage />} />
              <Route path="spaces/:spaceId/steps/:stepId" element={<StepPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
