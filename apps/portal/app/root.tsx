import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Outlet, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isLocale, DEFAULT_LOCALE } from "@hearth/i18n";
import { ERROR_KINDS, ErrorPage, HearthDocument, errorKind, type ErrorKind } from "@hearth/ui/remix";
import stylesHref from "./styles.scss?url";
import { PortalLayout } from "./components/portal-layout";
import { scopeOf } from "./lib/request.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesHref }];

export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  const landlord = await scope.caller.system.landlord();
  const common = scope.t("common");
  const serviceName = scope.t()("serviceName");
  return {
    locale: scope.locale,
    csrfToken: scope.csrfToken,
    nonce: args.context.cspNonce,
    landlordName: landlord.name,
    user: scope.user ? { name: scope.user.name } : null,
    // Error pages have no loader of their own, so their <title>s come from here.
    errorTitles: Object.fromEntries(ERROR_KINDS.map((kind) => [kind, `${common(`errorPage.${kind}.title`)} – ${serviceName}`])) as Record<ErrorKind, string>,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (!error) return [];
  const kind = errorKind(isRouteErrorResponse(error) ? error.status : 500);
  return [{ title: data?.errorTitles[kind] ?? "Error" }];
};

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
