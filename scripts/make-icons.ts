import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

// Renders web/public/icons/icon.svg to the PNG sizes browsers want for an installable app, in Debian's Chromium.

const root = path.resolve(import.meta.dirname, "..");
const svg = fs.readFileSync(path.join(root, "web", "public", "icons", "icon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.join(root, "web", "public", "icons", `icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log("wrote web/public/icons/icon-192.png and icon-512.png");
