import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { isRouteErrorResponse, Outlet, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isLocale, DEFAULT_LOCALE } from "@hearth/i18n";
import { HearthDocument } from "@hearth/ui/remix";
import stylesHref from "./styles.scss?url";
import { PortalLayout } from "./components/portal-layout";
import { ErrorPage } from "./components/error-page";
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
    user: scope.user ? { name: scope.user.name } : null,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

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
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const { i18n } = useTranslation();
  const locale = data?.locale ?? (isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const location = useLocation();
  const page = <ErrorPage status={status} detail={import.meta.env.DEV && error instanceof Error ? error.stack : undefined} />;
  return (
    <HearthDocument locale={locale} nonce={data?.nonce}>
      {data ? <PortalLayout root={data} path={location.pathname}>{page}</PortalLayout> : <main className="govuk-width-container govuk-main-wrapper" id="main-content">{page}</main>}
    </HearthDocument>
  );
}
