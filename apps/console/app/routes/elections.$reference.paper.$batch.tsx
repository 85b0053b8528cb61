import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { Button, InsetText, SummaryList, Table, Tag, Textarea } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { electionFormFailed, electionFormText, electionProblem, electionScope, finishElectionForm } from "../lib/election-page.server";
import { isolate } from "../lib/bidi";
import { electionPath } from "../lib/election-paths";
import { when } from "../lib/format.server";

const CHECK_FORM = "check";

/** Papers per first choice (or crosses per candidate), and void papers: the piles a checker sorts the batch into. */
function piles(kind: "preferences" | "crosses", papers: string[][]) {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const name of kind === "preferences" ? paper.slice(0, 1) : paper) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return { counts: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])), void: papers.filter((p) => p.length === 0).length };
}

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const batch = await load(() => scope.caller.electionCount.batch({ reference: args.params.reference ?? "", batchId: args.params.batch ?? "" }));
  return {
    title: scope.pageTitle("counting:batch.title", { label: batch.batch.label, reference: batch.header.reference }, electionFormFailed(args)),
    ...batch,
    keyedAt: when(scope.locale, batch.batch.keyedAt)!.text,
    checkedAt: when(scope.locale, batch.batch.checkedAt)?.text ?? null,
    piles: piles(batch.kind, batch.papers),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

/** Confirm or reject, as a second officer; back to the paper page with a banner. */
export async function action(args: ActionFunctionArgs) {
  const scope = await electionScope(args);
  const form = await readForm(args.request, scope);
  const values = electionFormText(form, ["intent", "reason"]);
  const { header, batch } = await load(() => scope.caller.electionCount.batch({ reference: args.params.reference ?? "", batchId: args.params.batch ?? "" }));
  const api = scope.caller.electionCount;
  const to = electionPath(header.reference, "paper");
  const remap = (errors: { field?: string; key: string }[]) => errors.map((e) => (e.field === "reason" ? e : { ...e, field: CHECK_FORM }));
  if (values.intent === "confirm") {
    return finishElectionForm(args, await attempt(() => api.confirmBatch({ electionId: header.id, batchId: batch.id })), { reference: header.reference, to, banner: "counting:done.confirmed", values: {}, remap });
  }
  if (values.intent === "reject") {
    return finishElectionForm(args, await attempt(() => api.rejectBatch({ electionId: header.id, batchId: batch.id, reason: values.reason ?? "" })), { reference: header.reference, to, banner: "counting:done.rejected", values, remap });
  }
  return electionProblem(args, [{ key: "errors.invalid", field: CHECK_FORM }], {});
}

export default function PaperBatch() {
  const { t } = useTranslation("counting");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), CHECK_FORM);
  const { header, batch } = data;
  return (
    <ElectionPage header={header} heading={t("batch.heading", { label: batch.label })} errors={messages.summary} backTo={electionPath(header.reference, "paper")} backLabel={t("paper.back")}>
      <SummaryList
        rows={[
          { key: t("batch.papers"), value: batch.papers },
          { key: t("batch.status"), value: <Tag colour={batch.status === "confirmed" ? "green" : batch.status === "rejected" ? "red" : "yellow"}>{t(`paper.status.${batch.status}`)}</Tag> },
          { key: t("batch.keyedBy"), value: t("paper.byWhen", { name: isolate(batch.keyedBy), when: data.keyedAt }) },
          { key: t("batch.checkedBy"), value: batch.checkedBy ? t("paper.byWhen", { name: isolate(batch.checkedBy), when: data.checkedAt ?? "" }) : t("paper.needsCheck") },
        ]}
      />
      {batch.status === "keyed" && data.mine && <InsetText>{t("batch.yours")}</InsetText>}
      {batch.status === "rejected" && <InsetText>{t("batch.rejected")}</InsetText>}

      {data.papers.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{t("batch.pilesHeading")}</h2>
          <p className="govuk-body">{t(data.kind === "preferences" ? "batch.pilesIntro" : "batch.pilesIntroCrosses")}</p>
          <Table
            caption={t("batch.pilesCaption")}
            captionSize="s"
            firstCellIsHeader
            numericColumns={[1]}
            head={[t("batch.candidate"), t(data.kind === "preferences" ? "batch.firstPreferences" : "batch.crosses")]}
            rows={[...data.piles.counts.map(([name, n]) => [<bdi key="name">{name}</bdi>, n]), ...(data.piles.void ? [[t("batch.void"), data.piles.void]] : [])]}
          />
          <Table
            caption={t("batch.papersCaption")}
            captionSize="s"
            firstCellIsHeader
            head={[t("batch.paper"), t(data.kind === "preferences" ? "batch.inOrder" : "batch.crossedFor")]}
            rows={data.papers.map((paper, i) => [
              t("key.paperNumber", { number: i + 1 }),
              paper.length === 0 ? (
                t("batch.void")
              ) : data.kind === "preferences" ? (
                <ol key="order" className="govuk-list govuk-list--number govuk-!-margin-bottom-0">
                  {paper.map((name) => (
                    <li key={name}>
                      <bdi>{name}</bdi>
                    </li>
                  ))}
                </ol>
              ) : (
                <ul key="crosses" className="govuk-list govuk-!-margin-bottom-0">
                  {paper.map((name) => (
                    <li key={name}>
                      <bdi>{name}</bdi>
                    </li>
                  ))}
                </ul>
              ),
            ])}
          />
        </>
      )}

      {data.mayCheck && (
        <div id={CHECK_FORM} tabIndex={-1}>
          <h2 className="govuk-heading-m">{t("batch.checkHeading")}</h2>
          <p className="govuk-body">{t("batch.checkIntro")}</p>
          <Form method="post" noValidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="intent" value="confirm" />
            <Button type="submit">{t("batch.confirm")}</Button>
          </Form>
          <Form method="post" noValidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="intent" value="reject" />
            <Textarea id="reason" name="reason" label={t("batch.reason")} labelSize="s" hint={t("batch.reasonHint")} rows={3} defaultValue={messages.value("reason")} error={messages.field("reason")} />
            <Button type="submit" variant="warning">
              {t("batch.reject")}
            </Button>
          </Form>
        </div>
      )}
    </ElectionPage>
  );
}
