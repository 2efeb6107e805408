import { eq } from "drizzle-orm";
import { serviceLimits } from "../../../common/publicServices.js";
import { publicService } from "../../db/schema/index.js";
import { conflict, forbidden, notFound } from "../../http/problem.js";
import type { Platform } from "../../interlinkers/registry.js";
import { can, explain } from "../../policies/index.js";
import { loadService, updateService } from "./service.js";

/** What interlinkers may do with public services (interlinkers/sdk/platform.ts says what each promises). */
export const publicServicesPlatform: Platform["publicServices"] = {
  async read(db, { actor, serviceId }) {
    const loaded = await loadService(db, actor, serviceId).catch(() => null);
    if (!loaded) return null;
    return {
      id: loaded.row.id,
      name: loaded.row.name,
      description: loaded.row.description,
      version: loaded.row.version,
      canView: can(actor, "view", loaded.subject),
      canUpdate: can(actor, "update", loaded.subject),
    };
  },
  async changeText(tx, { actor, serviceId, field, language, change }) {
    // The row is locked first, so two accepted changes at once each start from the other's result.
    const [locked] = await tx
      .select({ id: publicService.id })
      .from(publicService)
      .where(eq(publicService.id, serviceId))
      .for("update");
    if (!locked) throw notFound("public service");
    const loaded = await loadService(tx, actor, serviceId);
    const decision = explain(actor, "update", loaded.subject);
    if (!decision.allowed) throw forbidden(decision.reason);
    const current = loaded.row[field][language] ?? "";
    const next = change(current);
    if (next === current) return { version: loaded.row.version };
    if (next.trim() === "") {
      throw conflict("service-text-empty", "This change would leave the service's text empty in this language.");
    }
    if (next.length > serviceLimits[field]) {
      throw conflict(
        "service-text-too-long",
        `This change would make the service's text longer than ${serviceLimits[field]} characters.`,
      );
    }
    await updateService(tx, { actor, loaded, patch: { [field]: { ...loaded.row[field], [language]: next } } });
    return { version: loaded.row.version + 1 };
  },
};
