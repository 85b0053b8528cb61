// The parts of the complaint page, one component per section.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, SummaryList, Table, Tag } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import type { ComplaintPageData } from "../../lib/complaint-page.server";
import { ComplaintStatusTag, Day, DueDate, OverdueTag } from "./tags";

type Page = ComplaintPageData;

/** Text as the resident or a colleague wrote it: line breaks kept. */
export function Written({ text, lang, dir, block = false }: { text: string; lang?: string; dir?: "ltr" | "rtl"; block?: boolean }) {
  return (
    <div className={block ? "govuk-body hearth-written" : "hearth-written"} lang={lang} dir={dir}>
      {text}
    </div>
  );
}

export function StepButtons({ page }: { page: Page }) {
  const { t } = useTranslation("casework");
  const primary = page.steps.find((step) => step === "acknowledge" || step === "respond" || step === "close");
  const order = ["acknowledge", "respond", "extend", "assign", "escalate", "close", "refuse", "withdraw"] as const;
  const steps = order.filter((step) => page.steps.includes(step));
  return (
    <div className="govuk-button-group hearth-step-buttons">
      {steps.map((step) => (
        <Button key={step} href={`/complaints/${page.reference}/${step}`} variant={step === primary ? "primary" : "secondary"}>
          {t(`steps.${step}.button`)}
        </Button>
      ))}
      <Button href={`/complaints/${page.reference}/contact`} variant="secondary">
        {t("steps.contact.button")}
      </Button>
    </div>
  );
}

export function CaseSummary({ page }: { page: Page }) {
  const { t } = useTranslation("casework");
  const dash = t("noneDash");
  const rows = [
    { key: t("summary.reference"), value: page.reference },
    { key: t("summary.status"), value: <ComplaintStatusTag status={page.status} /> },
    { key: t("summary.stage"), value: page.stage ? t(`complaints:stage.${page.stage}`) : dash },
    { key: t("summary.serviceArea"), value: t(`complaints:serviceArea.${page.serviceArea.slug}`, { defaultValue: page.serviceArea.name }) },
    { key: t("summary.received"), value: <Day value={page.received} /> },
    { key: t("summary.channel"), value: t(`complaints:channel.${page.channel}`) },
    { key: t("summary.recordedBy"), value: page.recordedBy ?? (page.channel === "portal" ? t("summary.recordedByResident") : dash) },
    ...(page.escalated ? [{ key: t("summary.escalated"), value: <Day value={page.escalated} /> }] : []),
    { key: t("summary.nextDue"), value: <DueDate value={page.nextDue} overdue={page.overdue} empty={t("summary.nothingDue")} /> },
  ];
  if (page.closure) {
    rows.push(
      { key: t("summary.closed"), value: <Day value={page.closure.closed} /> },
      { key: t("summary.cause"), value: page.closure.causeCategory ? t(`complaints:cause.${page.closure.causeCategory}`) : dash },
      { key: t("summary.lessons"), value: <Written text={page.closure.lessonsLearnt || dash} /> },
    );
  }
  if (page.refusal) {
    rows.push(
      { key: t("summary.refused"), value: <Day value={page.refusal.refused} /> },
      { key: t("summary.refusalReason"), value: t(`complaints:refusalReason.${page.refusal.reason}`) },
      { key: t("summary.refusalExplanation"), value: <Written text={page.refusal.explanation || dash} /> },
    );
  }
  if (page.withdrawn) rows.push({ key: t("summary.withdrawn"), value: <Day value={page.withdrawn} /> });
  return <SummaryList rows={rows} />;
}

export function ResidentDetails({ page }: { page: Page }) {
  const { t } = useTranslation("casework");
  const { resident, contact } = page;
  const dash = t("noneDash");
  const needs = resident.supportNeeds.filter(Boolean);
  return (
    <SummaryList
      rows={[
        { key: t("resident.name"), value: resident.name },
        { key: t("resident.tenancy"), value: resident.tenancyReference },
        {
          key: t("resident.address"),
          value: (
            <>
              {resident.address.map((line, index) => (
                <span key={index} className="hearth-address-line">
                  {line}
                </span>
              ))}
            </>
          ),
        },
        { key: t("resident.neighbourhood"), value: resident.neighbourhood },
        { key: t("resident.language"), value: resident.language ? <span lang={resident.languageCode ?? undefined}>{resident.language}</span> : dash },
        {
          key: t("resident.support"),
          value: needs.length ? (
            <ul className="govuk-list">
              {needs.map((need) => (
                <li key={need}>{t(`support.${need}`, { defaultValue: need })}</li>
              ))}
            </ul>
          ) : (
            t("resident.noSupport")
          ),
        },
        { key: t("resident.format"), value: resident.format ? t(`format.${resident.format}`, { defaultValue: resident.format }) : dash },
        {
          key: t("resident.contact"),
          value: (
            <>
              {t(`complaints:contactMethod.${contact.method}`, { defaultValue: contact.method })}
              {contact.detail && (
                <>
                  <br />
                  <span className="hearth-wrap-long" dir="ltr">
                    {contact.detail}
                  </span>
                </>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

export function ResidentWords({ page }: { page: Page }) {
  const { t } = useTranslation("casework");
  const { words } = page;
  return (
    <>
      {words.languageName && <p className="govuk-body-s hearth-secondary-text">{t("words.language", { language: words.languageName })}</p>}
      <h3 className="govuk-heading-s">{t("words.whatHappened")}</h3>
      <Written text={words.whatHappened} lang={words.lang} dir={words.dir} block />
      <h3 className="govuk-heading-s">{t("words.putRight")}</h3>
      <Written text={words.putRight} lang={words.lang} dir={words.dir} block />
    </>
  );
}

export function Deadlines({ page }: { page: Page }) {
  const { t } = useTranslation("casework");
  if (page.deadlines.length === 0) return <p className="govuk-body">{t("deadlines.none")}</p>;
  return (
    <div className="hearth-table-scroll" role="region" aria-labelledby="deadlines-caption" tabIndex={0}>
      <Table
        caption={<span id="deadlines-caption">{t("deadlines.caption")}</span>}
        captionSize="s"
        firstCellIsHeader
        head={[t("deadlines.step"), t("deadlines.due"), t("deadlines.done"), t("deadlines.onTime")]}
        rows={page.deadlines.map((deadline) => [
          <>
            {t(`complaints:step.${deadline.step}`)}
            {deadline.extensionWorkingDays > 0 && (
              <span className="govuk-body-s hearth-secondary-text hearth-block">{t("deadlines.extended", { count: deadline.extensionWorkingDays })}</span>
            )}
          </>,
          <Day key="due" value={deadline.due} />,
          <Day key="done" value={deadline.done} empty={t("deadlines.notYet")} />,
          deadline.onTime === null ? (
            deadline.overdue ? <OverdueTag /> : t("deadlines.open")
          ) : deadline.onTime ? (
            <Tag colour="green">{t("deadlines.yes")}</Tag>
          ) : (
            <Tag colour="red">{t("deadlines.late")}</Tag>
          ),
        ])}
      />
    </div>
  );
}

export function StageSection({ stage, csrfToken }: { stage: Page["stages"][number]; csrfToken: string }) {
  const { t } = useTranslation("casework");
  const dash = t("noneDash");
  const headingId = `stage-${stage.stage}-heading`;
  return (
    <section aria-labelledby={headingId} className="hearth-stage">
      <h2 className="govuk-heading-m" id={headingId}>
        {t(`complaints:stage.${stage.stage}`)}
      </h2>
      <SummaryList
        rows={[
          { key: t("stage.handler"), value: stage.handler ?? dash },
          { key: t("stage.acknowledged"), value: <Day value={stage.acknowledged} /> },
          ...(stage.extension
            ? [
                {
                  key: t("stage.extension"),
                  value: (
                    <>
                      {t("stage.extensionDays", { count: stage.extension.workingDays })} (<Day value={stage.extension.granted} />)
                      <Written text={stage.extension.reason} />
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!stage.response && <h3 className="govuk-heading-s">{t("stage.points")}</h3>}
      {stage.response ? (
        <div className="hearth-table-scroll" role="region" aria-labelledby={`stage-${stage.stage}-decisions`} tabIndex={0}>
          <Table
            caption={<span id={`stage-${stage.stage}-decisions`}>{t("stage.decisionsCaption", { stage: stage.stage })}</span>}
            captionSize="m"
            head={[t("stage.point"), t("stage.decision"), t("stage.reasons")]}
            rows={stage.points.map((point) => [
              <Written key="p" text={point.summary} />,
              point.decision ? t(`complaints:decision.${point.decision}`) : dash,
              <Written key="r" text={point.reasons ?? ""} />,
            ])}
          />
        </div>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {stage.points.map((point) => (
            <li key={point.id} className="hearth-written">
              {point.summary}
            </li>
          ))}
        </ol>
      )}
      {stage.response && (
        <>
          <h3 className="govuk-heading-s">{t("stage.response")}</h3>
          <SummaryList
            rows={[
              {
                key: t("stage.responded"),
                value: (
                  <>
                    <Day value={stage.response.responded} />
                    {stage.response.respondedBy && <> – {stage.response.respondedBy}</>}
                  </>
                ),
              },
              { key: t("stage.summary"), value: <Written text={stage.response.summary || dash} /> },
              { key: t("stage.apology"), value: stage.response.apology ? t("yes") : t("no") },
              { key: t("stage.compensation"), value: stage.response.hasCompensation ? stage.response.compensation : t("stage.noCompensation") },
            ]}
          />
          <h3 className="govuk-heading-s">{t("stage.actions")}</h3>
          {stage.response.actions.length === 0 ? (
            <p className="govuk-body">{t("stage.noActions")}</p>
          ) : (
            <div className="hearth-table-scroll" role="region" aria-labelledby={`stage-${stage.stage}-actions`} tabIndex={0}>
              <Table
                caption={<span id={`stage-${stage.stage}-actions`} className="govuk-visually-hidden">{t("stage.actionsCaption", { stage: stage.stage })}</span>}
                head={[t("stage.action"), t("stage.owner"), t("stage.due"), t("stage.done")]}
                rows={stage.response.actions.map((action) => [
                  <Written key="d" text={action.description} />,
                  action.owner ?? dash,
                  <Day key="due" value={action.due} />,
                  action.done ? (
                    <Day key="done" value={action.done} />
                  ) : (
                    <Form key="form" method="post" className="hearth-inline-form">
                      <CsrfField token={csrfToken} />
                      <input type="hidden" name="intent" value="complete-action" />
                      <input type="hidden" name="actionId" value={action.id} />
                      <Button variant="secondary" className="govuk-!-margin-bottom-0" preventDoubleClick>
                        {t("stage.markDone")}
                        <span className="govuk-visually-hidden">: {action.description}</span>
                      </Button>
                    </Form>
                  ),
                ])}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function EventDetails({ event }: { event: Page["events"][number] }) {
  const { t } = useTranslation("casework");
  const lines: string[] = [];
  if (event.stage) lines.push(t(`complaints:stage.${event.stage}`));
  switch (event.type) {
    case "acknowledge":
      if (event.handler) lines.push(t("history.handler", { name: event.handler }));
      if (event.points !== null) lines.push(t("history.points", { count: event.points }));
      break;
    case "assign":
      if (event.handler) lines.push(t("history.handler", { name: event.handler }));
      break;
    case "extend":
      if (event.workingDays !== null) lines.push(t("stage.extensionDays", { count: event.workingDays }));
      break;
    case "respond":
      if (event.compensation) lines.push(t("history.compensation", { amount: event.compensation }));
      if (event.actions) lines.push(t("history.actions", { count: event.actions }));
      break;
    case "close":
      if (event.causeCategory) lines.push(t("history.cause", { cause: t(`complaints:cause.${event.causeCategory}`) }));
      break;
    case "refuse":
      if (event.reason) lines.push(t(`complaints:refusalReason.${event.reason}`));
      break;
    case "escalate":
      // Recorded by staff from a call, letter, email or visit; the portal's own requests carry no channel.
      if (event.channel) lines.push(t(`complaints:channel.${event.channel}`, { defaultValue: event.channel }));
      break;
    case "contact":
      if (event.method) lines.push(t(`noteMethod.${event.method}`, { defaultValue: event.method }));
      break;
  }
  const freeText =
    event.type === "contact" ? event.summary : event.type === "extend" || event.type === "withdraw" ? event.reason : event.type === "action-done" ? event.action : null;
  return (
    <>
      {lines.length > 0 && <span className="hearth-block">{lines.join(" · ")}</span>}
      {/* A resident's own reason for withdrawing is kept in the language they wrote it in. */}
      {freeText && <Written text={freeText} lang={event.type === "withdraw" ? event.language : undefined} />}
    </>
  );
}

export function EventHistory({ page }: { page: Page }) {
  const { t } = useTranslation("casework");
  return (
    <div className="hearth-table-scroll" role="region" aria-labelledby="history-caption" tabIndex={0}>
      <Table
        className="hearth-history-table"
        caption={<span id="history-caption">{t("history.caption")}</span>}
        captionSize="s"
        head={[t("history.when"), t("history.what"), t("history.who"), t("history.details")]}
        rows={page.events.map((event) => [
          <Day key="on" value={event.on} />,
          <>
            {t(`complaints:event.${event.type}`, { defaultValue: event.type })}
            {event.internal && (
              <span className="hearth-block">
                <Tag colour="grey">{t("history.internal")}</Tag>
              </span>
            )}
          </>,
          event.actor ?? t("history.system"),
          <EventDetails key="details" event={event} />,
        ])}
      />
    </div>
  );
}

export function Attachments({ page }: { page: Page }) {
  const { t } = useTranslation("casework");
  if (page.attachments.length === 0) return <p className="govuk-body">{t("attachments.none")}</p>;
  return (
    <ul className="govuk-list">
      {page.attachments.map((file) => (
        <li key={file.id}>
          <a className="govuk-link hearth-wrap-long" href={`/complaints/attachments/${file.id}`} download>
            {file.fileName}
          </a>{" "}
          <span className="hearth-secondary-text">{t("attachments.describe", { type: file.type, size: file.sizeKb })}</span>
        </li>
      ))}
    </ul>
  );
}

export function EscalationNote({ page }: { page: Page }) {
  const { t } = useTranslation("casework");
  if (!page.canEscalate) return null;
  return <p className="govuk-inset-text">{t("complaint.canEscalate")}</p>;
}

