import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { GROUP_MEMBER_KINDS } from "@hearth/domain/reviews";
import { Button, Radios, Select, Table, TextInput, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { finishReviewForm, loadReviewHeader, reviewFormFailed, reviewFormText, reviewProblem, reviewScope } from "../lib/review-page.server";
import { reviewPath } from "../lib/review-paths";

const ADD_FORM = "add-member";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const data = await load(() => scope.caller.reviews.group({ reference: args.params.reference ?? "" }));
  return {
    title: scope.pageTitle("groupPage.title", { reference: data.header.reference }, reviewFormFailed(args)),
    ...data,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

/** Three small forms post here: the lead, a new member, and removing one. */
export async function action(args: ActionFunctionArgs) {
  const scope = await reviewScope(args, ["staff"]);
  const form = await readForm(args.request, scope);
  const header = await loadReviewHeader(scope, args.params.reference);
  const values = reviewFormText(form, ["intent", "version", "name", "role", "kind", "leadUserId", "memberId"]);
  const change = { reviewId: header.id, version: Number(values.version) };
  const to = reviewPath(header.reference, "group");
  const api = scope.caller.reviews;
  switch (values.intent) {
    case "add":
      return finishReviewForm(args, await attempt(() => api.addMember({ ...change, name: values.name ?? "", role: values.role ?? "", kind: values.kind as never })), {
        reference: header.reference,
        to,
        banner: "reviews:done.memberAdded",
        values,
        remap: (errors) => errors.map((e) => (e.field && ["name", "role", "kind"].includes(e.field) ? e : { ...e, field: undefined })),
      });
    case "remove":
      return finishReviewForm(args, await attempt(() => api.removeMember({ ...change, memberId: values.memberId ?? "" })), { reference: header.reference, to, banner: "reviews:done.memberRemoved", values: {} });
    case "lead":
      return finishReviewForm(args, await attempt(() => api.setLead({ ...change, leadUserId: values.leadUserId ?? "" })), {
        reference: header.reference,
        to,
        banner: "reviews:done.leadSet",
        values,
      });
    default:
      return reviewProblem(args, [{ key: "errors.invalid" }], {});
  }
}

export default function ReviewGroup() {
  const { t } = useTranslation("reviews");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), ADD_FORM);
  const { header, members } = data;
  const canEdit = header.canEdit.group;
  const version = messages.value("version") ?? String(header.version);
  const hidden = (intent: string) => (
    <>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const residents = members.filter((m) => m.kind === "resident").length;
  return (
    <ReviewPage header={header} heading={t("groupPage.heading")} errors={messages.summary}>
      <p className="govuk-body">{t("groupPage.intro")}</p>

      <h2 className="govuk-heading-m">{t("groupPage.leadHeading")}</h2>
      {canEdit ? (
        <Form method="post" noValidate>
          {hidden("lead")}
          <Select
            id="leadUserId"
            name="leadUserId"
            label={t("groupPage.leadLabel")}
            labelSize="s"
            hint={t("groupPage.leadHint")}
            defaultValue={messages.value("leadUserId") ?? data.lead?.id ?? ""}
            error={messages.field("leadUserId")}
            options={[{ value: "", label: t("groupPage.leadChoose") }, ...data.staff.map((person) => ({ value: person.id, label: person.name }))]}
          />
          <Button variant="secondary" preventDoubleClick>
            {t("groupPage.saveLead")}
          </Button>
        </Form>
      ) : (
        <p className="govuk-body">{data.lead?.name ?? t("workspace.noLead")}</p>
      )}

      <h2 className="govuk-heading-m">{t("groupPage.membersHeading")}</h2>
      {residents === 0 && <WarningText assistiveText={t("common:ui.warning")}>{t("groupPage.needsResident")}</WarningText>}
      {members.length === 0 ? (
        <p className="govuk-body">{t("groupPage.noMembers")}</p>
      ) : (
        <Table
          caption={t("groupPage.membersCaption", { count: members.length })}
          captionSize="s"
          head={[t("groupPage.col.name"), t("groupPage.col.role"), t("groupPage.col.kind"), ...(canEdit ? [t("groupPage.col.action")] : [])]}
          rows={members.map((member) => [
            <span key="name" dir="auto">
              {member.name}
            </span>,
            <span key="role" dir="auto">
              {member.role}
            </span>,
            t(`memberKind.${member.kind}`),
            ...(canEdit
              ? [
                  <Form key="remove" method="post" className="govuk-!-margin-0">
                    {hidden("remove")}
                    <input type="hidden" name="memberId" value={member.id} />
                    <Button variant="secondary" className="govuk-!-margin-bottom-0">
                      {t("groupPage.remove")}
                      <span className="govuk-visually-hidden"> {member.name}</span>
                    </Button>
                  </Form>,
                ]
              : []),
          ])}
        />
      )}

      {canEdit && (
        <>
          <h2 className="govuk-heading-m">{t("groupPage.addHeading")}</h2>
          <Form method="post" noValidate id={ADD_FORM} tabIndex={-1}>
            {hidden("add")}
            <TextInput id="name" name="name" label={t("groupPage.name")} labelSize="s" autoComplete="off" spellCheck={false} defaultValue={messages.value("name")} error={messages.field("name")} />
            <TextInput id="role" name="role" label={t("groupPage.role")} labelSize="s" hint={t("groupPage.roleHint")} defaultValue={messages.value("role")} error={messages.field("role")} />
            <Radios
              name="kind"
              legend={t("groupPage.kind")}
              legendSize="s"
              defaultValue={messages.value("kind")}
              error={messages.field("kind")}
              items={GROUP_MEMBER_KINDS.map((kind) => ({ value: kind, label: t(`memberKind.${kind}`), hint: t(`groupPage.kindHint.${kind}`) }))}
            />
            <Button preventDoubleClick>{t("groupPage.add")}</Button>
          </Form>
        </>
      )}
    </ReviewPage>
  );
}
