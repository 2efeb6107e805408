import { languages } from "../../../common/languages.js";
import { optionalActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { notFound, refusalResponses } from "../../http/problem.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { listJobs, retryDeadJob } from "../../jobs/queue.js";
import { authorize, platform } from "../../policies/index.js";
import { presentJob } from "./presenter.js";
import { jobListQuery, jobOutput, platformOutput } from "./schema.js";

export async function platformRoutes(app: ApiApp): Promise<void> {
  app.get(
    "/api/v1/platform",
    {
      schema: {
        tags: ["platform"],
        summary: "How this instance presents itself: name, brand colour, logo, languages",
        security: [],
        response: { 200: platformOutput },
      },
    },
    async () => ({
      name: app.config.branding.name,
      primaryColor: app.config.branding.primaryColor,
      logoUrl: app.config.branding.logoUrl ?? null,
      languages: [...languages],
    }),
  );

  app.get(
    "/api/v1/platform/jobs",
    {
      schema: {
        tags: ["platform"],
        summary: "Background jobs in one state, newest first: by default those that ran out of tries",
        querystring: jobListQuery,
        response: { 200: pageOf(jobOutput), ...refusalResponses },
      },
    },
    async (request) => {
      authorize(await optionalActor(request), "administer", platform, "platform");
      const page = await listJobs(app.db, request.query);
      return { items: page.items.map(presentJob), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/v1/platform/jobs/:id/retry",
    {
      schema: {
        tags: ["platform"],
        summary: "Give a job that ran out of tries a fresh set of them, from now",
        params: idParams,
        body: emptyBody,
        response: { 200: jobOutput, ...refusalResponses },
      },
    },
    async (request) => {
      authorize(await optionalActor(request), "administer", platform, "platform");
      const retried = await retryDeadJob(app.db, request.params.id);
      if (!retried) throw notFound("job");
      app.jobs.wake();
      return presentJob(retried);
    },
  );
}
