import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { BackLink, Table } from "@hearth/ui";
import { day, number, programmeScope } from "../lib/programme.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await programmeScope(args);
  const list = await load(() => scope.caller.stars.list({}));
  const n = (value: number) => number(scope.locale, value);
  return {
    title: scope.pageTitle("stars.list.title"),
    isStaff: scope.isStaff,
    serviceAreas: list.serviceAreas.map((area) => ({
      slug: area.slug,
      name: scope.areaName(area),
      assessments: area.assessments.map((a) => ({
        id: a.id,
        on: day(scope.locale, a.assessedOn),
        total: n(a.profile.total),
        max: n(a.profile.max),
        enablers: n(a.profile.groups.enablers.total),
        results: n(a.profile.groups.results.total),
        feedback: n(a.profile.groups.feedback.total),
        participants: n(a.participants),
        outside: n(a.outside),
        residents: n(a.residents),
      })),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function StarsList() {
  const { t } = useTranslation("programme");
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href="/reviews">{t("back.programme")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("stars.list.title")}</h1>
          <p className="govuk-body">{t("stars.list.intro")}</p>
          {data.isStaff && (
            <p className="govuk-body">
              <a className="govuk-button" href="/reviews/stars/new" role="button" draggable="false">
                {t("stars.list.record")}
              </a>
            </p>
          )}
        </div>
      </div>
      {data.serviceAreas.map((area) => (
        <section key={area.slug} aria-labelledby={`area-${area.slug}`}>
          <h2 className="govuk-heading-m" id={`area-${area.slug}`}>
            {area.name}
          </h2>
          {area.assessments.length === 0 ? (
            <p className="govuk-body">{t("stars.list.none")}</p>
          ) : (
            <Table
              caption={t("stars.list.caption", { serviceArea: area.name })}
              captionSize="s"
              stackUntilTablet
              numericColumns={[1, 2, 3, 4, 5, 6, 7]}
              head={[
                t("stars.list.date"),
                t("stars.list.total"),
                t("stars.group.enablers"),
                t("stars.group.results"),
                t("stars.group.feedback"),
                t("stars.list.participants"),
                t("stars.list.outside"),
                t("stars.list.residents"),
              ]}
              rows={area.assessments.map((a) => [
                <a className="govuk-link" href={`/reviews/stars/${a.id}`}>
                  <time dateTime={a.on.iso}>{a.on.text}</time>
                </a>,
                t("stars.outOf", { total: a.total, max: a.max }),
                a.enablers,
                a.results,
                a.feedback,
                a.participants,
                a.outside,
                a.residents,
              ])}
            />
          )}
        </section>
      ))}
    </>
  );
}
