// `npm run dev`: the server, restarted on every change (tsx watch), and Vite's dev server with hot reload in
// front of it. Vite proxies /api and /collab (WebSockets too) to the server, so open Vite's address only.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const serverPort = process.env.PORT ?? "3000";
const webPort = process.env.WEB_PORT ?? "5173";
const webUrl = `http://localhost:${webPort}`;

// Mail links and the allowed Origin must name the address people open: Vite's, not the server's.
const environment = {
  ...process.env,
  PORT: serverPort,
  BASE_URL: process.env.BASE_URL ?? webUrl,
  DEV_SERVER_PORT: serverPort,
  // Vite serves the web app with hot reload; the server need not build it on every restart.
  WEB_BUILD: "skip",
};

// Each in its own process group, so stopping one also stops what it started (tsx watch runs the server in a child).
const start = (command, args) =>
  spawn(command, args, { cwd: root, stdio: "inherit", env: environment, detached: true });
const children = [
  start(bin("tsx"), ["watch", "--clear-screen=false", "server/main.ts"]),
  start(bin("vite"), ["--port", webPort, "--strictPort"]),
];

const running = (child) => child.exitCode === null && child.signalCode === null;
let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (running(child)) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  }
  // The server closes its database on SIGTERM; give it that time before leaving.
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((child) => running(child) && new Promise((done) => child.once("exit", done)))).then(() =>
    process.exit(code),
  );
}

for (const child of children) child.once("exit", (code) => stop(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, () => stop(0));

console.log(`\nINTERLINK development: open ${webUrl} (the API server runs on port ${serverPort}; Ctrl+C stops both)\n`);
