// Benchmark 1b, instructions per call: each contender's calls counted by valgrind (cachegrind with
// no cache simulation, so only instructions), node run single-threaded with a predictable GC
// schedule. A run of `calls` and a run of 5 × `calls` after the same warm-up differ by 4 × `calls`
// calls and nothing else (start-up, imports and the warm-up cancel), so the difference over
// 4 × `calls` is the cost of one call. Instruction counts, unlike wall time, hardly move with the
// machine's load. The server runs in this process, outside valgrind.
//
// Caller signals: our client with one signal passed to every call, counted at growing call counts;
// the cost per call in each segment (first, middle, last) must stay flat.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run } from "./lib/run.js";
import { startBenchServer } from "./lib/server.js";

const CHILD = fileURLToPath(new URL("./instructions-child.ts", import.meta.url));
export const INSTRUCTION_CONTENDERS = ["raw fetch", "openapi-fetch", "our client"] as const;
export const SIGNAL_CONTENDER = "our client, one caller signal";
/** A segment's cost per call over the first segment's: at most this counts as flat. */
export const FLAT_TARGET = 1.1;

/** Whether valgrind can be run here (the benchmark is skipped, and says so, when not). */
export function valgrindAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn("valgrind", ["--version"], { stdio: "ignore" });
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
  });
}

/** Instructions executed by one child process making `warmup` + `calls` calls. */
export async function countInstructions(options: {
  contender: string;
  warmup: number;
  calls: number;
  origin: string;
  clientModule: string;
}): Promise<number> {
  const args = [
    "--tool=cachegrind",
    "--cache-sim=no",
    "--cachegrind-out-file=/dev/null",
    process.execPath,
    "--single-threaded",
    "--predictable-gc-schedule",
    "--import",
    "tsx",
    CHILD,
    options.contender,
    String(options.warmup),
    String(options.calls),
    options.origin,
    options.clientModule,
  ];
  const { code, stdout, stderr } = await run("valgrind", args);
  const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
  if (code !== 0 || !refs) {
    throw new Error(`valgrind ${options.contender} exited ${code}: ${stderr.slice(-2000)}`);
  }
  if (Number(stdout.trim()) !== options.warmup + options.calls) {
    throw new Error(`${options.contender} made ${stdout.trim()} checked calls`);
  }
  return Number(refs[1]!.replaceAll(",", ""));
}

export interface InstructionsBench {
  warmup: number;
  calls: number;
  /** Instructions per call of each contender, and over raw fetch's. */
  results: { name: string; perCall: number; ratio: number }[];
  signal: {
    /** Calls made before each count (after the warm-up). */
    counts: number[];
    /** Instructions per call in each segment between two counts. */
    segments: { from: number; to: number; perCall: number }[];
    /** The last segment's cost per call over the first's. */
    growth: number;
    target: { maxGrowth: number; met: boolean };
  };
  target: { fewerThan: "openapi-fetch"; met: boolean };
}

export async function benchInstructions({
  clientModule,
  warmup = 500,
  calls = 200,
  signalCounts = [2000, 6000, 10_000],
}: {
  clientModule: string;
  warmup?: number;
  calls?: number;
  /** Call counts at which our client with one signal is counted: segments lie between them. */
  signalCounts?: number[];
}): Promise<InstructionsBench> {
  const server = await startBenchServer();
  try {
    const count = (contender: string, n: number) =>
      countInstructions({ contender, warmup, calls: n, origin: server.origin, clientModule });
    const perCall = new Map<string, number>();
    for (const name of INSTRUCTION_CONTENDERS) {
      const [one, five] = [await count(name, calls), await count(name, 5 * calls)];
      perCall.set(name, (five - one) / (4 * calls));
    }
    const raw = perCall.get("raw fetch")!;
    const results = INSTRUCTION_CONTENDERS.map((name) => ({
      name,
      perCall: perCall.get(name)!,
      ratio: perCall.get(name)! / raw,
    }));
    // Segments: from 0 (the warm-up only) to each count in turn.
    const counts = [0, ...signalCounts];
    const totals: number[] = [];
    for (const n of counts) totals.push(await count(SIGNAL_CONTENDER, n));
    const segments = counts.slice(1).map((to, i) => ({
      from: counts[i]!,
      to,
      perCall: (totals[i + 1]! - totals[i]!) / (to - counts[i]!),
    }));
    const growth = segments.at(-1)!.perCall / segments[0]!.perCall;
    return {
      warmup,
      calls,
      results,
      signal: {
        counts: signalCounts,
        segments,
        growth,
        target: { maxGrowth: FLAT_TARGET, met: growth <= FLAT_TARGET },
      },
      target: {
        fewerThan: "openapi-fetch",
        met: perCall.get("our client")! < perCall.get("openapi-fetch")!,
      },
    };
  } finally {
    await server.close();
  }
}
