import { useTranslation } from "react-i18next";
import type { PointDecision } from "@hearth/domain/complaints";
import { InsetText, SummaryList, Table, Tag, type TagColour } from "@hearth/ui";
import { useComplaintFormats } from "./format";
import { MultilineText } from "./multiline-text";

export interface StageView {
  stage: number;
  acknowledgedOn: string;
  extension: { grantedOn: string; workingDays: number; reason: string } | null;
  points: { id: string; summary: string; decision: PointDecision | null; reasons: string | null }[];
  response: {
    respondedOn: string;
    summary: string;
    apology: boolean;
    compensationPence: number;
    actions: { id: string; description: string; dueOn: string; doneOn: string | null }[];
  } | null;
}

const DECISION_COLOURS: Record<PointDecision, TagColour> = { upheld: "green", "partly-upheld": "yellow", "not-upheld": "grey" };

/** One stage as the resident sees it: the complaint as we defined it, any extension, and our response. */
export function ComplaintStage({ stage, respondBy }: { stage: StageView; respondBy: string | null }) {
  const { t } = useTranslation("portal");
  const format = useComplaintFormats();
  const { response } = stage;
  const headingId = `stage-${stage.stage}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        {t(`complaints:stage.${stage.stage}`)}
      </h2>
      <p className="govuk-body">{t("complaints.view.stage.acknowledged", { date: format.date(stage.acknowledgedOn) })}</p>

      {stage.points.length > 0 && (
        <>
          <h3 className="govuk-heading-m">{t("complaints.view.stage.points")}</h3>
          <ol className="govuk-list govuk-list--number">
            {stage.points.map((point) => (
              <li key={point.id} dir="auto">
                {point.summary}
              </li>
            ))}
          </ol>
        </>
      )}

      {stage.extension && (
        <InsetText>
          <h3 className="govuk-heading-s">{t("complaints.view.stage.extension.heading")}</h3>
          <MultilineText text={stage.extension.reason} />
          {respondBy && !response && <p className="govuk-body">{t("complaints.view.stage.extension.newDate", { date: format.date(respondBy) })}</p>}
        </InsetText>
      )}

      {response ? (
        <>
          <h3 className="govuk-heading-m">{t("complaints.view.stage.response.heading")}</h3>
          <p className="govuk-body-s">{t("complaints.view.stage.response.sent", { date: format.date(response.respondedOn) })}</p>
          {response.summary && <MultilineText text={response.summary} />}

          <h3 className="govuk-heading-m">{t("complaints.view.stage.decisions")}</h3>
          <SummaryList
            rows={stage.points.map((point) => ({
              key: <span dir="auto">{point.summary}</span>,
              value: (
                <>
                  {point.decision && (
                    <p>
                      <Tag colour={DECISION_COLOURS[point.decision]}>{t(`complaints:decision.${point.decision}`)}</Tag>
                    </p>
                  )}
                  {point.reasons && <MultilineText text={point.reasons} />}
                </>
              ),
            }))}
          />

          <h3 className="govuk-heading-m">{t("complaints.view.stage.remedy.heading")}</h3>
          {response.apology && <p className="govuk-body">{t("complaints.view.stage.remedy.apology")}</p>}
          {response.compensationPence > 0 && (
            <p className="govuk-body">{t("complaints.view.stage.remedy.compensation", { amount: format.money(response.compensationPence) })}</p>
          )}
          {response.actions.length > 0 ? (
            <Table
              caption={t("complaints.view.stage.remedy.actions")}
              captionSize="s"
              stackUntilTablet
              head={[t("complaints.view.stage.remedy.action"), t("complaints.view.stage.remedy.dueOn"), t("complaints.view.stage.remedy.doneOn")]}
              rows={response.actions.map((action) => [
                <span key="d" dir="auto">
                  {action.description}
                </span>,
                format.date(action.dueOn),
                action.doneOn ? format.date(action.doneOn) : t("complaints.view.stage.remedy.notDone"),
              ])}
            />
          ) : (
            !response.apology && response.compensationPence === 0 && <p className="govuk-body">{t("complaints.view.stage.remedy.none")}</p>
          )}
        </>
      ) : (
        respondBy && <p className="govuk-body">{t("complaints.view.stage.respondBy", { date: format.date(respondBy) })}</p>
      )}
    </section>
  );
}
