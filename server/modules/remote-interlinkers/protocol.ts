import { z } from "zod";
import { pickTranslation, type Translated } from "../../../common/languages.js";
import { Problem } from "../../http/problem.js";

// The original INTERLINK asset protocol, as this platform speaks it to a registered service. Every call has a
// deadline and a size cap, follows no redirects, and its answer is checked before anything is stored.

/** A registered service as the protocol needs it: where it lives and what to call it in errors. */
export interface RemoteService {
  id: string;
  name: Translated;
  serviceUrl: string;
}

/** How long each kind of call may take: a dead service must not hold a request (or a transaction) for long. */
export const timeouts = { healthcheck: 3_000, read: 5_000, write: 10_000 } as const;
/** Asset metadata is a small JSON object; anything larger is not what the protocol describes. */
export const maxAnswerBytes = 64 * 1024;

/**
 * An asset id as a service gives it: it becomes a path segment of `{service}/assets/{id}`, so nothing that
 * could climb out of it (slashes, a leading dot) is accepted.
 */
export const externalId = z
  .string()
  .regex(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,199}$/, "Not an asset id a service may give (letters, digits, . _ ~ -).");

const remoteAsset = z.looseObject({
  id: z.union([z.string(), z.int().nonnegative()]).transform(String).pipe(externalId),
  name: z.string().trim().min(1).max(300).optional().catch(undefined),
});
export type RemoteAsset = z.infer<typeof remoteAsset>;

export const serviceOrigin = (service: Pick<RemoteService, "serviceUrl">) => new URL(service.serviceUrl).origin;

/** `{service}/{path}`, the service's own path prefix kept (a service may live under /tools/etherpad). */
export function serviceAddress(service: Pick<RemoteService, "serviceUrl">, path: string): string {
  return `${service.serviceUrl.replace(/\/+$/, "")}/${path}`;
}

export const assetPath = (id: string, action = "") => `assets/${encodeURIComponent(id)}${action ? `/${action}` : ""}`;
export const instantiateUrl = (service: Pick<RemoteService, "serviceUrl">) =>
  serviceAddress(service, "assets/instantiate");
export const viewUrl = (service: Pick<RemoteService, "serviceUrl">, id: string) =>
  serviceAddress(service, assetPath(id, "view"));

const serviceNamed = (service: RemoteService) =>
  `The service “${pickTranslation(service.name, "en")}” (${serviceOrigin(service)})`;

/** A refusal because a service failed; `reason` says what went wrong, for sentences other than the default. */
export class ServiceProblem extends Problem {
  constructor(
    status: number,
    type: string,
    detail: string,
    readonly service: RemoteService,
    readonly reason: string,
  ) {
    super(status, type, detail);
  }
}

/** The service could not be reached at all: refused connection, unknown host, reset. */
export const serviceUnavailable = (service: RemoteService) =>
  new ServiceProblem(
    503,
    "remote-service-unavailable",
    `${serviceNamed(service)} cannot be reached right now, so nothing was done. Try again later; if this lasts, tell a platform administrator.`,
    service,
    "it cannot be reached",
  );

export const serviceTimedOut = (service: RemoteService) =>
  new ServiceProblem(
    504,
    "remote-service-timeout",
    `${serviceNamed(service)} did not answer in time, so nothing was done. Try again later; if this lasts, tell a platform administrator.`,
    service,
    "it did not answer in time",
  );

export const serviceFailed = (service: RemoteService, reason: string) =>
  new ServiceProblem(
    502,
    "remote-service-failed",
    `${serviceNamed(service)} gave an answer this platform cannot use (${reason}), so nothing was done. Tell a platform administrator.`,
    service,
    `its answer was not usable: ${reason}`,
  );

/** A registration refused because the service's /healthcheck failed, said for the administrator registering it. */
export const healthCheckFailed = (problem: ServiceProblem) =>
  new Problem(
    problem.status,
    problem.type,
    `${serviceNamed(problem.service)} did not pass its health check: ${problem.reason}. It was not registered; check the address and that the service runs, then try again.`,
    [
      {
        path: "body.serviceUrl",
        code: "healthcheck_failed",
        params: { reason: problem.reason },
        message: `Its /healthcheck failed: ${problem.reason}.`,
      },
    ],
  );

/** The service answers but has no asset with this id any more (deleted there, or never made). */
export const remoteAssetMissing = (service: RemoteService) =>
  new Problem(
    502,
    "remote-asset-missing",
    `${serviceNamed(service)} no longer has this asset: it may have been deleted there. You may delete it here too.`,
  );

async function readCapped(service: RemoteService, response: Response): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxAnswerBytes) {
    await response.body?.cancel();
    throw serviceFailed(service, "its answer is too large");
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxAnswerBytes) {
        await reader.cancel();
        throw serviceFailed(service, "its answer is too large");
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** One call; answers with the status and the (capped) body, or throws the Problem that says what went wrong. */
async function call(
  service: RemoteService,
  options: { method: "GET" | "POST" | "DELETE"; path: string; timeout: number },
): Promise<{ status: number; body: string }> {
  let response: Response;
  try {
    response = await fetch(serviceAddress(service, options.path), {
      method: options.method,
      headers: { accept: "application/json" },
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeout),
    });
  } catch (error) {
    throw (error as Error).name === "TimeoutError" ? serviceTimedOut(service) : serviceUnavailable(service);
  }
  try {
    return { status: response.status, body: await readCapped(service, response) };
  } catch (error) {
    if (error instanceof Problem) throw error;
    throw (error as Error).name === "TimeoutError" ? serviceTimedOut(service) : serviceUnavailable(service);
  }
}

function parseAsset(service: RemoteService, body: string): RemoteAsset {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw serviceFailed(service, "the asset is not JSON");
  }
  const parsed = remoteAsset.safeParse(json);
  if (!parsed.success) throw serviceFailed(service, "the asset has no valid id");
  return parsed.data;
}

const unexpected = (service: RemoteService, status: number) => serviceFailed(service, `status ${status}`);

/** `GET /healthcheck`: any 2xx means the service is up. */
export async function checkHealth(service: RemoteService): Promise<void> {
  const { status } = await call(service, { method: "GET", path: "healthcheck", timeout: timeouts.healthcheck });
  if (status < 200 || status > 299) throw unexpected(service, status);
}

/** `GET /assets/{id}`: the asset's metadata, or null when the service has no such asset. */
export async function fetchRemoteAsset(service: RemoteService, id: string): Promise<RemoteAsset | null> {
  const { status, body } = await call(service, { method: "GET", path: assetPath(id), timeout: timeouts.read });
  if (status === 404) return null;
  if (status !== 200) throw unexpected(service, status);
  const asset = parseAsset(service, body);
  if (asset.id !== id) throw serviceFailed(service, "it described another asset");
  return asset;
}

/** `POST /assets/{id}/clone`: the copy's metadata; null when the service has no such asset to copy. */
export async function cloneRemoteAsset(service: RemoteService, id: string): Promise<RemoteAsset | null> {
  const { status, body } = await call(service, {
    method: "POST",
    path: assetPath(id, "clone"),
    timeout: timeouts.write,
  });
  if (status === 404) return null;
  if (status < 200 || status > 299) throw unexpected(service, status);
  return parseAsset(service, body);
}

/** `DELETE /assets/{id}`: done when the service deleted it or never had it. */
export async function deleteRemoteAsset(service: RemoteService, id: string): Promise<void> {
  const { status } = await call(service, { method: "DELETE", path: assetPath(id), timeout: timeouts.write });
  if (status === 404) return;
  if (status < 200 || status > 299) throw unexpected(service, status);
}
