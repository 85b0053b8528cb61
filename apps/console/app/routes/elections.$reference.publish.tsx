import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { Button, InsetText, SummaryList, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { countStepAction } from "../lib/election-count.server";
import { electionFormFailed, electionScope } from "../lib/election-page.server";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

const PUBLISH_FORM = "publish-form";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const status = await load(() => scope.caller.electionCount.status({ reference: args.params.reference ?? "" }));
  return {
    title: scope.pageTitle("counting:publish.title", { reference: status.header.reference }, electionFormFailed(args)),
    header: status.header,
    result: status.result,
    certifiedBy: status.certifications.map((c) => c.name),
    publishedAt: when(scope.locale, status.publishedAt)?.text ?? null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

export const action = (args: ActionFunctionArgs) => countStepAction(args, "publish", PUBLISH_FORM);

export default function PublishResult() {
  const { t } = useTranslation("counting");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), PUBLISH_FORM);
  const { header, result } = data;
  if (data.publishedAt) {
    return (
      <ElectionPage header={header} heading={t("publish.heading")}>
        <p className="govuk-body">{t("publish.publishedAt", { when: data.publishedAt })}</p>
        <p className="govuk-body">{t("publish.whereNow", { path: `/elections/${header.reference}/results` })}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={electionPath(header.reference, "results")}>
            {t("publish.toResults")}
          </a>
        </p>
      </ElectionPage>
    );
  }
  if (header.phase !== "certified" || !result) {
    return (
      <ElectionPage header={header} heading={t("publish.heading")}>
        <InsetText>{t("publish.notCertified")}</InsetText>
        {header.phase === "counted" && (
          <p className="govuk-body">
            <a className="govuk-link" href={electionPath(header.reference, "certify")}>
              {t("publish.toCertify")}
            </a>
          </p>
        )}
      </ElectionPage>
    );
  }
  return (
    <ElectionPage header={header} heading={t("publish.heading")} errors={messages.summary}>
      <p className="govuk-body">{t("publish.intro")}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t("publish.shows.result")}</li>
        <li>{t("publish.shows.receipts")}</li>
        <li>{t("publish.shows.downloads")}</li>
      </ul>
      <SummaryList
        rows={[
          { key: t("count.elected"), value: <ul className="govuk-list govuk-!-margin-bottom-0">{result.elected.map((name) => <li key={name}><bdi>{name}</bdi></li>)}</ul> },
          { key: t("certify.certifications"), value: data.certifiedBy.join(", ") },
        ]}
      />
      <WarningText assistiveText={t("common:ui.warning")}>{t("publish.warning")}</WarningText>
      <Form method="post" id={PUBLISH_FORM} noValidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
        <Button type="submit">{t("publish.submit")}</Button>
      </Form>
    </ElectionPage>
  );
}
