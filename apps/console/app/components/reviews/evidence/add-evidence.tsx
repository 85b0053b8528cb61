import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EVIDENCE_FORMS, EVIDENCE_LIMITS } from "@hearth/domain/reviews";
import { Button, Details, FileUpload, TextInput, Textarea } from "@hearth/ui";
import { CsrfField, type useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../../../root";
import { EVIDENCE_ACCEPT } from "../../../lib/evidence-paths";

export const ADD_FORMS = EVIDENCE_FORMS;
export type AddForm = (typeof ADD_FORMS)[number];

type Messages = ReturnType<typeof useFormMessages>;

/**
 * The four "add" forms, each folded in a GOV.UK details element (native, so
 * it works without JavaScript). The one that came back with errors is open,
 * so every link in the error summary lands on a visible field.
 */
export function AddEvidence({ version, open, messages }: { version: number; open: string | null; messages: Messages }) {
  const { t } = useTranslation("evidence");
  const { csrfToken } = useRootData();
  const optional = (label: string) => `${label} ${t("add.optional")}`;
  const field = (form: AddForm, name: string) => ({
    id: `${form}-${name}`,
    name: `${form}-${name}`,
    defaultValue: open === form ? messages.value(`${form}-${name}`) : undefined,
    error: messages.field(`${form}-${name}`),
  });
  const frame = (form: AddForm, children: ReactNode, multipart = false) => (
    <Details summary={t(`add.${form}.summary`)} open={open === form} id={`add-${form}`}>
      <Form method="post" encType={multipart ? "multipart/form-data" : undefined} noValidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="intent" value={form} />
        <input type="hidden" name="version" value={version} />
        {children}
        <Button variant="secondary" preventDoubleClick>
          {t(`add.${form}.submit`)}
        </Button>
      </Form>
    </Details>
  );
  return (
    <section aria-labelledby="add-evidence-heading">
      <h2 className="govuk-heading-m" id="add-evidence-heading">
        {t("add.heading")}
      </h2>
      {frame(
        "note",
        <>
          <TextInput {...field("note", "title")} label={t("add.note.title")} maxLength={EVIDENCE_LIMITS.titleMax} />
          <Textarea {...field("note", "body")} label={t("add.note.body")} hint={t("add.note.bodyHint")} rows={6} />
        </>,
      )}
      {frame(
        "link",
        <>
          <TextInput {...field("link", "title")} label={t("add.link.title")} maxLength={EVIDENCE_LIMITS.titleMax} />
          <TextInput {...field("link", "url")} label={t("add.link.url")} hint={t("add.link.urlHint")} type="url" spellCheck={false} autoComplete="url" dir="ltr" />
          <Textarea {...field("link", "body")} label={optional(t("add.link.body"))} rows={3} />
        </>,
      )}
      {frame(
        "meeting",
        <>
          <TextInput {...field("meeting", "title")} label={t("add.meeting.title")} hint={t("add.meeting.titleHint")} maxLength={EVIDENCE_LIMITS.titleMax} />
          <TextInput {...field("meeting", "date")} label={t("add.meeting.date")} type="date" width={10} />
          <Textarea {...field("meeting", "attendees")} label={t("add.meeting.attendees")} hint={t("add.meeting.attendeesHint")} rows={3} />
          <Textarea {...field("meeting", "body")} label={t("add.meeting.body")} rows={6} />
        </>,
      )}
      {frame(
        "file",
        <>
          <FileUpload
            id="file-file"
            name="file-file"
            label={t("add.file.file")}
            hint={t("add.file.fileHint", { megabytes: EVIDENCE_LIMITS.maxBytes / (1024 * 1024), max: EVIDENCE_LIMITS.maxFiles })}
            accept={EVIDENCE_ACCEPT}
            error={messages.field("file-file")}
          />
          <TextInput {...field("file", "title")} label={optional(t("add.file.title"))} hint={t("add.file.titleHint")} maxLength={EVIDENCE_LIMITS.titleMax} />
          <Textarea {...field("file", "body")} label={optional(t("add.file.body"))} rows={3} />
        </>,
        true,
      )}
    </section>
  );
}
