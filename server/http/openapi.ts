import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/**
 * The OpenAPI 3.1 document is generated from the routes' zod schemas: it is the contract the web client is
 * generated from. Served at /api/openapi.json, browsable at /api/docs.
 */
export async function registerOpenApi(app: FastifyInstance, baseUrl: string): Promise<void> {
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
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
