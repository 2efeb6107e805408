// `npm run dev`: the server, restarted on every change (tsx watch), and Vite's dev server with hot reload in
// front of it. Vite proxies /api and /collab (WebSockets too) to the server, so open Vite's address only.
import { spawn } from "node:child_process";

const serverPort = process.env.PORT ?? "3000";
const webPort = process.env.WEB_PORT ?? "5173";
const webUrl = `http://localhost:${webPort}`;

// Mail links and the allowed Origin must name the address people open: Vite's, not the server's.
const environment = {
  ...process.env,
  PORT: serverPort,
  BASE_URL: process.env.BASE_URL ?? webUrl,
  DEV_SERVER_PORT: serverPort,
};

const children = [
  spawn("npx", ["tsx", "watch", "--clear-screen=false", "server/main.ts"], { stdio: "inherit", env: environment }),
  spawn("npx", ["vite", "--port", webPort, "--strictPort"], { stdio: "inherit", env: environment }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  // The server closes its database on SIGTERM; give it that time before leaving.
  const forced = setTimeout(() => process.exit(code), 10_000);
  forced.unref();
  Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((done) => child.once("exit", done)) : null)),
  ).then(() => process.exit(code));
}

for (const child of children) child.once("exit", (code) => stop(code ?? 1));
process.once("SIGINT", () => stop(0));
process.once("SIGTERM", () => stop(0));

console.log(
  `\nINTERLINK development: open ${webUrl} (the API server runs on port ${serverPort}; stop both with Ctrl+C)\n`,
);
