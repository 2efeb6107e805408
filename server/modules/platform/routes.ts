import { z } from "zod";
import { languages } from "../../../common/languages.js";
import type { ApiApp } from "../../http/types.js";

const platformOutput = z
  .object({
    name: z.string(),
    primaryColor: z.string(),
    logoUrl: z.string().nullable(),
    languages: z.array(z.enum(languages)),
  })
  .meta({ id: "Platform" });

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
}
