import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { z } from "zod";
import { redactError } from "./redact.js";

/** Parameters a field error's sentence needs, e.g. `{maximum: 200}` for `too_long`. */
export type FieldErrorParams = Record<string, string | number | boolean | (string | number)[]>;

/**
 * One field a request got wrong, e.g. `{path: "body.name.en", code: "too_long", params: {maximum: 200},
 * message: "Too long"}`. Clients translate `code` with `params` into the reader's language; `message` is the
 * English fallback for codes they do not know.
 */
export interface FieldError {
  path: string;
  code: string;
  params?: FieldErrorParams;
  message: string;
}

/** What zod reports about one issue, as fastify-type-provider-zod hands it on (the issue minus path, code, message). */
interface ZodIssueDetails {
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
  expected?: string;
  format?: string;
  values?: unknown[];
  keys?: string[];
  params?: { code?: unknown; [key: string]: unknown };
}

const formatCodes: Record<string, string> = {
  uuid: "invalid_uuid",
  guid: "invalid_uuid",
  email: "invalid_email",
  url: "invalid_url",
  date: "invalid_date",
  datetime: "invalid_datetime",
  regex: "invalid_format",
};

const sizeOf = (value: number | bigint | undefined) => (typeof value === "bigint" ? Number(value) : (value ?? 0));

/**
 * The stable code and parameters for one zod 4 issue. Custom issues (refine, superRefine) name their own code in
 * `params.code`, with any other `params` as the sentence's parameters.
 */
export function codeForZodIssue(
  code: string,
  details: ZodIssueDetails,
  message = "",
): Omit<FieldError, "path" | "message"> {
  switch (code) {
    case "too_small": {
      const minimum = sizeOf(details.minimum);
      if (details.origin === "string")
        return minimum <= 1 ? { code: "required" } : { code: "too_short", params: { minimum } };
      if (details.origin === "array" || details.origin === "set") return { code: "too_few_items", params: { minimum } };
      return { code: details.inclusive === false ? "number_above" : "number_min", params: { minimum } };
    }
    case "too_big": {
      const maximum = sizeOf(details.maximum);
      if (details.origin === "string") return { code: "too_long", params: { maximum } };
      if (details.origin === "array" || details.origin === "set")
        return { code: "too_many_items", params: { maximum } };
      return { code: details.inclusive === false ? "number_below" : "number_max", params: { maximum } };
    }
    case "invalid_type":
      // zod does not report the input; its message says "received undefined" when the field is missing.
      if (/received undefined/.test(message)) return { code: "required" };
      return { code: "invalid_type", params: { expected: details.expected ?? "value" } };
    case "invalid_format":
      return { code: formatCodes[details.format ?? ""] ?? "invalid_format", params: { format: details.format ?? "" } };
    case "invalid_value":
      return { code: "not_one_of", params: { options: (details.values ?? []).map(String) } };
    case "unrecognized_keys":
      return { code: "unknown_fields", params: { fields: details.keys ?? [] } };
    case "invalid_union":
      return { code: "invalid" };
    case "invalid_key":
    case "invalid_element":
      return { code: "invalid" };
    case "not_multiple_of":
      return { code: "invalid" };
    case "custom": {
      const { code: custom, ...params } = details.params ?? {};
      return {
        code: typeof custom === "string" ? custom : "invalid",
        ...(Object.keys(params).length ? { params: params as FieldErrorParams } : {}),
      };
    }
    default:
      return { code: "invalid" };
  }
}

/** Field errors for zod issues, their paths under `prefix` (e.g. `["body", "input"]`). */
export function fieldErrorsFromZod(
  issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[],
  prefix: string[],
): FieldError[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join("."),
    ...codeForZodIssue(issue.code, issue as ZodIssueDetails, issue.message),
    message: issue.message,
  }));
}

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  410: "Gone",
  413: "Request too large",
  414: "Address too long",
  415: "Unsupported media type",
  422: "Invalid request",
  429: "Too many requests",
  431: "Headers too large",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service unavailable",
  504: "Gateway timeout",
};

/**
 * An error a route or service throws to refuse a request; the error handler turns it into RFC 9457 problem+json.
 * `type` is a stable slug clients may switch on; `detail` is a sentence a person can act on.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** Headers the answer carries, e.g. `retry-after` on a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }
}

export const notSignedIn = () => new Problem(401, "not-signed-in", "Sign in to do this.");
export const notFound = (what: string) =>
  new Problem(404, "not-found", `This ${what} does not exist, or you may not see it.`);
export const forbidden = (detail: string) => new Problem(403, "forbidden", detail);
export const conflict = (type: string, detail: string) => new Problem(409, type, detail);
export const invalid = (errors: FieldError[], detail = "Some fields are not valid.") =>
  new Problem(422, "validation-failed", detail, errors);

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          code: z.string().meta({ description: "A stable code clients translate, e.g. `too_long`." }),
          params: z
            .record(z.string(), z.unknown())
            .optional()
            .meta({ description: "What the code's sentence needs, e.g. `{maximum: 200}`." }),
          message: z.string().meta({ description: "The same in English, for codes a client does not know." }),
        }),
      )
      .optional(),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem detail." });
export type ProblemBody = z.infer<typeof problemSchema>;

/** The refusals any route that reads a subject and checks rights may answer, for its response schemas. */
export const refusalResponses = {
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  const body: ProblemBody = {
    type: `/problems/${problem.type}`,
    title: titles[problem.status] ?? "Error",
    status: problem.status,
    detail: problem.detail,
    instance: reply.request.url.split("?")[0],
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  if (problem.headers) reply.headers(problem.headers);
  // Serialized by hand: a problem must not depend on the route's own response schema.
  return reply.code(problem.status).type("application/problem+json").serializer(JSON.stringify).send(body);
}

/**
 * The answer to a request Node's HTTP parser refused before Fastify saw it (headers over 16 KB, a malformed
 * request line), written to the socket as problem+json like every other refusal. Fastify's default says the same
 * in plain JSON and always as 400.
 */
export function clientErrorResponse(error: { code?: string }): string {
  const [status, type, detail] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "headers-too-large", "The request's headers are too large (cookies included): at most 16 KB."]
      : [400, "bad-request", "This request could not be read."];
  const body = JSON.stringify({ type: `/problems/${type}`, title: titles[status] ?? "Error", status, detail });
  return (
    `HTTP/1.1 ${status} ${titles[status] ?? "Error"}\r\nContent-Type: application/problem+json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** Maps every error Fastify, zod or our code raises to problem+json; never leaks a stack trace. */
export function registerProblemHandlers(
  app: FastifyInstance,
  options: { pageFallback?: (reply: FastifyReply) => FastifyReply | Promise<FastifyReply> } = {},
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof Problem) return sendProblem(reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? "request";
      const errors = error.validation.map((issue) => ({
        path: [context, ...issue.instancePath.split("/").filter(Boolean)].join("."),
        ...codeForZodIssue(issue.keyword, issue.params as ZodIssueDetails, issue.message ?? ""),
        message: issue.message ?? "is not valid",
      }));
      return sendProblem(reply, invalid(errors, describeValidation(errors)));
    }
    if (!isResponseSerializationError(error) && error.statusCode && error.statusCode < 500) {
      return sendProblem(reply, fromFastifyError(error));
    }
    request.log.error({ err: redactError(error) }, "request failed");
    return sendProblem(
      reply,
      new Problem(500, "internal", "Something went wrong on our side. It has been logged; please try again."),
    );
  });

  app.setNotFoundHandler((request, reply) => {
    // A page of the web app (anything but the API) is answered by the app itself, which routes in the browser.
    if (options.pageFallback && request.method === "GET" && !request.url.startsWith("/api")) {
      return options.pageFallback(reply);
    }
    return sendProblem(
      reply,
      new Problem(404, "not-found", `Nothing is served at ${request.method} ${request.url.split("?")[0]}.`),
    );
  });
}

function describeValidation(errors: FieldError[]): string {
  const first = errors[0];
  if (!first) return "The request is not valid.";
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return `${first.path}: ${first.message}${more}`;
}

function fromFastifyError(error: FastifyError): Problem {
  const status = error.statusCode ?? 400;
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new Problem(413, "too-large", "The request body is larger than the 1 MiB this server accepts.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new Problem(415, "unsupported-media-type", "Send the request body as application/json.");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new Problem(400, "bad-request", "The request says it has a JSON body but the body is empty.");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new Problem(400, "bad-request", "The request body is not valid JSON.");
    default:
      if (status === 429) return new Problem(429, "rate-limited", error.message);
      return new Problem(status, "bad-request", error.message);
  }
}
