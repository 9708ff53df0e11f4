import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { isApiError } from "../api/client.ts";
import { AccountPage } from "../features/account/AccountPage.tsx";
import { LogInPage } from "../features/auth/LogInPage.tsx";
import { SignUpPage } from "../features/auth/SignUpPage.tsx";
import { JoinPage } from "../features/join/JoinPage.tsx";
import { LandingPage } from "../features/landing/LandingPage.tsx";
import { NewSpacePage } from "../features/spaces/NewSpacePage.tsx";
import { SpaceHomePage } from "../features/spaces/SpaceHomePage.tsx";
import { SpacesPage } from "../features/spaces/SpacesPage.tsx";
import { TimelinePage } from "../features/spaces/TimelinePage.tsx";
import { StepPage } from "../features/steps/StepPage.tsx";
import { Layout } from "./Layout.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { RequireUser } from "./RequireUser.tsx";

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
