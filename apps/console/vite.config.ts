import { defineConfig } from "vite";
import { remixAppConfig } from "@hearth/tooling/vite";

export default defineConfig(remixAppConfig);
