import type { HearthLoadContext } from "@hearth/api/server";

declare module "@remix-run/node" {
  interface AppLoadContext extends HearthLoadContext {}
  interface Future {
    v3_singleFetch: true;
  }
}
