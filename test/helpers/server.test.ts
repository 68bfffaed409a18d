// The loopback servers the real-socket tests stand on: requests recorded as their heads arrive,
// connections tracked in both modes, and an origin that refuses connections by construction.
import { connect, createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { refusingOrigin, startFaultServer, startServer, until } from "./server.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** Opens a raw connection to `port` and writes `text`. */
function rawClient(port: number, text: string) {
  const socket = connect(port, "127.0.0.1");
  socket.on("error", () => {});
  socket.write(text);
  closers.push(async () => void socket.destroy());
  return socket;
}

describe("startServer (node:http)", () => {
  it("records a request when its head arrives, and answers once its body is whole", async () => {
    const bodies: string[] = [];
    const server = await startServer((_req, res, body) => {
      bodies.push(body);
      res.writeHead(204).end();
    });
    closers.push(server.close);
    const socket = rawClient(
      server.port,
      "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\nConnection: close\r\n\r\nhello",
    );
    await until(() => server.requests.length === 1);
    expect(server.requests[0]).toMatchObject({ method: "POST", url: "/x", body: "" });
    expect(bodies).toEqual([]);
    socket.write("world");
    await until(() => bodies.length === 1);
    expect(bodies).toEqual(["helloworld"]);
    expect(server.requests[0]!.body).toBe("helloworld");
  });

  it("tracks each connection and the requests it carried", async () => {
    const server = await startServer((_req, res) => res.writeHead(200).end("ok"));
    closers.push(server.close);
    const response = await fetch(`${server.origin}/a`, { headers: { connection: "close" } });
    expect(await response.text()).toBe("ok");
    await server.allClosed();
    expect(server.connections).toMatchObject([{ id: 0, requests: 1, closed: true }]);
  });
});

describe("startFaultServer (raw sockets)", () => {
  it("records a request when its head arrives, before its body is complete", async () => {
    const handled: string[] = [];
    const server = await startFaultServer((ex) => {
      handled.push(ex.text);
      ex.respond(200, "ok");
    });
    closers.push(server.close);
    const socket = rawClient(server.port, "PUT /y HTTP/1.1\r\nContent-Length: 4\r\n\r\nab");
    await until(() => server.requests.length === 1);
    expect(server.requests[0]).toMatchObject({ method: "PUT", url: "/y", complete: false });
    socket.write("cd");
    await until(() => handled.length === 1);
    expect(handled).toEqual(["abcd"]);
    expect(server.requests[0]!.complete).toBe(true);
  });
});

describe("refusingOrigin", () => {
  it("refuses every connection while it is open", async () => {
    const refusing = await refusingOrigin();
    closers.push(refusing.close);
    for (let i = 0; i < 3; i++) {
      const error = await fetch(`${refusing.origin}/`).catch((e: unknown) => e);
      expect((error as Error & { cause?: { code?: string } }).cause?.code).toBe("ECONNREFUSED");
    }
  });

  it("holds its port: nothing else can listen there", async () => {
    const refusing = await refusingOrigin();
    closers.push(refusing.close);
    const intruder = createServer();
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      intruder.once("error", resolve);
      intruder.listen(refusing.port, "127.0.0.1", () => resolve(new Error("listened")));
    });
    intruder.close();
    expect(error.code).toBe("EADDRINUSE");
  });
});
