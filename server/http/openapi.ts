import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/**
 * The OpenAPI 3.1 document is generated from the routes' zod schemas: it is the contract the web client is
 * generated from. Served at /api/openapi.json, browsable at /api/docs.
 */
export async function registerOpenApi(
  app: FastifyInstance,
  options: { baseUrl: string; authDocument: () => Promise<AuthDocument> },
): Promise<void> {
  const { baseUrl } = options;
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "INTERLINK API",
        version: "1",
        description:
          "Co-produce public services. Errors are RFC 9457 problem+json. Accounts and sessions live under " +
          "/api/auth (better-auth); every other route is here.",
        license: { name: "EUPL-1.2", url: "https://interoperable-europe.ec.europa.eu/collection/eupl" },
      },
      servers: [{ url: baseUrl }],
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "interlink.session_token" },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: false });
  let merged: Record<string, unknown> | undefined;
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => {
    merged ??= mergeAuthDocument(app.swagger() as unknown as OpenApiDocument, await options.authDocument());
    return merged;
  });
}

interface OpenApiDocument {
  paths?: Record<string, Record<string, { tags?: string[] }>>;
  components?: { schemas?: Record<string, unknown> };
  tags?: { name: string; description?: string }[];
}
export type AuthDocument = OpenApiDocument;

/** better-auth describes its own routes; they join ours under /api/auth with the tag "auth". */
function mergeAuthDocument(api: OpenApiDocument, auth: AuthDocument): Record<string, unknown> {
  const authPaths = Object.fromEntries(
    Object.entries(auth.paths ?? {}).map(([path, operations]) => [
      `/api/auth${path}`,
      Object.fromEntries(
        Object.entries(operations).map(([method, operation]) => [method, { ...operation, tags: ["auth"] }]),
      ),
    ]),
  );
  return {
    ...api,
    tags: [
      ...(api.tags ?? []),
      { name: "auth", description: "Sign-up, sign-in, sessions, e-mail verification, password reset (better-auth)" },
    ],
    paths: { ...api.paths, ...authPaths },
    components: {
      ...api.components,
      schemas: { ...auth.components?.schemas, ...api.components?.schemas },
    },
  };
}
