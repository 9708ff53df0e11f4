// Factories make real users, spaces and pairs through the real API.
import assert from "node:assert/strict";
import type { Side, SpaceKind } from "../../src/domain/spaces/sides.ts";
import type { TestClient, TestServer } from "./server.ts";

let counter = 0;

export type SignedUp = {
  client: TestClient;
  user: { id: string; email: string; displayName: string };
  password: string;
};

export async function makeUser(
  server: TestServer,
  overrides: { displayName?: string; password?: string } = {},
): Promise<SignedUp> {
  counter += 1;
  const client = server.client();
  const password = overrides.password ?? "a calm long password";
  const email = `person${counter}.${Math.random().toString(36).slice(2, 8)}@example.org`;
  const response = await client.post("/api/auth/signup", {
    email,
    displayName: overrides.displayName ?? `Person ${counter}`,
    password,
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return { client, user: response.body.user, password };
}

export async function makeSpace(
  owner: SignedUp,
  input: { title?: string; kind?: SpaceKind; side?: Side } = {},
): Promise<string> {
  const response = await owner.client.post("/api/spaces", {
    title: input.title ?? "Our space",
    kind: input.kind ?? "partner",
    side: input.side ?? "broke_trust",
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body.space.id;
}

export async function makeInvite(
  owner: SignedUp,
  spaceId: string,
): Promise<{ id: string; token: string }> {
  const response = await owner.client.post(`/api/spaces/${spaceId}/invites`);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return { id: response.body.invite.id, token: response.body.token };
}

export async function joinSpace(member: SignedUp, token: string): Promise<void> {
  const response = await member.client.post(`/api/invites/${token}/accept`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
}

/** Two members in one space: `first` created it with `side`, `second` joined by invite. */
export async function makePair(server: TestServer, side: Side = "broke_trust") {
  const first = await makeUser(server, { displayName: "Ann" });
  const second = await makeUser(server, { displayName: "Ben" });
  const spaceId = await makeSpace(first, { side });
  const invite = await makeInvite(first, spaceId);
  await joinSpace(second, invite.token);
  return { first, second, spaceId };
}
