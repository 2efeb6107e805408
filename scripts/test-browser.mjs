// Part of `npm test`: the browser journeys, when a Chromium is there to run them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.log(
    `\nBrowser tests SKIPPED: no Chromium at ${chromium}.\n` +
      "Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH, then run `npm test` again.\n",
  );
  process.exit(0);
}
const result = spawnSync("npx", ["playwright", "test"], { stdio: "inherit" });
process.exit(result.status ?? 1);
