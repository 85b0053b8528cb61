import { randomBytes } from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import express from "express";
import type { Logger } from "pino";
import type { Database } from "@hearth/db";
import { createCaller, securityHeaders, type HearthLoadContext } from "@hearth/api/server";
import type { HearthConfig } from "@hearth/api/server";
import type { AppId } from "./apps.js";
import { APPS } from "./apps.js";
import { keepDevServerHooks } from "./dev-hooks.js";

export interface AppServerOptions {
  app: AppId;
  db: Database;
  log: Logger;
  config: HearthConfig;
  dev: boolean;
}

/** One Express app serving one Remix app: static files, headers, /healthz, logs, then Remix. */
export async function createAppServer({ app, db, log, config, dev }: AppServerOptions) {
  const server = express();
  server.disable("x-powered-by");
  server.set("trust proxy", config.TRUST_PROXY);
  const appLog = log.child({ app });

  server.use((req, res, next) => {
    const started = performance.now();
    res.locals.nonce = randomBytes(16).toString("base64");
    for (const [name, value] of Object.entries(securityHeaders({ nonce: res.locals.nonce, https: req.secure, dev }))) res.setHeader(name, value);
    res.on("finish", () => {
      // originalUrl: mounted middleware (static assets) rewrites req.path.
      const path = req.originalUrl.split("?")[0] ?? "/";
      if (path.startsWith("/assets/")) return;
      appLog.info({ method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) }, "request");
    });
    next();
  });

  server.get("/healthz", async (_req, res) => {
    try {
      const health = await createCaller({ db, app, sessionId: null, user: null, address: "127.0.0.1", locale: "en", log: appLog, now: () => new Date() }).system.health();
      res.status(200).json({ app, ...health });
    } catch (error) {
      appLog.error({ err: error }, "health check failed");
      res.status(503).json({ app, status: "unavailable", database: "unreachable" });
    }
  });

  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (dev) {
    const vite = await import("vite");
    const devServer = await vite.createServer({ root: APPS[app].dir, configFile: path.join(APPS[app].dir, "vite.config.ts"), server: { middlewareMode: true, hmr: { port: app === "portal" ? 24678 : 24679 } } });
    server.use(keepDevServerHooks());
    server.use(devServer.middlewares);
    build = () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    const clientDir = path.join(APPS[app].dir, "build/client");
    server.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
    server.use(express.static(clientDir, { maxAge: "1h" }));
    build = (await import(path.join(APPS[app].dir, "build/server/index.js"))) as ServerBuild;
  }

  server.all(
    "*",
    createRequestHandler({
      build,
      mode: dev ? "development" : "production",
      // Each app's env.d.ts declares AppLoadContext as HearthLoadContext.
      getLoadContext: (req, res) => ({
        db,
        app,
        log: appLog,
        address: req.ip ?? "127.0.0.1",
        cspNonce: res.locals.nonce as string,
        secureCookies: config.COOKIE_SECURE,
        portalUrl: config.PORTAL_URL ?? null,
        portalPort: config.PORTAL_PORT,
        responseCookies: [],
      }) satisfies HearthLoadContext as unknown as AppLoadContext,
    }),
  );
  return server;
}
