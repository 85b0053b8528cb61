import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { isSettled } from "@hearth/domain/reviews";
import { Button, InsetText, SummaryList, Table } from "@hearth/ui";
import { RiskBandTag, RiskHeatMap } from "../components/reviews/plan/risk-heat-map";
import { PlanText, SummaryCard } from "../components/reviews/plan/summary-card";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { RISK_TEXT_FIELDS } from "../lib/review-plan-fields";
import { planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

// The risk register: highest rating first (impact × likelihood, see
// @hearth/domain/reviews risk.ts), a heat map of where the risks sit, and
// every field of each risk below.

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "risks", titleKey: "risks.title" });
  const { risks, matrix } = await load(() => scope.caller.reviewPlan.risks({ reference: header.reference }));
  return { title, header, risks: risks.map((risk, index) => ({ ...risk, number: index + 1 })), matrix };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export default function Risks() {
  const { t } = useTranslation("reviewplan");
  const { header, risks, matrix } = useLoaderData<typeof loader>();
  const canEdit = header.canEdit.risks;
  const base = reviewPath(header.reference, "risks");
  const level = (value: string | null) => (value ? t(`reviews:level.${value}`) : t("risks.notRated"));
  return (
    <ReviewPage header={header} heading={t("risks.title")} wide>
      <p className="govuk-body hearth-plan-intro">{t("risks.intro")}</p>
      {!canEdit && isSettled(header.stage) && <InsetText>{t("form.settled")}</InsetText>}
      {canEdit && <Button href={`${base}/new`}>{t("risks.add")}</Button>}
      {risks.length === 0 ? (
        <p className="govuk-body">{t("risks.none")}</p>
      ) : (
        <>
          <Table
            caption={t("risks.register.caption")}
            captionSize="m"
            firstCellIsHeader
            stackUntilTablet
            sort={{ column: 4, direction: "descending" }}
            head={[t("risks.register.risk"), t("risks.register.summary"), t("risks.register.impact"), t("risks.register.likelihood"), t("risks.register.rating"), t("risks.register.residual")]}
            rows={risks.map((risk) => [
              <a className="govuk-link" href={`#risk-${risk.number}`}>
                {t("risks.name", { number: risk.number })}
              </a>,
              <PlanText text={risk.summary} empty="" />,
              level(risk.impact),
              level(risk.likelihood),
              <RiskBandTag band={risk.band} rating={risk.rating} />,
              level(risk.residualRisk),
            ])}
          />
          <RiskHeatMap matrix={matrix} />
          <p className="govuk-body hearth-plan-intro">{t("risks.heatMap.explained")}</p>
          <h2 className="govuk-heading-m">{t("risks.details")}</h2>
          {risks.map((risk) => {
            const name = t("risks.name", { number: risk.number });
            return (
              <SummaryCard
                key={risk.id}
                id={`risk-${risk.number}`}
                title={name}
                tag={<RiskBandTag band={risk.band} rating={risk.rating} />}
                actions={canEdit ? [{ href: `${base}/${risk.id}`, label: t("form.change"), hiddenText: name }] : []}
              >
                <SummaryList
                  rows={[
                    ...RISK_TEXT_FIELDS.slice(0, 2).map((field) => ({ key: t(`risks.field.${field}.label`), value: <PlanText text={risk[field]} empty={t("form.notGiven")} /> })),
                    { key: t("risks.field.impact.label"), value: level(risk.impact) },
                    { key: t("risks.field.likelihood.label"), value: level(risk.likelihood) },
                    ...RISK_TEXT_FIELDS.slice(2).map((field) => ({ key: t(`risks.field.${field}.label`), value: <PlanText text={risk[field]} empty={t("form.notGiven")} /> })),
                    { key: t("risks.field.residualRisk.label"), value: level(risk.residualRisk) },
                  ]}
                />
              </SummaryCard>
            );
          })}
        </>
      )}
    </ReviewPage>
  );
}
