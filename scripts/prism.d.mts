// Types of scripts/prism.mjs, for the TypeScript tests that import it.

export interface PrismServer {
  /** Where Prism listens, such as "http://127.0.0.1:41234". */
  readonly origin: string;
  readonly port: number;
  /** The process id of the prism process itself. */
  readonly pid: number;
  /** Prism's log so far (the last few hundred lines), for diagnosing a refused request. */
  log(): string;
  /** SIGTERM, then SIGKILL if Prism has not exited within 3 s. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface StartPrismOptions {
  /** The spec to mock (default: generated/openapi.json). */
  spec?: string;
  /** The port (default: a free one the OS picks). */
  port?: number;
}

/** Starts Prism with request validation (--errors) on 127.0.0.1 and waits until it answers. */
export function startPrism(options?: StartPrismOptions): Promise<PrismServer>;
