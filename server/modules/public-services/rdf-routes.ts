import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { serviceLimits } from "../../../common/publicServices.js";
import type { Database } from "../../db/client.js";
import { optionalActor, requireActor } from "../../http/actor.js";
import { Problem, problemSchema, refusalResponses, sendProblem } from "../../http/problem.js";
import { idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { type Actor, authorize, type MaybeActor } from "../../policies/index.js";
import { getOrganization } from "../organizations/service.js";
import {
  type CpsvService,
  catalogueQuads,
  parseRdf,
  type RdfMediaType,
  RdfSyntaxError,
  serviceQuads,
  toJsonLd,
  toTurtle,
  validateCpsv,
} from "./cpsv.js";
import { type ImportedService, servicesFromQuads } from "./cpsv-import.js";
import { presentServices } from "./presenter.js";
import { publicService, publicServiceImportQuery } from "./schema.js";
import { createService, type LoadedService, listServices, loadLinks, loadService, updateService } from "./service.js";

const tags = ["public services"];
const rdfTypes: RdfMediaType[] = ["text/turtle", "application/ld+json"];
/** The most services one catalogue export carries (newest first). */
const catalogueLimit = 10_000;

// CPSV-AP 3.2.0 for public services (issue #14): each service and an organization's whole catalogue as Turtle or
// JSON-LD at stable addresses (also by `Accept`), and a file of another administration imported as a new private
// service. The mapping is cpsv.ts's (docs/cpsv-ap.md); what is exported is what the reader may see.

/** The services as the mapping takes them, each with only the related services this reader may see. */
async function forExport(db: Database, actor: MaybeActor, services: LoadedService[]): Promise<CpsvService[]> {
  // The presenter already keeps, of each service's related services, those this reader may see.
  const presented = new Map(
    (await presentServices(db, actor, services)).map((service) => [service.id, service] as const),
  );
  return services.map(({ row, authority }) => ({
    id: row.id,
    identifier: row.identifier,
    name: row.name,
    description: row.description,
    keywords: row.keywords,
    thematicAreas: row.thematicAreas,
    sectors: row.sectors,
    status: row.status,
    details: row.details,
    organization: authority,
    relatedServiceIds: (presented.get(row.id)?.relatedServices ?? []).map((related) => related.id),
  }));
}

/** Turtle unless the reader asks for JSON-LD first (`Accept`), for the address without an extension. */
function negotiated(accept: string | undefined): RdfMediaType | undefined {
  const wanted = (accept ?? "")
    .split(",")
    .map((range) => {
      const [type, ...parameters] = range.trim().split(";");
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { type: type!.toLowerCase(), q: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const range of wanted) {
    if (range.type === "text/turtle") return "text/turtle";
    if (range.type === "application/ld+json") return "application/ld+json";
    if (range.type === "application/json" || range.type === "text/html" || range.type === "*/*") return undefined;
  }
  return undefined;
}

async function sendRdf(reply: FastifyReply, type: RdfMediaType, quads: Parameters<typeof toTurtle>[0], name: string) {
  reply.header("vary", "accept").header("content-disposition", `inline; filename="${name}"`);
  if (type === "text/turtle") return reply.type("text/turtle; charset=utf-8").send(await toTurtle(quads));
  return reply.type("application/ld+json; charset=utf-8").send(JSON.stringify(await toJsonLd(quads)));
}

/** Import refusals in this route's words: the limit is a file's, and the types are RDF's, not JSON alone. */
function importErrors(error: FastifyError, _request: unknown, reply: FastifyReply) {
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return sendProblem(
      reply,
      new Problem(413, "too-large", `A CPSV-AP file has at most ${serviceLimits.importBytes / 1024} KiB.`),
    );
  }
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return sendProblem(
      reply,
      new Problem(415, "unsupported-media-type", "Send the file as text/turtle or application/ld+json."),
    );
  }
  throw error;
}

/**
 * Each imported service as a new private service of the authority, in one transaction; relations between services
 * of the same file are kept between their copies.
 */
async function importServices(
  db: Database,
  actor: Actor,
  authorityId: string,
  services: ImportedService[],
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const copies = new Map<string, string>();
    const ids: string[] = [];
    for (const { importedFrom, relatedServices: _related, details, ...fields } of services) {
      const id = await createService(tx, {
        actor,
        authorityId,
        fields: { ...fields, ...details, visibility: "private" },
        ...(importedFrom ? { importedFrom } : {}),
      });
      if (importedFrom) copies.set(importedFrom, id);
      ids.push(id);
    }
    for (const [index, service] of services.entries()) {
      const related = service.relatedServices.flatMap((iri) => copies.get(iri) ?? []);
      if (related.length > 0) {
        const loaded = await loadService(tx, actor, ids[index]!);
        await updateService(tx, { actor: null, loaded, patch: { relatedServiceIds: related } });
      }
    }
    return ids;
  });
}

export async function publicServiceRdfRoutes(app: ApiApp): Promise<void> {
  // Only inside this scope: the rest of the API keeps reading JSON alone.
  app.addContentTypeParser(
    rdfTypes,
    { parseAs: "string", bodyLimit: serviceLimits.importBytes },
    (_request, body, done) => done(null, body),
  );

  const rdfResponse = { 200: z.string().describe("Turtle or JSON-LD"), ...refusalResponses };

  type ById = FastifyRequest<{ Params: { id: string } }>;
  const exportOne = (type: RdfMediaType | "negotiate") => async (request: ById, reply: FastifyReply) => {
    const actor = await optionalActor(request);
    const loaded = await loadService(app.db, actor, request.params.id);
    authorize(actor, "view", loaded.subject, "public service");
    const chosen = type === "negotiate" ? negotiated(request.headers.accept) : type;
    if (!chosen) return reply.header("vary", "accept").send((await presentServices(app.db, actor, [loaded]))[0]);
    const [service] = await forExport(app.db, actor, [loaded]);
    const extension = chosen === "text/turtle" ? "ttl" : "jsonld";
    return sendRdf(
      reply,
      chosen,
      serviceQuads(service!, app.config.baseUrl),
      `public-service-${loaded.row.id}.${extension}`,
    );
  };

  app.get(
    "/api/v1/public-services/:id",
    {
      schema: {
        tags,
        summary:
          "A public service, with the processes that improved it and what the reader may do; as CPSV-AP Turtle or JSON-LD when `Accept` asks for text/turtle or application/ld+json",
        params: idParams,
        response: { 200: publicService, ...refusalResponses },
      },
    },
    exportOne("negotiate"),
  );
  app.get(
    "/api/v1/public-services/:id.ttl",
    {
      schema: {
        tags,
        summary: "A public service in CPSV-AP 3.2.0, as Turtle",
        params: idParams,
        response: rdfResponse,
      },
    },
    exportOne("text/turtle"),
  );
  app.get(
    "/api/v1/public-services/:id.jsonld",
    {
      schema: {
        tags,
        summary: "A public service in CPSV-AP 3.2.0, as JSON-LD",
        params: idParams,
        response: rdfResponse,
      },
    },
    exportOne("application/ld+json"),
  );

  const exportCatalogue = (type: RdfMediaType) => async (request: ById, reply: FastifyReply) => {
    const actor = await optionalActor(request);
    const authority = await getOrganization(app.db, actor, request.params.id);
    authorize(actor, "view", authority.subject, "organization");
    // One query for the whole catalogue: an administration describes hundreds of services, not millions.
    const { items: services } = await listServices(app.db, actor, {
      limit: catalogueLimit,
      organizationId: authority.row.id,
    });
    const quads = catalogueQuads(await forExport(app.db, actor, services), app.config.baseUrl);
    const extension = type === "text/turtle" ? "ttl" : "jsonld";
    return sendRdf(reply, type, quads, `public-services-${authority.row.id}.${extension}`);
  };

  app.get(
    "/api/v1/organizations/:id/public-services.ttl",
    {
      schema: {
        tags,
        summary: "An organization's catalogue of public services the reader may see, in CPSV-AP 3.2.0, as Turtle",
        params: idParams,
        response: rdfResponse,
      },
    },
    exportCatalogue("text/turtle"),
  );
  app.get(
    "/api/v1/organizations/:id/public-services.jsonld",
    {
      schema: {
        tags,
        summary: "An organization's catalogue of public services the reader may see, in CPSV-AP 3.2.0, as JSON-LD",
        params: idParams,
        response: rdfResponse,
      },
    },
    exportCatalogue("application/ld+json"),
  );

  app.post(
    "/api/v1/public-services/import",
    {
      bodyLimit: serviceLimits.importBytes,
      errorHandler: importErrors,
      schema: {
        tags,
        summary:
          "Import another administration's CPSV-AP file (Turtle or JSON-LD, by Content-Type): each service in it becomes a new private service of the organization",
        querystring: publicServiceImportQuery,
        body: z.string().describe("The file: text/turtle or application/ld+json"),
        response: {
          201: z.object({ items: z.array(publicService) }),
          413: problemSchema,
          415: problemSchema,
          ...refusalResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const authority = await getOrganization(app.db, actor, request.query.organizationId);
      authorize(actor, "describe_service", authority.subject, "organization");
      const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase() as RdfMediaType;
      if (!rdfTypes.includes(type) || typeof request.body !== "string") {
        throw new Problem(415, "unsupported-media-type", "Send the file as text/turtle or application/ld+json.");
      }
      let quads: Awaited<ReturnType<typeof parseRdf>>;
      try {
        quads = await parseRdf(request.body, type);
      } catch (error) {
        if (error instanceof RdfSyntaxError) {
          throw new Problem(422, "invalid-rdf", "The file could not be read as RDF.", [
            { path: "body", code: "invalid_rdf", message: error.message },
          ]);
        }
        throw error;
      }
      // What INTERLINK needs of each service, read strictly: a file with anything we would drop or cannot take is
      // refused whole (a refused request changes nothing), each problem named with the node it concerns.
      const { services, problems } = servicesFromQuads(quads);
      if (problems.length > 0) {
        throw new Problem(
          422,
          "cpsv-ap-unsupported",
          "Some of the file cannot be taken; nothing was imported.",
          problems.slice(0, 100).map((problem) => ({
            path: ["body", problem.focusNode, problem.path].filter(Boolean).join(" "),
            code: problem.code,
            ...(problem.params ? { params: problem.params } : {}),
            message: problem.message,
          })),
        );
      }
      // Then the official shapes, on the whole file: what another administration publishes must be CPSV-AP.
      const violations = await validateCpsv(quads);
      if (violations.length > 0) {
        throw new Problem(
          422,
          "cpsv-ap-violations",
          "The file does not conform to CPSV-AP 3.2.0; nothing was imported.",
          violations.slice(0, 100).map((violation) => ({
            path: ["body", violation.focusNode, violation.path].filter(Boolean).join(" "),
            code: "shape_violation",
            message: violation.message,
          })),
        );
      }
      const ids = await importServices(app.db, actor, authority.row.id, services);
      const loaded = await Promise.all(ids.map((id) => loadService(app.db, actor, id)));
      return reply.code(201).send({ items: await presentServices(app.db, actor, loaded) });
    },
  );
}
