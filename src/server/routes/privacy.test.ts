// A member's private items never reach the other member: this walks every GET
// route of a space, as the other member, after each member has written
// private drafts with a marker, and looks for the marker anywhere in the
// answer. A new route that leaks a draft fails here the day it is added.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { makePair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/server.ts";

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe("private drafts", () => {
  for (const side of ["broke_trust", "both_hurt"] as const) {
    it(`never appear in the other member's answers (${side})`, async () => {
      const { first, second, spaceId } = await makePair(server, side);
      const writers = side === "both_hurt" ? [first, second] : [first];
      for (const [index, writer] of writers.entries()) {
        const marker = `PRIVATE-${index}-c0ffee`;
        const account = await writer.client.request(
          "PUT",
          `/api/spaces/${spaceId}/acknowledgement/draft`,
          {
            parts: { whatHappened: marker, impact: marker, prevention: marker },
          },
        );
        assert.equal(account.status, 200);
        const apology = await writer.client.request("PUT", `/api/spaces/${spaceId}/apology/draft`, {
          parts: { regret: marker, responsibility: marker },
        });
        assert.equal(apology.status, 200);
      }
      const getRoutes = server.app.apiRoutes.filter(
        (r) => r.method === "GET" && r.access.kind === "space",
      );
      assert.ok(getRoutes.length >= 5);
      for (const [index, writer] of writers.entries()) {
        const reader = writer === first ? second : first;
        const marker = `PRIVATE-${index}-c0ffee`;
        for (const route of getRoutes) {
          const url = route.url.replace(":spaceId", spaceId);
          const own = await writer.client.get(url);
          const other = await reader.client.get(url);
          assert.equal(other.status, 200, `${url}: ${other.status}`);
          assert.equal(
            JSON.stringify(other.body).includes(marker),
            false,
            `${url} leaks a draft to the other member`,
          );
          if (url.endsWith("/acknowledgement") || url.endsWith("/apology")) {
            assert.ok(
              JSON.stringify(own.body).includes(marker),
              `${url} shows the author their own draft`,
            );
          }
        }
      }
    });
  }

  it("are deleted when their author leaves the space", async () => {
    const { first, second, spaceId } = await makePair(server);
    await first.client.request("PUT", `/api/spaces/${spaceId}/acknowledgement/draft`, {
      parts: { whatHappened: "gone soon" },
    });
    assert.equal((await first.client.post(`/api/spaces/${spaceId}/leave`)).status, 200);
    const drafts = await server.database.db
      .selectFrom("drafts")
      .selectAll()
      .where("space_id", "=", spaceId)
      .execute();
    assert.deepEqual(drafts, []);
    assert.equal((await second.client.get(`/api/spaces/${spaceId}`)).status, 200);
  });
});
