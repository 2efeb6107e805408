import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyInstance } from "fastify";

export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * WebSocket endpoints share the API's port. The core answers every HTTP upgrade: unknown paths are refused, and
 * so is any upgrade whose Origin is not the platform's, since a browser sends our cookies with a WebSocket that
 * any page opens (cross-site WebSocket hijacking).
 */
export function registerUpgrades(
  app: FastifyInstance,
  options: { trustedOrigins: string[]; handlers: Map<string, UpgradeHandler> },
) {
  const trusted = new Set(options.trustedOrigins);
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? "/").split("?")[0]!;
    const handler = options.handlers.get(path);
    if (!handler) return refuseUpgrade(socket, 404, "Not Found");
    if (!request.headers.origin || !trusted.has(request.headers.origin)) return refuseUpgrade(socket, 403, "Forbidden");
    handler(request, socket, head);
  };
  app.server.on("upgrade", onUpgrade);
  app.addHook("onClose", async () => {
    app.server.off("upgrade", onUpgrade);
  });
}

/** Answers an upgrade with a plain HTTP refusal and hangs up. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}
