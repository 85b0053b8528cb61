// @ts-check
// Plain JavaScript: Vite loads config imports from node_modules with Node itself.
import { vitePlugin as remix } from "@remix-run/dev";

// The API, database and domain run from source in the host process (tsx), so
// the server bundle imports them rather than carrying a second copy (and
// their native modules, such as argon2, stay outside the bundle).
const serverOnly = /^@hearth\/(api|db|domain)(\/|$)/;

/**
 * The Vite config both Remix apps share: every v3 future flag on (see docs/adr/003).
 * @param {{ isSsrBuild?: boolean }} env
 * @returns {import("vite").UserConfig}
 */
export function remixAppConfig({ isSsrBuild }) {
  return {
    plugins: [
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
          v3_routeConfig: true,
        },
      }),
    ],
    css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ["import", "global-builtin", "mixed-decls"] } } },
    build: { target: "es2022", rollupOptions: isSsrBuild ? { external: (/** @type {string} */ id) => serverOnly.test(id) } : {} },
  };
}
