import { optionalActor, optionalSessionUser, requireActor } from "../../http/actor.js";
import { notSignedIn, problemSchema } from "../../http/problem.js";
import type { ApiApp } from "../../http/types.js";
import { presentMe } from "./presenter.js";
import { me, profileUpdate } from "./schema.js";
import { updateProfile } from "./service.js";

export async function accountRoutes(app: ApiApp): Promise<void> {
  app.get(
    "/api/v1/me",
    {
      schema: {
        tags: ["accounts"],
        summary: "The signed-in person's profile",
        response: { 200: me, 401: problemSchema },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const row = await optionalSessionUser(request);
      if (!actor || !row) throw notSignedIn();
      return presentMe(row, actor);
    },
  );

  app.patch(
    "/api/v1/me",
    {
      schema: {
        tags: ["accounts"],
        summary: "Change your name or preferred language",
        body: profileUpdate,
        response: { 200: me, 401: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const row = await updateProfile(app.db, { userId: actor.userId, ...request.body });
      return presentMe(row, actor);
    },
  );
}
