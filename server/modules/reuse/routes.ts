import { optionalActor, requireActor } from "../../http/actor.js";
import { problemSchema, refusalResponses } from "../../http/problem.js";
import { idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { authorize, platform } from "../../policies/index.js";
import { loadProcessTree } from "../processes/access.js";
import { presentProcess } from "../processes/presenter.js";
import { cloneBody, processOutput } from "../processes/schema.js";
import { processDocument } from "./schema.js";
import { cloneProcess, exportProcess, importProcess } from "./service.js";

const tags = ["reuse"];

export async function reuseRoutes(app: ApiApp): Promise<void> {
  app.post(
    "/api/v1/processes/:id/clone",
    {
      schema: {
        tags,
        summary: "Start a new process of your own from this one",
        params: idParams,
        body: cloneBody,
        response: { 201: processOutput, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "clone", tree.subject, "process");
      if (request.body.includeGrants) authorize(actor, "manage_grants", tree.subject, "process");
      const created = await cloneProcess(app.db, { actor, tree, ...request.body });
      return reply.code(201).send(presentProcess(created, actor));
    },
  );

  app.get(
    "/api/v1/processes/:id/export",
    {
      schema: {
        tags,
        summary: "The process as one versioned JSON document (tree and the asset content you may see)",
        params: idParams,
        response: { 200: processDocument, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await optionalActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "export", tree.subject, "process");
      const document = await exportProcess(app.db, { actor, tree, instance: app.config.baseUrl });
      const filename = `interlink-process-${tree.process.id}.json`;
      return reply.header("content-disposition", `attachment; filename="${filename}"`).send(document);
    },
  );

  app.post(
    "/api/v1/processes/import",
    {
      schema: {
        tags,
        summary: "A new private process from an exported document",
        body: processDocument,
        response: { 201: processOutput, 413: problemSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      authorize(actor, "create_process", platform, "platform");
      const created = await importProcess(app.db, { actor, document: request.body });
      return reply.code(201).send(presentProcess(created, actor));
    },
  );
}
