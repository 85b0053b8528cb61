import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { CODE_TIMESCALES } from "@hearth/domain/complaints";
import { BackLink, Button, ErrorSummary, SummaryList } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useComplaintFormats } from "../components/complaints/format";
import { MultilineText } from "../components/complaints/multiline-text";
import { useErrorTitle } from "../lib/error-title";
import { serviceAreaName } from "../components/complaints/service-area";
import { useRootData } from "../root";
import { QUESTION_STEPS, questionPath, type QuestionStep } from "../lib/complaint-steps";
import { complaintProblem, complaintScope, complaintTitle } from "../lib/complaints.server";

const isStep = (value: unknown): value is QuestionStep => QUESTION_STEPS.includes(value as QuestionStep);

export async function loader(args: LoaderFunctionArgs) {
  const scope = await complaintScope(args);
  const [draft, areas] = await Promise.all([scope.caller.complaints.draft(), scope.caller.complaints.serviceAreas()]);
  // Nothing to check until every question is answered.
  if (draft.missingStep) throw redirect(questionPath(draft.missingStep));
  const { answers, profile } = draft;
  const area = areas.find((a) => a.slug === answers.serviceArea);
  return {
    title: complaintTitle(args, scope, "complaints.check.title"),
    area: { slug: answers.serviceArea ?? "", name: area?.name ?? answers.serviceArea ?? "" },
    whatHappened: answers.whatHappened ?? "",
    putRight: answers.putRight ?? "",
    contactMethod: answers.contactMethod ?? "",
    phone: answers.phone ?? "",
    email: profile.email,
    files: draft.attachments.map(({ id, fileName, sizeBytes }) => ({ id, fileName, sizeBytes })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await complaintScope(args);
  await readForm(args.request, scope);
  const outcome = await attempt(() => scope.caller.complaints.submit());
  if (!outcome.ok) {
    // Someone (or another tab) changed the draft: go and answer what is missing.
    const missing = outcome.errors.find((e) => e.key === "errors.complaints.draftIncomplete")?.field;
    if (isStep(missing)) return redirect(questionPath(missing), 303);
    return complaintProblem(args, outcome.errors.map((e) => ({ ...e, field: "send" })));
  }
  return redirect(`/complaints/sent/${encodeURIComponent(outcome.value.reference)}`, 303);
}

export default function CheckComplaint() {
  const { t } = useTranslation("portal");
  const { csrfToken } = useRootData();
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "send");
  const format = useComplaintFormats();
  useErrorTitle(messages.hasErrors);
  const change = (step: QuestionStep, what: string) => [{ href: questionPath(step, true), label: t("common:form.change"), visuallyHiddenText: what }];
  const labels = {
    about: t("complaints.check.about"),
    whatHappened: t("complaints.check.whatHappened"),
    putRight: t("complaints.check.putRight"),
    contact: t("complaints.check.contact"),
    evidence: t("complaints.check.evidence"),
  };
  const contactDetail = data.contactMethod === "email" ? data.email : data.contactMethod === "phone" || data.contactMethod === "text" ? data.phone : "";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={questionPath("evidence")}>{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">{t("complaints.caption")}</span>
        <h1 className="govuk-heading-l">{t("complaints.check.title")}</h1>
        <SummaryList
          rows={[
            { key: labels.about, value: serviceAreaName(t, data.area), actions: change("about", labels.about) },
            { key: labels.whatHappened, value: <MultilineText text={data.whatHappened} />, actions: change("what-happened", labels.whatHappened) },
            { key: labels.putRight, value: <MultilineText text={data.putRight} />, actions: change("put-right", labels.putRight) },
            {
              key: labels.contact,
              value: (
                <>
                  {t(`complaints:contactMethod.${data.contactMethod}`)}
                  {contactDetail && (
                    <>
                      <br />
                      <bdi>{contactDetail}</bdi>
                    </>
                  )}
                </>
              ),
              actions: change("contact", labels.contact),
            },
            {
              key: labels.evidence,
              value:
                data.files.length === 0 ? (
                  t("complaints.check.noFiles")
                ) : (
                  <ul className="govuk-list">
                    {data.files.map((file) => (
                      <li key={file.id} className="govuk-!-text-break-word">
                        <bdi>{file.fileName}</bdi> ({format.size(file.sizeBytes)})
                      </li>
                    ))}
                  </ul>
                ),
              actions: change("evidence", labels.evidence),
            },
          ]}
        />
        <h2 className="govuk-heading-m">{t("complaints.check.send.heading")}</h2>
        <p className="govuk-body">{t("complaints.check.send.body", { days: CODE_TIMESCALES.stage1.acknowledgeWithin })}</p>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <Button id="send" preventDoubleClick>
            {t("complaints.check.send.button")}
          </Button>
        </Form>
      </div>
    </div>
  );
}
