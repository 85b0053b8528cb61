import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt } from "@hearth/api/server";
import { ATTACHMENT_LIMITS } from "@hearth/domain/complaints";
import { BackLink, Button, ErrorSummary, FileUpload, InsetText, NotificationBanner, Table } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useComplaintFormats } from "../components/complaints/format";
import { QuestionHeading } from "../components/complaints/question-frame";
import { useErrorTitle } from "../lib/error-title";
import { useRootData } from "../root";
import { CHECK_PATH, previousPath } from "../lib/complaint-steps";
import { complaintProblem, complaintScope, questionPage, readLimitedForm } from "../lib/complaints.server";

/** A little over the largest file the API accepts, to allow for the rest of the form. */
const UPLOAD_LIMIT = ATTACHMENT_LIMITS.maxBytes + 1024 * 1024;
const ACCEPT = ".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf";
const NOTICES = ["added", "removed"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const { draft, change, title } = await questionPage(args, "complaints.evidence.title");
  const notice = new URL(args.request.url).searchParams.get("done");
  return {
    title,
    change,
    files: draft.attachments.map(({ id, fileName, contentType, sizeBytes }) => ({ id, fileName, contentType, sizeBytes })),
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await complaintScope(args);
  const form = await readLimitedForm(args, scope, UPLOAD_LIMIT);
  if (!form) return complaintProblem(args, [{ field: "file", key: "errors.complaints.attachment.tooLarge" }]);
  const change = form.get("change") === "1";
  const done = (notice: (typeof NOTICES)[number]) => redirect(`/complaints/new/evidence?${change ? "change=1&" : ""}done=${notice}`, 303);

  const remove = form.get("remove");
  if (typeof remove === "string" && remove !== "") {
    const outcome = await attempt(() => scope.caller.complaints.removeAttachment({ id: remove }));
    if (!outcome.ok) return complaintProblem(args, outcome.errors.map((e) => ({ ...e, field: "file" })));
    return done("removed");
  }

  const file = form.get("file");
  if (file === null || typeof file === "string" || (file.size === 0 && file.name === "")) {
    return complaintProblem(args, [{ field: "file", key: "portal:complaints.evidence.noFile" }]);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const outcome = await attempt(() => scope.caller.complaints.addAttachment({ fileName: file.name, bytes }));
  if (!outcome.ok) return complaintProblem(args, outcome.errors.map((e) => ({ ...e, field: "file" })));
  return done("added");
}

export default function ComplaintEvidence() {
  const { t } = useTranslation("portal");
  const { csrfToken } = useRootData();
  const { change, files, notice } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "file");
  const format = useComplaintFormats();
  useErrorTitle(messages.hasErrors);
  const full = files.length >= ATTACHMENT_LIMITS.maxFiles;
  const limits = { files: ATTACHMENT_LIMITS.maxFiles, megabytes: ATTACHMENT_LIMITS.maxBytes / (1024 * 1024) };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={previousPath("evidence", change)}>{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        {notice && !messages.hasErrors && (
          <NotificationBanner title={t("common:notice")} type="success">
            {t(`complaints.evidence.notice.${notice}`)}
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">
          <QuestionHeading>{t("complaints.evidence.title")}</QuestionHeading>
        </h1>
        <p className="govuk-body">{t("complaints.evidence.intro")}</p>
        <p className="govuk-body">{t("complaints.evidence.optional")}</p>

        {files.length > 0 && (
          <Table
            caption={t("complaints.evidence.count", { added: files.length, max: ATTACHMENT_LIMITS.maxFiles })}
            captionSize="m"
            head={[t("complaints.evidence.file"), t("complaints.evidence.size"), <span key="a" className="govuk-visually-hidden">{t("complaints.evidence.actions")}</span>]}
            rows={files.map((file) => [
              <bdi key="n" className="govuk-!-text-break-word">{file.fileName}</bdi>,
              format.size(file.sizeBytes),
              <Form key="r" method="post">
                <CsrfField token={csrfToken} />
                {change && <input type="hidden" name="change" value="1" />}
                <input type="hidden" name="remove" value={file.id} />
                <button type="submit" className="hearth-link-button">
                  {t("complaints.evidence.remove")}
                  <span className="govuk-visually-hidden"> {file.fileName}</span>
                </button>
              </Form>,
            ])}
          />
        )}

        {full ? (
          <InsetText>{t("complaints.evidence.full", limits)}</InsetText>
        ) : (
          // Keyed by the files held, so the picker is emptied once a file is added.
          <Form method="post" encType="multipart/form-data" noValidate key={files.map((f) => f.id).join()}>
            <CsrfField token={csrfToken} />
            {change && <input type="hidden" name="change" value="1" />}
            <FileUpload
              id="file"
              name="file"
              label={t("complaints.evidence.upload")}
              labelSize="m"
              hint={t("complaints.evidence.limits", limits)}
              accept={ACCEPT}
              error={messages.field("file")}
            />
            <Button variant="secondary" preventDoubleClick>
              {t("complaints.evidence.add")}
            </Button>
          </Form>
        )}
        <Button href={CHECK_PATH}>{t("common:form.continue")}</Button>
      </div>
    </div>
  );
}
