// Remix's Vite plugin keeps its dev-server hooks (critical CSS, stack-trace
// fixing) in one global, so the second app's dev server answered for the
// first: portal pages then failed looking up the console's routes. Each app
// keeps its own hooks, and one dispatcher uses those of the app whose request
// is running (tracked through async calls with AsyncLocalStorage).
import { AsyncLocalStorage } from "node:async_hooks";
import type { RequestHandler } from "express";

interface DevServerHooks {
  getCriticalCss?: (...args: unknown[]) => Promise<string | undefined>;
  processRequestError?: (error: unknown) => void;
}

const KEY = "__remix_devServerHooks";
const global = globalThis as unknown as Record<typeof KEY, DevServerHooks | undefined>;
const current = new AsyncLocalStorage<DevServerHooks>();

const dispatcher: DevServerHooks = {
  getCriticalCss: (...args) => current.getStore()?.getCriticalCss?.(...args) ?? Promise.resolve(undefined),
  processRequestError: (error) => current.getStore()?.processRequestError?.(error),
};

/**
 * Call right after creating an app's Vite dev server (which has just put its
 * own hooks in the global); returns middleware that runs the app's requests
 * with those hooks.
 */
export function keepDevServerHooks(): RequestHandler {
  const own = global[KEY] === dispatcher ? undefined : global[KEY];
  global[KEY] = dispatcher;
  return (_req, _res, next) => (own ? current.run(own, next) : next());
}
