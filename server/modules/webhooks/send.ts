import { createHmac } from "node:crypto";
import https from "node:https";
import { pinnedLookup, resolvePublicAddresses } from "./address.js";

/** How long a receiver has to answer, and how much of its answer we read (we need only the status). */
export const deliveryTimeoutMs = 10_000;
const maxResponseBytes = 4096;

/** `sha256=<hex>` of HMAC-SHA256 over `<timestamp>.<body>` with the hook's secret (docs/webhooks.md). */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export interface SendResult {
  /** The receiver's HTTP status; null when no answer came. */
  status: number | null;
  ms: number;
  /** What went wrong, in a line: refused address, TLS, timeout, or the status that is not 2xx. */
  error: string | null;
}

/**
 * POSTs one delivery. The host is resolved and checked here, at each try, and the connection goes to exactly the
 * checked addresses. Redirects are not followed (a 3xx is a failure: the receiver's address is what its owner
 * registered), the answer is cut off after a few KB, and the whole exchange has `deliveryTimeoutMs`. TLS is
 * verified against the system's authorities plus `ca` (WEBHOOKS_CA_FILE), for this request only.
 */
export async function sendDelivery(options: {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowPrivate: boolean;
  ca?: string[];
  timeoutMs?: number;
}): Promise<SendResult> {
  const target = new URL(options.url);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (target.protocol !== "https:") return { status: null, ms: 0, error: "Webhooks are delivered over https only." };
  const resolved = await resolvePublicAddresses(target.hostname, options.allowPrivate);
  if ("refusal" in resolved) return { status: null, ms: elapsed(), error: resolved.refusal.message };
  const timeoutMs = options.timeoutMs ?? deliveryTimeoutMs;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, "ms">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, ms: elapsed() });
    };
    const request = https.request(
      {
        method: "POST",
        hostname: target.hostname.replace(/^\[|\]$/g, ""),
        port: target.port || 443,
        path: `${target.pathname}${target.search}`,
        headers: { ...options.headers, "content-length": String(Buffer.byteLength(options.body)) },
        // A connection of its own each time: never a kept-alive socket to an address checked for another hook.
        agent: false,
        lookup: pinnedLookup(resolved.addresses),
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (response) => {
        const status = response.statusCode ?? null;
        const error =
          status !== null && status >= 200 && status < 300 ? null : `The receiver answered ${status ?? "nothing"}.`;
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > maxResponseBytes) {
            response.destroy();
            finish({ status, error });
          }
        });
        response.on("end", () => finish({ status, error }));
        response.on("error", () => finish({ status, error }));
        response.on("close", () => finish({ status, error }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish({ status: null, error: `No answer within ${Math.round(timeoutMs / 1000)} s.` });
    }, timeoutMs);
    request.on("error", (error) => finish({ status: null, error: error.message.slice(0, 300) }));
    request.end(options.body);
  });
}
