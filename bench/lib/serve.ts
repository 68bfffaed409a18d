// The bench server in a process of its own (so its work does not share the client's event loop):
//   node --import tsx bench/lib/serve.ts '{"latencyMs":20,"items":10000}'
// Prints its origin, serves until a line arrives on stdin, then prints what it served (JSON).
import { startBenchServer } from "./server.js";

const server = await startBenchServer(JSON.parse(process.argv[2] ?? "{}") as object);
console.log(server.origin);
process.stdin.once("data", async () => {
  await server.close();
  console.log(JSON.stringify(server.served));
  process.exit(0);
});
