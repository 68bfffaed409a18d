// Records unhandled rejections and uncaught exceptions while a test file runs, so each test can
// assert that its fault produced none (vitest reports them too, but only for the run as a whole).
import { afterAll, beforeAll } from "vitest";

export interface ProcessEvent {
  kind: "unhandledRejection" | "uncaughtException";
  error: unknown;
}

export interface ProcessGuard {
  events: ProcessEvent[];
  /** Lets pending callbacks run (a rejection is reported once the microtask queue drains), then
   * returns what was recorded since the last call and forgets it. */
  drain(): Promise<ProcessEvent[]>;
}

export function guardProcess(): ProcessGuard {
  const events: ProcessEvent[] = [];
  const onRejection = (error: unknown) => events.push({ kind: "unhandledRejection", error });
  const onException = (error: unknown) => events.push({ kind: "uncaughtException", error });
  beforeAll(() => {
    process.on("unhandledRejection", onRejection);
    process.on("uncaughtException", onException);
  });
  afterAll(() => {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
  });
  return {
    events,
    async drain() {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return events.splice(0);
    },
  };
}
