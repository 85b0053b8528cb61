import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { Button, InsetText, SummaryList } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { countStepAction } from "../lib/election-count.server";
import { electionFormFailed, electionScope } from "../lib/election-page.server";
import { isolate } from "../lib/bidi";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

const CERTIFY_FORM = "certify-form";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const status = await load(() => scope.caller.electionCount.status({ reference: args.params.reference ?? "" }));
  return {
    title: scope.pageTitle("counting:certify.title", { reference: status.header.reference }, electionFormFailed(args)),
    header: status.header,
    result: status.result,
    certifications: status.certifications.map((c) => ({ ...c, certifiedAt: when(scope.locale, c.certifiedAt)!.text })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

export const action = (args: ActionFunctionArgs) => countStepAction(args, "certify", CERTIFY_FORM);

export default function CertifyCount() {
  const { t } = useTranslation("counting");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), CERTIFY_FORM);
  const { header, result, certifications } = data;
  const path = (suffix: string) => electionPath(header.reference, suffix);
  if (!result) {
    return (
      <ElectionPage header={header} heading={t("certify.heading")}>
        <InsetText>{t("certify.notCounted")}</InsetText>
      </ElectionPage>
    );
  }
  const mine = certifications.find((c) => c.mine);
  const done = certifications.length >= 2;
  return (
    <ElectionPage header={header} heading={t("certify.heading")} errors={messages.summary}>
      <p className="govuk-body">{t("certify.intro")}</p>
      <SummaryList
        rows={[
          { key: t("count.ballots"), value: result.ballots },
          { key: t("count.validVotes"), value: result.validVotes },
          { key: t("count.elected"), value: <ul className="govuk-list govuk-!-margin-bottom-0">{result.elected.map((name) => <li key={name}><bdi>{name}</bdi></li>)}</ul> },
          {
            key: t("certify.certifications"),
            value:
              certifications.length === 0 ? (
                t("certify.none")
              ) : (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {certifications.map((c) => (
                    <li key={c.name + c.certifiedAt}>{t("paper.byWhen", { name: isolate(c.name), when: c.certifiedAt })}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <p className="govuk-body">
        <a className="govuk-link" href={path("results")}>
          {t("certify.checkResults")}
        </a>
      </p>
      {done ? (
        <>
          <InsetText>{t("certify.done")}</InsetText>
          {header.phase === "certified" && (
            <p className="govuk-body">
              <a className="govuk-link" href={path("publish")}>
                {t("certify.toPublish")}
              </a>
            </p>
          )}
        </>
      ) : mine ? (
        <InsetText>{t("certify.waiting", { when: mine.certifiedAt })}</InsetText>
      ) : (
        <Form method="post" id={CERTIFY_FORM} noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
          <p className="govuk-body govuk-!-font-weight-bold">{t("certify.declaration")}</p>
          <Button type="submit">{t(certifications.length === 0 ? "certify.submitFirst" : "certify.submitSecond")}</Button>
        </Form>
      )}
    </ElectionPage>
  );
}
