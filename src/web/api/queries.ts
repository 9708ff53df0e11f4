// TanStack Query keys and hooks shared by the pages.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TUser } from "../../contracts/auth.ts";
import { authApi, spacesApi } from "./endpoints.ts";

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
