import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { CODE_TIMESCALES } from "@hearth/domain/complaints";
import { BackLink, Button, NotificationBanner, SummaryList } from "@hearth/ui";
import { ComplaintStage } from "../components/complaints/complaint-stage";
import { ComplaintTimeline } from "../components/complaints/complaint-timeline";
import { useComplaintFormats } from "../components/complaints/format";
import { MultilineText } from "../components/complaints/multiline-text";
import { serviceAreaName } from "../components/complaints/service-area";
import { ComplaintStatusTag } from "../components/complaints/status-tag";
import { attachmentPath, complaintPath } from "../lib/complaint-steps";
import { complaintScope, complaintTitle } from "../lib/complaints.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await complaintScope(args);
  // Unknown references and other people's complaints are both "not found".
  const complaint = await load(() => scope.caller.complaints.get({ reference: args.params.reference ?? "" }));
  const search = new URL(args.request.url).searchParams;
  const escalated = search.has("escalated") && complaint.escalatedOn !== null;
  const withdrawn = search.has("withdrawn") && complaint.withdrawnOn !== null;
  return {
    title: complaintTitle(args, scope, "complaints.view.title", { reference: complaint.reference }),
    complaint: { ...complaint, attachments: complaint.attachments.map(({ id, fileName, contentType, sizeBytes }) => ({ id, fileName, contentType, sizeBytes })) },
    escalated,
    withdrawn,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function ComplaintPage() {
  const { t } = useTranslation("portal");
  const { complaint, escalated, withdrawn } = useLoaderData<typeof loader>();
  const format = useComplaintFormats();
  const due = (step: string) => complaint.deadlines.find((d) => d.step === step)?.dueOn ?? null;
  const stage2Acknowledge = due("stage2-acknowledge");
  const showOmbudsman = complaint.canGoToOmbudsman || complaint.refusal !== null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/complaints">{t("complaints.view.back")}</BackLink>
        {escalated && (
          <NotificationBanner title={t("common:notice")} type="success">
            <p className="govuk-notification-banner__heading">{t("complaints.escalate.done")}</p>
            {stage2Acknowledge && <p className="govuk-body">{t("complaints.escalate.acknowledgeBy", { date: format.date(stage2Acknowledge) })}</p>}
          </NotificationBanner>
        )}
        {withdrawn && (
          <NotificationBanner title={t("common:notice")} type="success">
            <p className="govuk-notification-banner__heading">{t("complaints.withdraw.done")}</p>
            <p className="govuk-body">{t("complaints.withdraw.doneMessage")}</p>
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{serviceAreaName(t, complaint.serviceArea)}</span>
        <h1 className="govuk-heading-l">{t("complaints.view.title", { reference: complaint.reference })}</h1>
        <SummaryList
          rows={[
            { key: t("complaints.view.status"), value: <ComplaintStatusTag status={complaint.status} wide /> },
            { key: t("complaints.view.about"), value: serviceAreaName(t, complaint.serviceArea) },
            { key: t("complaints.view.received"), value: format.date(complaint.receivedOn) },
            { key: t("complaints.view.contact"), value: t(`complaints:contactMethod.${complaint.contactMethod}`, { defaultValue: complaint.contactMethod }) },
            ...(complaint.closedOn ? [{ key: t("complaints.view.closed"), value: format.date(complaint.closedOn) }] : []),
          ]}
        />

        {complaint.canEscalate && (
          <div className="govuk-inset-text">
            <h2 className="govuk-heading-m">{t("complaints.view.escalate.heading")}</h2>
            <p className="govuk-body">{t("complaints.view.escalate.body")}</p>
            <Button href={`${complaintPath(complaint.reference)}/escalate`} className="govuk-!-margin-bottom-0">
              {t("complaints.escalate.button")}
            </Button>
          </div>
        )}

        {complaint.refusal && (
          <section aria-labelledby="refusal">
            <h2 className="govuk-heading-l" id="refusal">
              {t("complaints.view.refusal.heading")}
            </h2>
            <p className="govuk-body">{t("complaints.view.refusal.on", { date: format.date(complaint.refusal.on) })}</p>
            <p className="govuk-body">
              <strong>{t(`complaints:refusalReason.${complaint.refusal.reason}`)}</strong>
            </p>
            {complaint.refusal.explanation && <MultilineText text={complaint.refusal.explanation} />}
          </section>
        )}
        {complaint.withdrawnOn && <p className="govuk-body">{t("complaints.view.withdrawn", { date: format.date(complaint.withdrawnOn) })}</p>}

        {showOmbudsman && (
          <section aria-labelledby="ombudsman" className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id="ombudsman">
              {t("complaints:ombudsman.title")}
            </h2>
            <p className="govuk-body">{t("complaints:ombudsman.body")}</p>
            <p className="govuk-body">{t("complaints:ombudsman.contact")}</p>
          </section>
        )}

        <section aria-labelledby="timeline">
          <h2 className="govuk-heading-l" id="timeline">
            {t("complaints.view.timeline")}
          </h2>
          <p className="govuk-body">{t("complaints.view.timescales", { acknowledge: CODE_TIMESCALES.stage1.acknowledgeWithin, respond: CODE_TIMESCALES.stage1.respondWithin })}</p>
          <ComplaintTimeline events={complaint.events} deadlines={complaint.deadlines} />
        </section>

        {[...complaint.stages].reverse().map((stage) => (
          <ComplaintStage key={stage.stage} stage={stage} respondBy={due(`stage${stage.stage}-respond`)} />
        ))}

        <section aria-labelledby="your-words">
          <h2 className="govuk-heading-l" id="your-words">
            {t("complaints.view.yourWords")}
          </h2>
          <h3 className="govuk-heading-m">{t("complaints.view.whatHappened")}</h3>
          <MultilineText text={complaint.whatHappened} />
          <h3 className="govuk-heading-m">{t("complaints.view.putRight")}</h3>
          <MultilineText text={complaint.putRight} />
          {complaint.attachments.length > 0 && (
            <>
              <h3 className="govuk-heading-m">{t("complaints.view.attachments")}</h3>
              <ul className="govuk-list">
                {complaint.attachments.map((file) => (
                  <li key={file.id}>
                    <a className="govuk-link govuk-!-text-break-word" href={attachmentPath(file.id)} download={file.fileName}>
                      <bdi>{file.fileName}</bdi>
                    </a>{" "}
                    <span className="govuk-body-s">({format.size(file.sizeBytes)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        {complaint.canWithdraw && (
          <section aria-labelledby="withdraw">
            <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
            <h2 className="govuk-heading-m" id="withdraw">
              {t("complaints.view.withdraw.heading")}
            </h2>
            <p className="govuk-body">{t("complaints.view.withdraw.body")}</p>
            <p className="govuk-body">
              <a className="govuk-link" href={`${complaintPath(complaint.reference)}/withdraw`}>
                {t("complaints.view.withdraw.link")}
              </a>
            </p>
          </section>
        )}
      </div>
    </div>
  );
}
