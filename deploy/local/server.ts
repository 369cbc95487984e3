import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Eip1193Provider } from "./rpc.js";

/** A running JSON-RPC HTTP server. */
export type JsonRpcServer = {
  /** `http://<host>:<port>/`. */
  url: string;
  host: string;
  /** The port it listens on (the one chosen by the system when `0` was asked for). */
  port: number;
  /** Stops accepting connections, ends open ones, and resolves once closed. */
  close(): Promise<void>;
};

/** The most a request body may hold (contract deployments are large, a few MB at most). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

type RpcResponse = { jsonrpc: "2.0"; id: unknown; result?: unknown; error?: { code: number; message: string; data?: unknown } };

const errorResponse = (id: unknown, code: number, message: string, data?: unknown): RpcResponse => ({
  jsonrpc: "2.0",
  id: id ?? null,
  error: data === undefined ? { code, message } : { code, message, data },
});

/** The JSON-RPC error for a provider error, keeping revert data as raw hex (how viem decodes custom errors). */
function toRpcError(id: unknown, error: unknown): RpcResponse {
  const { code, message, data } = (error ?? {}) as { code?: unknown; message?: unknown; data?: unknown };
  const revertData =
    typeof data === "string" ? data : typeof (data as { data?: unknown } | undefined)?.data === "string" ? (data as { data: string }).data : undefined;
  const rpcCode = typeof code === "number" ? code : revertData !== undefined ? 3 : -32603;
  return errorResponse(id, rpcCode, typeof message === "string" ? message : "Internal error", revertData);
}

async function handleOne(provider: Eip1193Provider, request: unknown): Promise<RpcResponse> {
  const { jsonrpc, id, method, params } = (typeof request === "object" && request !== null ? request : {}) as Record<string, unknown>;
  if (jsonrpc !== "2.0" || typeof method !== "string" || (params !== undefined && !Array.isArray(params)))
    return errorResponse(id, -32600, "Invalid request");
  try {
    const result = await provider.request({ method, params: (params as unknown[] | undefined) ?? [] });
    return { jsonrpc: "2.0", id: id ?? null, result: result ?? null };
  } catch (error) {
    return toRpcError(id, error);
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new RangeError("request body too large"));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, {
    "Content-Type": "application/json",
    // Wallets and dapps on other origins talk to a development node.
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "POST, OPTIONS",
    "Access-Control-Allow-Headers": "*",
  });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

/**
 * Serves an EIP-1193 provider (such as Hardhat's in-process network) as a JSON-RPC endpoint over
 * HTTP: single and batch requests, CORS open (a development node for wallets and dapps).
 *
 * @param provider - What answers the requests.
 * @param options - `host` (default `127.0.0.1`) and `port` (default 8545; `0` picks a free one).
 * @returns The server's URL, port and `close`.
 * @throws When the port is taken (`EADDRINUSE`) or the host cannot be bound.
 * @example
 * ```ts
 * const server = await serveJsonRpc(connection.provider, { port: 8545 });
 * console.log(server.url);
 * await server.close();
 * ```
 */
export async function serveJsonRpc(provider: Eip1193Provider, { host = "127.0.0.1", port = 8545 }: { host?: string; port?: number } = {}): Promise<JsonRpcServer> {
  const server = createServer((request, response) => {
    if (request.method === "OPTIONS") return send(response, 204);
    if (request.method !== "POST") return send(response, 405, errorResponse(null, -32600, "Use POST for JSON-RPC requests"));
    readBody(request).then(
      async (text) => {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return send(response, 200, errorResponse(null, -32700, "Parse error"));
        }
        if (Array.isArray(body)) {
          if (body.length === 0) return send(response, 200, errorResponse(null, -32600, "Invalid request: empty batch"));
          // One at a time, in order: a development chain's requests often depend on the previous one.
          const responses: RpcResponse[] = [];
          for (const item of body) responses.push(await handleOne(provider, item));
          return send(response, 200, responses);
        }
        return send(response, 200, await handleOne(provider, body));
      },
      () => send(response, 413, errorResponse(null, -32600, "Request body too large")),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
