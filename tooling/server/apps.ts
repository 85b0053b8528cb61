import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const APPS = {
  portal: { dir: path.join(REPO_ROOT, "apps/portal"), portKey: "PORTAL_PORT" },
  console: { dir: path.join(REPO_ROOT, "apps/console"), portKey: "CONSOLE_PORT" },
} as const;

export type AppId = keyof typeof APPS;
