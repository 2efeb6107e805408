/// <reference types="vite/client" />

/** Mantine's base stylesheet; each component's own sheet comes with the component (vite.config.ts). */
declare module "virtual:mantine-styles" {}
