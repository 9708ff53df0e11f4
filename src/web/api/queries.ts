// TanStack Query keys and hooks shared by the pages.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TUser } from "../../contracts/auth.ts";
import { acknowledgementApi, apologyApi, authApi, listeningApi, spacesApi } from "./endpoints.ts";

export const keys = {
  me: ["me"] as const,
  spaces: ["spaces"] as const,
  space: (id: string) => ["spaces", id] as const,
  timeline: (id: string) => ["spaces", id, "timeline"] as const,
  invites: (id: string) => ["spaces", id, "invites"] as const,
  invitePreview: (token: string) => ["invite", token] as const,
};

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: authApi.me, staleTime: 60_000 });
}

export function useSpaceHome(spaceId: string) {
  return useQuery({ queryKey: keys.space(spaceId), queryFn: () => spacesApi.home(spaceId) });
}

/** After sign-up, log-in or log-out: remember who is here and forget everything else. */
export function useSetUser() {
  const client = useQueryClient();
  return (user: TUser | null) => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== "me" });
    client.setQueryData(keys.me, user);
  };
}

// --- Steps 1–4 ---

export const stepKeys = {
  acknowledgement: (id: string) => ["spaces", id, "acknowledgement"] as const,
  apology: (id: string) => ["spaces", id, "apology"] as const,
  listening: (id: string) => ["spaces", id, "listening"] as const,
};

/** How often a page looks for the other person's news while it is visible. */
export const POLL_MS = { home: 10_000, letters: 10_000, listening: 3_000 } as const;

/**
 * The space home, asked again every ~10 s while the tab is visible (TanStack
 * Query pauses the interval in the background), so "your turn" badges and
 * step states follow what the other person does.
 */
export function useLiveSpaceHome(spaceId: string) {
  return useQuery({
    queryKey: keys.space(spaceId),
    queryFn: () => spacesApi.home(spaceId),
    refetchInterval: POLL_MS.home,
  });
}

export function useAcknowledgement(spaceId: string) {
  return useQuery({
    queryKey: stepKeys.acknowledgement(spaceId),
    queryFn: () => acknowledgementApi.view(spaceId),
    refetchInterval: POLL_MS.letters,
  });
}

export function useApology(spaceId: string) {
  return useQuery({
    queryKey: stepKeys.apology(spaceId),
    queryFn: () => apologyApi.view(spaceId),
    refetchInterval: POLL_MS.letters,
  });
}

/** Step 4 polls every 3 s while visible, so the other person's turn appears without a reload. */
export function useListening(spaceId: string) {
  return useQuery({
    queryKey: stepKeys.listening(spaceId),
    queryFn: () => listeningApi.view(spaceId),
    refetchInterval: POLL_MS.listening,
  });
}
