import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// The API, database and domain run from source in the host process (tsx), so
// the server bundle imports them rather than carrying a second copy (and
// their native modules, such as argon2, stay outside the bundle).
const serverOnly = /^@hearth\/(api|db|domain)(\/|$)/;

export default defineConfig(({ isSsrBuild }) => ({
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
  build: { target: "es2022", rollupOptions: isSsrBuild ? { external: (id: string) => serverOnly.test(id) } : {} },
}));
