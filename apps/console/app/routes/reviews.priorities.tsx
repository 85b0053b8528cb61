import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { PRIORITY_WEIGHTS, STARS_TOTAL_MAX } from "@hearth/domain/reviews";
import { BackLink, Details, InsetText, Table } from "@hearth/ui";
import { ProgrammeStatusTag } from "../components/reviews/programme/status-tag";
import { day, number, programmeScope } from "../lib/programme.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await programmeScope(args);
  const result = await load(() => scope.caller.reviewProgramme.priorities());
  const n = (value: number) => number(scope.locale, value);
  return {
    title: scope.pageTitle("priorities.title"),
    isStaff: scope.isStaff,
    from: day(scope.locale, result.period.from).text,
    to: day(scope.locale, result.period.to).text,
    homes: n(result.homes),
    targetsTracked: result.targetsTracked,
    weights: Object.fromEntries(Object.entries({ ...PRIORITY_WEIGHTS, starsMax: STARS_TOTAL_MAX }).map(([k, v]) => [k, n(v)])),
    priorities: result.priorities.map((p) => ({
      rank: n(p.rank),
      score: n(p.score),
      serviceArea: { slug: p.serviceArea.slug, name: scope.areaName(p.serviceArea) },
      status: p.coverage.status,
      // Reason figures are formatted here; dates as the page's language writes them.
      reasons: p.reasons.map((r) => ({
        key: r.key,
        params: Object.fromEntries(
          Object.entries({ ...r.params, points: r.points }).map(([name, value]) => [name, typeof value === "number" ? n(value) : day(scope.locale, value).text]),
        ),
      })),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Priorities() {
  const { t } = useTranslation("programme");
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href="/reviews">{t("back.programme")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("priorities.title")}</h1>
          <p className="govuk-body">{t("priorities.intro")}</p>
          <p className="govuk-body">{t("priorities.period", { from: data.from, to: data.to, homes: data.homes })}</p>
          {!data.targetsTracked && <InsetText>{t("priorities.targetsNotTracked")}</InsetText>}
          <Details summary={t("priorities.weighting.summary")}>
            <ul className="govuk-list govuk-list--bullet">
              <li>{t("priorities.weighting.programme", { overdue: data.weights.overdue, atRisk: data.weights.atRisk })}</li>
              <li>{t("priorities.weighting.stars", { max: data.weights.starsMax, unassessed: data.weights.unassessed })}</li>
              <li>{t("priorities.weighting.complaints", { max: data.weights.complaintsMax })}</li>
              <li>{t("priorities.weighting.targets", { each: data.weights.perBreachedTarget, max: data.weights.breachedTargetsMax })}</li>
            </ul>
            <p className="govuk-body">{t("priorities.weighting.ties")}</p>
          </Details>
        </div>
      </div>
      <Table
        caption={t("priorities.caption")}
        captionSize="s"
        stackUntilTablet
        head={[t("priorities.rank"), t("priorities.serviceArea"), t("priorities.points"), t("priorities.reasons"), ...(data.isStaff ? [t("priorities.action")] : [])]}
        numericColumns={[0, 2]}
        rows={data.priorities.map((p) => [
          p.rank,
          <>
            <span className="hearth-block govuk-!-font-weight-bold">{p.serviceArea.name}</span>
            <ProgrammeStatusTag status={p.status} />
          </>,
          p.score,
          p.reasons.length === 0 ? (
            t("priorities.noReasons")
          ) : (
            <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
              {p.reasons.map((r) => (
                <li key={r.key}>{t(r.key, r.params)}</li>
              ))}
            </ul>
          ),
          ...(data.isStaff
            ? [
                <a className="govuk-link" href={`/reviews/schedule?serviceArea=${encodeURIComponent(p.serviceArea.slug)}`}>
                  {t("priorities.schedule")}
                  <span className="govuk-visually-hidden"> {p.serviceArea.name}</span>
                </a>,
              ]
            : []),
        ])}
      />
    </>
  );
}
