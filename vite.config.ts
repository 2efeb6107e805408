import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app: built into dist/web and served by the platform process at /.
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: { outDir: "../dist/web", emptyOutDir: true, sourcemap: false },
  server: { proxy: { "/api": "http://localhost:3000", "/collab": { target: "ws://localhost:3000", ws: true } } },
});
