import type { UserConfig } from "vite";

/** The Vite config both Remix apps share (see remix-app.js). */
export function remixAppConfig(env: { isSsrBuild?: boolean }): UserConfig;
