import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useRouteLoaderData } from "@remix-run/react";
import { HearthDocument, RootErrorBoundary, errorTitles, rootErrorMeta } from "@hearth/ui/remix";
import stylesHref from "./styles.scss?url";
import { PortalLayout } from "./components/portal-layout";
import { unreadMessages } from "./lib/messages.server";
import { scopeOf } from "./lib/request.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesHref }];

export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  const landlord = await scope.caller.system.landlord();
  return {
    locale: scope.locale,
    csrfToken: scope.csrfToken,
    nonce: args.context.cspNonce,
    landlordName: landlord.name,
    user: scope.user ? { name: scope.user.name, unreadMessages: await unreadMessages(scope) } : null,
    // Error pages end like every other portal title, "– Hearth".
    errorTitles: errorTitles(scope.t("common"), scope.t("common")("product")),
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export const meta = rootErrorMeta;

export function useRootData(): RootData {
  const data = useRouteLoaderData<typeof loader>("root");
  if (!data) throw new Error("root data missing");
  return data;
}

export default function App() {
  const data = useRootData();
  return (
    <HearthDocument locale={data.locale} nonce={data.nonce}>
      <PortalLayout root={data}>
        <Outlet />
      </PortalLayout>
    </HearthDocument>
  );
}

export function ErrorBoundary() {
  return <RootErrorBoundary<RootData> dev={import.meta.env.DEV} layout={(root, path, page) => <PortalLayout root={root} path={path}>{page}</PortalLayout>} />;
}
