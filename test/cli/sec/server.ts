/** A fixture server on 127.0.0.1 (port 0) standing in for www.sec.gov and data.sec.gov in tests. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FixtureServer {
  url: string;
  /** Every request: path and headers. */
  requests: Array<{ path: string; headers: IncomingMessage["headers"] }>;
  close(): Promise<void>;
}

/** Each path answers with its handlers in turn, the last one repeating. */
export async function serve(routes: Record<string, Handler | Handler[]>): Promise<FixtureServer> {
  const calls = new Map<string, number>();
  const requests: FixtureServer["requests"] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, headers: req.headers });
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { "Content-Type": "text/html" }).end("<html><title>Not Found</title></html>");
      return;
    }
    const list = Array.isArray(route) ? route : [route];
    const n = calls.get(path) ?? 0;
    calls.set(path, n + 1);
    list[Math.min(n, list.length - 1)](req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** JSON, gzip-compressed when the client accepts it (as SEC does). */
export const json =
  (text: string): Handler =>
  (req, res) => {
    if (/gzip/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" }).end(gzipSync(text));
    } else {
      res.writeHead(200, { "Content-Type": "application/json" }).end(text);
    }
  };

export const status =
  (code: number, body = "", headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(code, { "Content-Type": "text/html", ...headers }).end(body);
  };

/** Announces more bytes than it sends, then closes the connection: a cut-off download. */
export const cutOff =
  (text: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(text.length * 2) });
    res.write(text.slice(0, Math.floor(text.length / 2)));
    setTimeout(() => res.socket?.destroy(), 10);
  };
