import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtinInterlinkers } from "./registry.js";
import { languages } from "./sdk/server.js";

// The server reads interlinkers/registry.ts; the web app finds web parts and words by folder
// (interlinkers/web.ts). Both must see the same interlinkers, each complete.

const root = import.meta.dirname;
const folders = fs
  .readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "sdk")
  .map((entry) => entry.name)
  .sort();

describe("the registry of built-in interlinkers", () => {
  it("lists every interlinker folder, by its id, once", () => {
    const ids = builtinInterlinkers.map((definition) => definition.manifest.id);
    expect([...ids].sort()).toEqual(folders);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds a web part and words in every language for each", () => {
    for (const id of folders) {
      expect(fs.existsSync(path.join(root, id, "web", "index.tsx")), `${id}/web/index.tsx`).toBe(true);
      for (const language of languages) {
        expect(fs.existsSync(path.join(root, id, "locales", `${language}.json`)), `${id}/locales/${language}`).toBe(
          true,
        );
      }
    }
  });
});
