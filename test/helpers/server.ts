// Loopback test servers on 127.0.0.1, for tests that need real sockets. Each test starts its own
// and closes it. One listening core tracks every connection (so a test can prove that the client
// closed each socket it opened) and serves in one of two ways:
// - startServer(handler): node:http parses the requests, and the handler answers with `res`;
// - startFaultServer(handler): raw sockets (node:net), so a test can do what node:http refuses to:
//   reset a connection before or in the middle of a response, announce a Content-Length it never
//   sends, frame a chunked body by hand, leave headers unsent forever.
// Both record each request as soon as its head arrives (its body is filled in once it is whole), so a
// test can wait for a request to reach the server instead of sleeping.
// refusingOrigin() gives an address where nothing listens, by construction.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import {
  connect,
  createServer as createNetServer,
  type AddressInfo,
  type Server,
  type Socket,
} from "node:net";
import { constants, createGzip } from "node:zlib";

export interface ConnectionRecord {
  id: number;
  /** The requests seen on it (a keep-alive connection may carry several). */
  requests: number;
  /** Bytes received on it. */
  bytes: number;
  closed: boolean;
}

/** What both kinds of server have: where they listen, their connections, and how to stop them. */
export interface LoopbackServer {
  origin: string;
  port: number;
  connections: ConnectionRecord[];
  /** Connections still open. */
  openConnections(): ConnectionRecord[];
  /**
   * Resolves once every connection that carried anything is closed (by the client: these servers
   * never close a connection after a fault); rejects after `withinMs` naming the ones still open.
   *
   * Connections on which nothing was ever sent are left out on purpose: after a request is aborted
   * (a timeout), undici's pool opens a fresh connection at once and keeps it idle for its
   * keep-alive timeout (4 s), unreferenced, so it never holds a process open. Plain `fetch` with
   * `AbortSignal.timeout()` does the same; it is not this client's doing. exit.test.ts proves that
   * nothing the client leaves behind keeps a process alive.
   */
  allClosed(withinMs?: number): Promise<void>;
  /** Destroys what is left and stops listening. */
  close(): Promise<void>;
}

/** Listens on a free 127.0.0.1 port and hands each connection, already recorded, to `serve`. */
async function listen(
  serve: (socket: Socket, record: ConnectionRecord) => void,
): Promise<LoopbackServer> {
  const connections: ConnectionRecord[] = [];
  const sockets = new Map<ConnectionRecord, Socket>();
  const server: Server = createNetServer((socket) => {
    const record: ConnectionRecord = {
      id: connections.length,
      requests: 0,
      bytes: 0,
      closed: false,
    };
    connections.push(record);
    sockets.set(record, socket);
    socket.on("close", () => {
      record.closed = true;
      sockets.delete(record);
    });
    socket.on("data", (data: Buffer) => {
      record.bytes += data.length;
    });
    // A reset from either side is part of the game here, not a failure of the server.
    socket.on("error", () => {});
    serve(socket, record);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const openConnections = () => connections.filter((c) => !c.closed);
  const openUsed = () => openConnections().filter((c) => c.bytes > 0);
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    connections,
    openConnections,
    async allClosed(withinMs = 10_000) {
      // The deadline only turns a hang into a readable failure; it is far beyond any real close.
      const deadline = Date.now() + withinMs;
      while (openUsed().length > 0) {
        if (Date.now() > deadline) {
          const open = openUsed()
            .map((c) => `#${c.id} (${c.requests} requests, ${c.bytes} bytes)`)
            .join(", ");
          throw new Error(`connections still open ${withinMs} ms after the call ended: ${open}`);
        }
        await sleep(5);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets.values()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// startServer: node:http.

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  /** The body as text; "" until the whole body has arrived. */
  body: string;
}

export interface TestServer extends LoopbackServer {
  requests: RecordedRequest[];
}

/** Called once the request's whole body has arrived; `index` is its place in `requests`. */
export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  index: number,
) => void;

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const records = new WeakMap<Socket, ConnectionRecord>();
  const http = createHttpServer((req, res) => {
    const record = records.get(req.socket);
    if (record) record.requests++;
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: "",
    };
    const index = requests.push(recorded) - 1;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      recorded.body = Buffer.concat(chunks).toString("utf8");
      handler(req, res, recorded.body, index);
    });
  });
  const base = await listen((socket, record) => {
    records.set(socket, record);
    http.emit("connection", socket);
  });
  return { ...base, requests };
}

// ---------------------------------------------------------------------------------------------
// startFaultServer: raw sockets.

export interface FaultRequest {
  method: string;
  url: string;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** Whether the whole body (per its Content-Length) arrived before the handler ran. */
  complete: boolean;
  /** The connection it came on: 0 for the server's first connection, 1 for the next... */
  connection: number;
}

/** One request and the means to answer it, well or badly. */
export class Exchange {
  #ended = false;
  constructor(
    readonly request: FaultRequest,
    /** The request's position among all requests this server has seen (0 for the first). */
    readonly index: number,
    readonly socket: Socket,
    private readonly keepAlive: boolean,
  ) {}

  get text(): string {
    return this.request.body.toString("utf8");
  }

  /** Writes a status line and headers exactly as given (no Content-Length or Connection added). */
  head(status: number, headers: Record<string, string | number> = {}, reason = "Status"): this {
    const lines = [`HTTP/1.1 ${status} ${reason}`];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    this.socket.write(`${lines.join("\r\n")}\r\n\r\n`);
    return this;
  }

  /** Writes raw bytes (part of a body, or anything else). */
  write(data: string | Uint8Array): this {
    this.socket.write(data);
    return this;
  }

  /** Writes one chunk of a chunked body (a zero-length one would end the body, so none is sent). */
  chunk(data: string | Uint8Array): this {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    if (bytes.length > 0) this.socket.write(`${bytes.length.toString(16)}\r\n`);
    if (bytes.length > 0) this.socket.write(Buffer.concat([bytes, Buffer.from("\r\n")]));
    return this;
  }

  /** Ends a chunked body properly, then closes the connection (unless keep-alive). */
  endChunks(): void {
    this.socket.write("0\r\n\r\n");
    this.finish();
  }

  /** A complete, well-formed response with a correct Content-Length. */
  respond(
    status: number,
    body: string | Uint8Array = "",
    headers: Record<string, string | number> = {},
    reason = "Status",
  ): void {
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
    this.head(
      status,
      {
        ...headers,
        "Content-Length": bytes.length,
        Connection: this.keepAlive ? "keep-alive" : "close",
      },
      reason,
    );
    this.socket.write(bytes);
    this.finish();
  }

  json(status: number, value: unknown, headers: Record<string, string | number> = {}): void {
    this.respond(status, JSON.stringify(value), {
      "Content-Type": "application/json",
      ...headers,
    });
  }

  /** Closes the connection with a TCP RST: the client sees ECONNRESET. */
  reset(): void {
    this.#ended = true;
    if (!this.socket.destroyed) this.socket.resetAndDestroy();
  }

  /** Closes the connection cleanly (FIN), whatever was announced. */
  hangUp(): void {
    this.#ended = true;
    this.socket.end();
  }

  private finish(): void {
    this.#ended = true;
    if (!this.keepAlive) this.socket.end();
  }

  get ended(): boolean {
    return this.#ended;
  }
}

export type FaultHandler = (exchange: Exchange) => void | Promise<void>;

export interface FaultServerOptions {
  /** Keep connections open after complete responses (default: answer with Connection: close). */
  keepAlive?: boolean;
  /**
   * Called as soon as a request's head is read, before its body: return true to take the request
   * over (its handler is not called, and whatever else arrives on the connection is only recorded).
   */
  onHead?: (exchange: Exchange) => boolean;
}

export interface FaultServer extends LoopbackServer {
  requests: FaultRequest[];
  /** Errors thrown by handlers (a test should expect none). */
  errors: unknown[];
}

const HEAD_END = Buffer.from("\r\n\r\n");

export async function startFaultServer(
  handler: FaultHandler,
  options: FaultServerOptions = {},
): Promise<FaultServer> {
  const requests: FaultRequest[] = [];
  const errors: unknown[] = [];
  const keepAlive = options.keepAlive === true;

  const base = await listen((socket, record) => {
    let buffer = Buffer.alloc(0);
    let pending: { exchange: Exchange; length: number } | undefined;
    // After onHead took a request over, the rest of what arrives on the connection is ignored.
    let discarding = false;

    const dispatch = (exchange: Exchange) => {
      try {
        Promise.resolve(handler(exchange)).catch((error: unknown) => errors.push(error));
      } catch (error) {
        errors.push(error);
      }
    };

    const pump = () => {
      for (;;) {
        if (!pending) {
          const end = buffer.indexOf(HEAD_END);
          if (end < 0) return;
          const [line = "", ...fields] = buffer.subarray(0, end).toString("latin1").split("\r\n");
          buffer = buffer.subarray(end + HEAD_END.length);
          const [method = "", url = ""] = line.split(" ");
          const headers: Record<string, string> = {};
          for (const field of fields) {
            const colon = field.indexOf(":");
            const name = field.slice(0, colon).trim().toLowerCase();
            const value = field.slice(colon + 1).trim();
            headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
          }
          if (headers["transfer-encoding"]) {
            errors.push(new Error("fault server: chunked request bodies are not supported"));
          }
          const request: FaultRequest = {
            method,
            url,
            headers,
            body: Buffer.alloc(0),
            complete: false,
            connection: record.id,
          };
          requests.push(request);
          record.requests++;
          const exchange = new Exchange(request, requests.length - 1, socket, keepAlive);
          pending = { exchange, length: Number(headers["content-length"] ?? 0) };
          if (options.onHead?.(exchange)) {
            discarding = true;
            return;
          }
        }
        if (buffer.length < pending.length) return;
        const { exchange, length } = pending;
        pending = undefined;
        exchange.request.body = Buffer.from(buffer.subarray(0, length));
        exchange.request.complete = true;
        buffer = buffer.subarray(length);
        dispatch(exchange);
      }
    };

    socket.on("data", (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      if (discarding) {
        if (pending) pending.exchange.request.body = buffer.subarray(0, pending.length);
        return;
      }
      if (pending) pending.exchange.request.body = buffer.subarray(0, pending.length);
      pump();
    });
  });
  return { ...base, requests, errors };
}

/** A body split into pieces of `size` bytes (a multi-byte character may be split across two). */
export function slices(data: string | Uint8Array, size: number): Buffer[] {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

/**
 * Gzips `parts` as a streaming server would, with a sync flush after each, and returns the compressed
 * bytes as they stood after each flush: cutting the body at one of them leaves a gzip stream that
 * decodes cleanly up to that part, with no end (no final block, no trailer).
 */
export async function gzipFlushPoints(parts: string[]): Promise<Buffer[]> {
  const gzip = createGzip();
  const out: Buffer[] = [];
  gzip.on("data", (data: Buffer) => out.push(data));
  const points: Buffer[] = [];
  for (const part of parts) {
    gzip.write(part);
    await new Promise<void>((resolve) => gzip.flush(constants.Z_SYNC_FLUSH, () => resolve()));
    points.push(Buffer.concat(out));
  }
  gzip.destroy();
  return points;
}

// ---------------------------------------------------------------------------------------------
// Waiting, and an address where nothing listens.

/** Paces a server's writes. Never a way to wait for something to happen: use `until`. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `condition()` holds, checking every few ms. The time limit only turns a condition
 * that never comes into a readable failure; it is far beyond any real wait, even on a loaded machine.
 */
export async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(2);
  }
}

export interface RefusingOrigin {
  /** `http://127.0.0.1:<port>`: a connection to it is refused (ECONNREFUSED). */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * An origin where nothing listens, by construction, for as long as it is open. Its port is the local
 * end of a connection this helper holds open to a server of its own: the kernel lets nothing else
 * bind that port meanwhile, and nothing listens on it, so every connection to it is refused. (A port
 * just closed is no such thing: another test, or another suite running at the same time, may be
 * given it and listen there.)
 */
export async function refusingOrigin(): Promise<RefusingOrigin> {
  const accepted: Socket[] = [];
  const peer = createNetServer((socket) => {
    accepted.push(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => peer.listen(0, "127.0.0.1", resolve));
  const holder = connect((peer.address() as AddressInfo).port, "127.0.0.1");
  holder.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    holder.once("connect", resolve);
    holder.once("error", reject);
  });
  const port = holder.localPort!;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        holder.destroy();
        for (const socket of accepted) socket.destroy();
        peer.close(() => resolve());
      }),
  };
}
