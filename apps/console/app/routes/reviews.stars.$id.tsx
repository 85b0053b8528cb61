import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { STARS_CRITERIA, STARS_DESCRIPTORS, STARS_GROUP_IDS, type StarsLevel } from "@hearth/domain/reviews";
import { textDirection } from "@hearth/i18n";
import { BackLink, BarChart, NotificationBanner, SummaryList, Table, Tag } from "@hearth/ui";
import { useRootData } from "../root";
import { day, number, programmeScope } from "../lib/programme.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await programmeScope(args);
  const got = await load(() => scope.caller.stars.get({ id: args.params.id ?? "" }));
  const n = (value: number) => number(scope.locale, value);
  const on = day(scope.locale, got.assessedOn);
  const signed = (change: number) => (change > 0 ? `+${n(change)}` : change < 0 ? `−${n(-change)}` : null);
  const previous = got.previous;
  return {
    title: scope.pageTitle("stars.view.title", { serviceArea: scope.areaName(got.serviceArea), date: on.text }),
    done: new URL(args.request.url).searchParams.get("done") === "recorded",
    serviceArea: { slug: got.serviceArea.slug, name: scope.areaName(got.serviceArea) },
    on,
    summary: got.summary,
    recordedBy: got.recordedBy,
    participants: got.participants,
    total: { total: n(got.profile.total), max: n(got.profile.max) },
    groups: STARS_GROUP_IDS.map((g) => ({ id: g, total: n(got.profile.groups[g].total), max: n(got.profile.groups[g].max) })),
    weakest: got.profile.weakest,
    criteria: STARS_CRITERIA.map((c) => {
      const change = previous?.comparison.criteria.find((x) => x.criterion === c);
      return {
        id: c,
        stars: got.ratings[c] as StarsLevel,
        starsText: n(got.ratings[c]),
        note: got.notes[c] ?? "",
        earlier: change ? { stars: change.earlier, text: n(change.earlier), change: signed(change.change) } : null,
      };
    }),
    previous: previous
      ? {
          id: previous.id,
          on: day(scope.locale, previous.assessedOn),
          total: n(previous.comparison.total.earlier),
          change: signed(previous.comparison.total.change),
          improved: previous.comparison.improved,
          declined: previous.comparison.declined,
        }
      : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function CriteriaList({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation("programme");
  return <>{ids.map((id) => t(`stars.criterion.${id}.name`)).join(t("stars.view.listSeparator"))}</>;
}

function Chart({ data }: { data: Data }) {
  const { t } = useTranslation("programme");
  const { locale } = useRootData();
  const series = [{ label: t("stars.view.thisAssessment", { date: data.on.text }) }, ...(data.previous ? [{ label: t("stars.view.earlierAssessment", { date: data.previous.on.text }) }] : [])];
  return (
    <BarChart
      id="stars-chart"
      title={t("stars.view.chartTitle")}
      description={t("stars.view.chartDescription")}
      dir={textDirection(locale)}
      width={420}
      series={series}
      data={data.criteria.map((c) => ({
        label: t(`stars.criterion.${c.id}.name`),
        values: [c.stars, ...(c.earlier ? [c.earlier.stars] : [])],
        valueLabels: [c.starsText, ...(c.earlier ? [c.earlier.text] : [])],
      }))}
    />
  );
}

export default function StarsAssessment() {
  const { t } = useTranslation("programme");
  const data = useLoaderData<typeof loader>();
  const hasEarlier = data.previous !== null;
  return (
    <>
      <BackLink href="/reviews/stars">{t("back.stars")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {data.done && (
            <NotificationBanner title={t("common:notice")} type="success">
              <p className="govuk-notification-banner__heading">{t("stars.view.recorded")}</p>
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">{data.serviceArea.name}</span>
          <h1 className="govuk-heading-l">{t("stars.view.heading", { date: data.on.text })}</h1>
          <SummaryList
            rows={[
              { key: t("stars.view.total"), value: t("stars.outOf", data.total) },
              ...data.groups.map((g) => ({ key: t(`stars.group.${g.id}`), value: t("stars.outOf", { total: g.total, max: g.max }) })),
              { key: t("stars.view.weakest"), value: data.weakest.length ? <CriteriaList ids={data.weakest} /> : t("stars.view.noWeakest") },
              {
                key: t("stars.view.participants"),
                value: (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {data.participants.map((p, i) => (
                      <li key={i}>
                        <span dir="auto">{p.name}</span>
                        {p.role && (
                          <>
                            {t("stars.view.listSeparator")}
                            <span dir="auto">{p.role}</span>
                          </>
                        )}{" "}
                        {p.outsideServiceTeam && <Tag colour="blue">{t("stars.view.outsideTag")}</Tag>} {p.isResident && <Tag colour="turquoise">{t("stars.view.residentTag")}</Tag>}
                      </li>
                    ))}
                  </ul>
                ),
              },
              { key: t("stars.view.recordedBy"), value: data.recordedBy },
              ...(data.summary ? [{ key: t("stars.view.summary"), value: <span className="hearth-written" dir="auto">{data.summary}</span> }] : []),
            ]}
          />
          <h2 className="govuk-heading-m">{t("stars.view.comparisonHeading")}</h2>
          {data.previous ? (
            <>
              <p className="govuk-body">
                {t("stars.view.comparedWith", { date: data.previous.on.text, earlier: data.previous.total, later: data.total.total })}{" "}
                <a className="govuk-link" href={`/reviews/stars/${data.previous.id}`}>
                  {t("stars.view.openEarlier")}
                </a>
              </p>
              <ul className="govuk-list govuk-list--bullet">
                <li>
                  {t("stars.view.improved")} {data.previous.improved.length ? <CriteriaList ids={data.previous.improved} /> : t("stars.view.noneChanged")}
                </li>
                <li>
                  {t("stars.view.declined")} {data.previous.declined.length ? <CriteriaList ids={data.previous.declined} /> : t("stars.view.noneChanged")}
                </li>
              </ul>
            </>
          ) : (
            <p className="govuk-body">{t("stars.view.first")}</p>
          )}
        </div>
      </div>
      <h2 className="govuk-heading-m">{t("stars.view.criteriaHeading")}</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half hearth-chart">
          <Chart data={data} />
        </div>
        <div className="govuk-grid-column-one-half">
          <Table
            caption={t("stars.view.tableCaption")}
            captionSize="s"
            firstCellIsHeader
            numericColumns={hasEarlier ? [1, 2, 3] : [1]}
            head={[t("stars.view.criterion"), t("stars.view.stars"), ...(hasEarlier ? [t("stars.view.earlier"), t("stars.view.change")] : [])]}
            rows={data.criteria.map((c) => [
              t(`stars.criterion.${c.id}.name`),
              c.starsText,
              ...(c.earlier ? [c.earlier.text, c.earlier.change ?? t("stars.view.noChange")] : []),
            ])}
          />
        </div>
      </div>
      <h2 className="govuk-heading-m">{t("stars.view.whyHeading")}</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {data.criteria.map((c) => (
            <div key={c.id} className="hearth-report-section">
              <h3 className="govuk-heading-s">
                {t(`stars.criterion.${c.id}.name`)}: {t(`stars.level.${c.stars}`)}
              </h3>
              <p className="govuk-body">{t(STARS_DESCRIPTORS[c.id][c.stars])}</p>
              {c.note && (
                <p className="govuk-body hearth-written" dir="auto">
                  {c.note}
                </p>
              )}
            </div>
          ))}
        </div>
      </div>
    </>
  );
}
