import type { Database } from "../../db/client.js";
import { invalid } from "../../http/problem.js";
import { type Actor, can } from "../../policies/index.js";
import { cloneAsset, exportAssetContent, importAsset, listProcessAssets } from "../assets/service.js";
import { itemSubject, type ProcessTree } from "../processes/access.js";
import { gatesFromPortable, portableGates, presetGates, writeGates } from "../processes/gates.js";
import { portableRules, presetRules, rulesFromPortable, writeRules } from "../processes/rulebook.js";
import { administratorAccess, copyGrants, insertItems, insertProcess, portableItems } from "../processes/service.js";
import { RemoteCopies } from "../remote-interlinkers/service.js";
import { exportFormatVersion, type ProcessDocument } from "./schema.js";

/** Assets of the tasks whose assets the actor may see: a partial member exports only their part. */
export async function visibleAssets(db: Database, actor: Actor | null, tree: ProcessTree) {
  const rows = await listProcessAssets(db, tree.process.id);
  const byId = new Map(tree.items.map((entry) => [entry.id, entry]));
  return rows.filter((row) => {
    const task = byId.get(row.taskId);
    return task !== undefined && can(actor, "view_assets", itemSubject(tree, task));
  });
}

export async function exportProcess(
  db: Database,
  options: { actor: Actor | null; tree: ProcessTree; instance: string },
): Promise<ProcessDocument> {
  const { tree } = options;
  const assets = await visibleAssets(db, options.actor, tree);
  return {
    format: "interlink-process",
    version: exportFormatVersion,
    exportedAt: new Date().toISOString(),
    source: { processId: tree.process.id, name: tree.process.name, instance: options.instance },
    process: {
      name: tree.process.name,
      description: tree.process.description,
      aim: tree.process.aim,
      language: tree.process.language,
      governanceModel: tree.process.governanceModel,
      tags: tree.process.tags,
      schemaId: tree.process.schemaId,
      clonedFrom: tree.process.clonedFrom,
    },
    items: portableItems(tree),
    rules: portableRules(tree.subject.governance!.rules),
    gates: portableGates(tree),
    assets: await Promise.all(
      assets.map(async (row) => ({
        taskRef: row.taskId,
        kind: row.kind,
        name: row.name,
        url: row.url,
        interlinkerId: row.interlinkerId,
        knowledgeInterlinkerId: row.knowledgeInterlinkerId,
        content: await exportAssetContent(db, row),
      })),
    ),
  };
}

/** A new private process from an exported document, crediting its source; all or nothing. */
export async function importProcess(db: Database, options: { actor: Actor; document: ProcessDocument }) {
  const { actor, document } = options;
  const tasks = new Set(document.items.filter((entry) => entry.type === "task").map((entry) => entry.ref));
  for (const [index, entry] of document.assets.entries()) {
    if (!tasks.has(entry.taskRef)) {
      throw invalid([
        { path: `body.assets.${index}.taskRef`, code: "unknown_reference", message: "Not a task of this document." },
      ]);
    }
  }
  // Remote assets are copied in their services; if the import fails later, those copies are deleted again.
  const copies = new RemoteCopies();
  const writing = db.transaction(async (tx) => {
    const created = await insertProcess(tx, {
      actor,
      action: "process.imported",
      values: {
        ...document.process,
        visibility: "private",
        organizationId: null,
        clonedFrom: {
          processId: document.source.processId,
          name: document.source.name,
          instance: document.source.instance,
          via: "import",
        },
      },
    });
    const ids = await insertItems(tx, { processId: created.id, items: document.items });
    // A document without rules (exported before rulebooks) gets its model's preset, as a new process does.
    const rules = document.rules
      ? rulesFromPortable(document.rules, ids, "body.rules")
      : presetRules(document.process.governanceModel);
    await writeRules(tx, { processId: created.id, rules });
    // Gates travel without verdicts: the copy is signed off anew. Without gates, the model's preset's.
    const gates = document.gates
      ? gatesFromPortable(document.gates, ids, "body.gates")
      : presetGates(
          document.process.governanceModel,
          document.items.map((entry) => ({
            id: ids.get(entry.ref)!,
            type: entry.type,
            coDelivery: !!entry.coDelivery,
          })),
        );
    await writeGates(tx, { processId: created.id, gates });
    for (const entry of document.assets) {
      await importAsset(tx, { actor, processId: created.id, taskId: ids.get(entry.taskRef)!, entry, copies });
    }
    return { created, rules };
  });
  const { created, rules } = await writing.catch(copies.discardAndRethrow);
  return administratorAccess(created, rules);
}

/** A copy of a process to work on anew: its tree, optionally its grants, and the assets the actor may see. */
export async function cloneProcess(
  db: Database,
  options: {
    actor: Actor;
    tree: ProcessTree;
    name?: string;
    visibility: "public" | "private";
    includeGrants: boolean;
    includeAssets: boolean;
  },
) {
  const { actor, tree } = options;
  const assets = options.includeAssets ? await visibleAssets(db, actor, tree) : [];
  const copies = new RemoteCopies();
  const writing = db.transaction(async (tx) => {
    const source = tree.process;
    const created = await insertProcess(tx, {
      actor,
      action: "process.cloned",
      values: {
        name: options.name ?? source.name,
        description: source.description,
        aim: source.aim,
        language: source.language,
        organizationId: null,
        governanceModel: source.governanceModel,
        visibility: options.visibility,
        tags: source.tags,
        schemaId: source.schemaId,
        clonedFrom: { processId: source.id, name: source.name, via: "clone" },
      },
    });
    const ids = await insertItems(tx, { processId: created.id, items: portableItems(tree) });
    // The copy is governed as its source is, rules on items following their items.
    const rules = rulesFromPortable(portableRules(tree.subject.governance!.rules), ids, "rules");
    await writeRules(tx, { processId: created.id, rules });
    if (options.includeGrants) {
      await copyGrants(tx, { actor, fromProcessId: source.id, toProcessId: created.id, itemIds: ids });
    }
    const assetIds = new Map<string, string>();
    for (const asset of assets) {
      const target = { id: ids.get(asset.taskId)!, processId: created.id };
      assetIds.set(asset.id, (await cloneAsset(tx, { actor, source: asset, target, copies })).id);
    }
    // The copy's gates, without verdicts; a bound decision follows its copy when the assets came along.
    const portable = portableGates(tree);
    const gates = gatesFromPortable(portable, ids, "gates").map((entry, index) => {
      const bound = tree.gates.get(portable[index]!.itemRef)?.decisionAssetId;
      const copied = bound ? assetIds.get(bound) : undefined;
      return copied ? { ...entry, gate: { ...entry.gate, decisionAssetId: copied } } : entry;
    });
    await writeGates(tx, { processId: created.id, gates });
    return { created, rules };
  });
  const { created, rules } = await writing.catch(copies.discardAndRethrow);
  return administratorAccess(created, rules);
}
