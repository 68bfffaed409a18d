// One contender's calls in a process of its own, run under valgrind by bench/instructions.ts:
//   node [--import tsx] bench/instructions-child.ts <contender> <warmup> <calls> <origin> <client module>
// Makes `warmup` calls, then `calls` more, sequentially, against the bench server at `origin` (in
// another process, so its instructions are not counted), then exits. Prints the calls it checked.
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { overheadContenders, signalContender, type CreateClient } from "./overhead.js";

const [name, warmupArg, callsArg, origin, clientModule] = process.argv.slice(2);
const warmup = Number(warmupArg);
const calls = Number(callsArg);
if (!name || !origin || !clientModule || !(warmup >= 0) || !(calls >= 0)) {
  console.error(
    "usage: instructions-child.ts <contender> <warmup> <calls> <origin> <client module>",
  );
  process.exit(2);
}
const { createPostHogClient } = (await import(
  isAbsolute(clientModule) ? pathToFileURL(clientModule).href : clientModule
)) as { createPostHogClient: CreateClient };
const contender = [
  ...overheadContenders({ createPostHogClient, origin }),
  signalContender({ createPostHogClient, origin }),
].find((c) => c.name === name);
if (!contender) throw new Error(`no contender ${name}`);
let checked = 0;
for (let i = 0; i < warmup + calls; i++) {
  if ((await contender.call()) !== 7) throw new Error("wrong dashboard id");
  checked++;
}
console.log(checked);
