import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load } from "@hearth/api/server";
import { Button, Panel, Radios, SummaryList, Textarea, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages, type FormProblem } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { CodeLetters } from "../components/elections/code-letters";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { codeLetters, voteAddress, type CodeLetter } from "../lib/code-letters.server";
import { electionFormFailed, electionFormText, electionPost, electionProblem, electionScope } from "../lib/election-page.server";

import lettersHref from "../code-letters.scss?url";

const CODES_FORM = "mode";
const CLOSED = ["closed", "counted", "certified", "published"];

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const reference = args.params.reference ?? "";
  const election = await load(() => scope.caller.elections.get({ reference }));
  const reissueId = new URL(args.request.url).searchParams.get("reissue") ?? "";
  const reissue = /^[0-9a-f-]{36}$/i.test(reissueId) ? ((await load(() => scope.caller.elections.roll({ reference, residentId: reissueId }))).rows[0] ?? null) : null;
  return {
    title: scope.pageTitle("codes.title", { reference: election.header.reference }, electionFormFailed(args)),
    header: election.header,
    codes: election.codes,
    rollSize: election.rollSize,
    closed: CLOSED.includes(election.header.phase),
    reissue: reissue && !reissue.removed && reissue.hasCode ? { residentId: reissue.residentId, name: `${reissue.firstName} ${reissue.lastName}`, tenancy: reissue.tenancyReference } : null,
  };
}

export const links: LinksFunction = () => [{ rel: "stylesheet", href: lettersHref }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

type Issued = { letters: CodeLetter[] };

/**
 * Issues codes and answers with the letters themselves (no redirect): the
 * codes exist only in this response, so they are printed from it.
 */
export async function action(args: ActionFunctionArgs) {
  const { scope, form, header } = await electionPost(args);
  const values = electionFormText(form, ["intent", "version", "mode", "residentId", "reason"]);
  const change = { electionId: header.id, version: Number(values.version) };
  const outcome =
    values.intent === "reissue"
      ? await attempt(() => scope.caller.elections.issueCodes({ ...change, mode: "reissue", residentId: values.residentId ?? "", reason: values.reason ?? "" }))
      : values.mode === "all" || values.mode === "without-account"
        ? await attempt(() => scope.caller.elections.issueCodes({ ...change, mode: values.mode as "all" }))
        : ({ ok: false, errors: [{ field: "mode", key: "errors.elections.codes.modeRequired" }] } as const);
  if (!outcome.ok) {
    return electionProblem(
      args,
      outcome.errors.map((e) => (e.field === "reason" || e.field === "mode" ? e : { ...e, field: values.intent === "reissue" ? "reason" : "mode" })),
      values,
    );
  }
  const landlord = (await load(() => scope.caller.system.landlord())).name;
  const issued = outcome.value;
  const letters = codeLetters(issued.letters, issued, landlord ?? "", voteAddress(args.request, args.context));
  return { letters } satisfies Issued;
}

function isIssued(data: unknown): data is Issued {
  return typeof data === "object" && data !== null && "letters" in data;
}

export default function Codes() {
  const { t } = useTranslation("elections");
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { csrfToken } = useRootData();
  const issued = isIssued(result) ? result : null;
  const messages = useFormMessages(issued ? null : (result as FormProblem | undefined), CODES_FORM);
  const { header } = data;
  const version = messages.value("version") ?? String(header.version);

  if (issued) {
    return (
      <ElectionPage header={header} heading={t("codes.heading")} wide>
        <div className="hearth-no-print">
          <Panel headingLevel={2} title={t("codes.issued.title", { total: issued.letters.length })}>{t("codes.issued.body")}</Panel>
          <WarningText assistiveText={t("common:ui.warning")}>{t("codes.issued.warning")}</WarningText>
          <p className="govuk-body">{t("codes.issued.print")}</p>
        </div>
        <CodeLetters letters={issued.letters} />
      </ElectionPage>
    );
  }

  return (
    <ElectionPage header={header} heading={t("codes.heading")} errors={messages.summary}>
      <p className="govuk-body">{t("codes.intro")}</p>
      <SummaryList
        rows={[
          { key: t("codes.summary.roll"), value: data.rollSize },
          { key: t("codes.summary.issued"), value: data.codes.issued },
          { key: t("codes.summary.used"), value: data.codes.used },
          { key: t("codes.summary.needing"), value: data.codes.needing },
        ]}
      />
      {data.closed ? (
        <p className="govuk-body">{t("codes.closed")}</p>
      ) : data.rollSize === 0 ? (
        <p className="govuk-body">{t("codes.noRoll")}</p>
      ) : (
        <>
          {data.reissue && (
            <Form method="post" className="hearth-filters" noValidate>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="intent" value="reissue" />
              <input type="hidden" name="version" value={version} />
              <input type="hidden" name="residentId" value={data.reissue.residentId} />
              <h2 className="govuk-heading-m">{t("codes.reissue.heading")}</h2>
              <p className="govuk-body">{t("codes.reissue.who", { name: data.reissue.name, tenancy: data.reissue.tenancy })}</p>
              <p className="govuk-body">{t("codes.reissue.intro")}</p>
              <Textarea id="reason" name="reason" label={t("codes.reissue.reason")} labelSize="s" rows={3} defaultValue={messages.value("reason")} error={messages.field("reason")} />
              <Button type="submit" variant="warning">
                {t("codes.reissue.submit")}
              </Button>
            </Form>
          )}
          <h2 className="govuk-heading-m">{t("codes.issue.heading")}</h2>
          <Form method="post" noValidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="intent" value="issue" />
            <input type="hidden" name="version" value={version} />
            <Radios
              name="mode"
              legend={t("codes.issue.legend")}
              legendSize="s"
              defaultValue={messages.value("mode") ?? "without-account"}
              error={messages.field("mode")}
              items={[
                { value: "without-account", label: t("codes.issue.withoutAccount"), hint: t("codes.issue.withoutAccountHint") },
                { value: "all", label: t("codes.issue.all"), hint: t("codes.issue.allHint") },
              ]}
            />
            <p className="govuk-body">{t("codes.issue.once")}</p>
            <Button type="submit">{t("codes.issue.submit")}</Button>
          </Form>
        </>
      )}
    </ElectionPage>
  );
}
