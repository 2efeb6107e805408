import { sql } from "drizzle-orm";
import { z } from "zod";
import { problemSchema } from "../../http/problem.js";
import type { ApiApp } from "../../http/types.js";

const health = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgresql"]) }).meta({ id: "Health" });

export async function healthRoutes(app: ApiApp): Promise<void> {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["platform"],
        summary: "Whether the server and its database answer",
        security: [],
        response: { 200: health, 503: problemSchema },
      },
    },
    async () => {
      await app.db.execute(sql`select 1`);
      return { status: "ok" as const, database: app.databaseKind };
    },
  );
}
