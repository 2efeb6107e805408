import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The platform server the dev server hands the API and live collaboration to (scripts/dev.mjs sets the port).
const server = `http://localhost:${process.env.DEV_SERVER_PORT ?? "3000"}`;

// The web app: built into dist/web and served by the platform process at /.
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: { outDir: "../dist/web", emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      // The server checks Origin on writes against BASE_URL, which is the dev server's address: keep it as sent.
      "/api": { target: server },
      "/collab": { target: server, ws: true },
    },
  },
});
