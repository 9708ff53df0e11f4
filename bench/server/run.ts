// The server under load, over real HTTP on loopback: requests per second and
// latency percentiles for reading a space home and for a full listening round
// (six writes, each deciding on fresh state inside a locked transaction).
// Prints figures; asserts nothing. Set MEND_BENCH_DATABASE_URL to run on PostgreSQL too.
import { performance } from "node:perf_hooks";
import { makePair } from "../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../test/support/server.ts";

const READS = 3000;
const CONCURRENCY = 8;
const ROUNDS = 60;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function report(label: string, latenciesMs: number[], wallMs: number) {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const rps = (latenciesMs.length / wallMs) * 1000;
  process.stdout.write(
    `${label.padEnd(44)} ${String(latenciesMs.length).padStart(6)} req  ${rps.toFixed(0).padStart(6)} req/s  p50 ${percentile(sorted, 50).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms\n`,
  );
}

async function benchDatabase(label: string) {
  const server: TestServer = await startTestServer();
  try {
    const { first, second, spaceId } = await makePair(server);
    // Some history, so reads do real work.
    await first.client.post(`/api/spaces/${spaceId}/acknowledgement/versions`, {
      parts: {
        whatHappened: "x ".repeat(400),
        impact: "y ".repeat(400),
        prevention: "z ".repeat(400),
      },
    });

    for (const path of [`/api/spaces/${spaceId}`, `/api/spaces/${spaceId}/acknowledgement`]) {
      const latencies: number[] = [];
      let next = 0;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next++ < READS) {
            const t = performance.now();
            const response = await first.client.get(path);
            if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
            latencies.push(performance.now() - t);
          }
        }),
      );
      report(`${label} GET ${path.replace(spaceId, ":id")}`, latencies, performance.now() - start);
    }

    const view = await first.client.get(`/api/spaces/${spaceId}/listening`);
    const annId = view.body.members.find((m: { isMe: boolean }) => m.isMe).id;
    await first.client.post(`/api/spaces/${spaceId}/listening/sessions`, {
      speakerMemberId: annId,
      inPerson: false,
    });
    const moves = `/api/spaces/${spaceId}/listening/moves`;
    const latencies: number[] = [];
    const start = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0)
        await first.client.post(`/api/spaces/${spaceId}/listening/rounds`, {
          speakerMemberId: annId,
        });
      for (const [client, body] of [
        [first.client, { kind: "perspective", text: "I felt alone when you were late again." }],
        [second.client, { kind: "mirror", text: "What I heard is that you felt alone." }],
        [first.client, { kind: "confirm" }],
        [second.client, { kind: "validation", text: "It makes sense that you felt alone." }],
        [second.client, { kind: "empathy", text: "I imagine you feel unseen." }],
      ] as const) {
        const t = performance.now();
        const response = await client.post(moves, body);
        if (response.status !== 201)
          throw new Error(`move: ${response.status} ${JSON.stringify(response.body)}`);
        latencies.push(performance.now() - t);
      }
    }
    report(`${label} POST listening move (growing session)`, latencies, performance.now() - start);
  } finally {
    await server.close();
  }
}

process.stdout.write(
  `Loopback HTTP, ${CONCURRENCY} concurrent readers; listening moves one after another.\n`,
);
await benchDatabase("sqlite  ");
if (process.env.MEND_BENCH_DATABASE_URL) {
  process.env.MEND_TEST_DIALECT = "postgres";
  process.env.MEND_TEST_DATABASE_URL = process.env.MEND_BENCH_DATABASE_URL;
  await benchDatabase("postgres");
} else {
  process.stdout.write("PostgreSQL skipped: set MEND_BENCH_DATABASE_URL to include it.\n");
}
