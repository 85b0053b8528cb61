import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { Button, InsetText, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { KeyingTable } from "../components/elections/keying-table";
import { electionFormFailed, electionProblem, electionScope } from "../lib/election-page.server";
import { electionPath } from "../lib/election-paths";
import { MAX_ROWS, readKeyingForm, remapKeying, rowsParam } from "../lib/paper-keying.server";
import { withBanner } from "../lib/review-paths";

import countingHref from "../counting.scss?url";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const keying = await load(() => scope.caller.electionCount.keying({ reference: args.params.reference ?? "" }));
  return { title: scope.pageTitle("counting:key.title", { reference: keying.header.reference }, electionFormFailed(args)), ...keying, rows: rowsParam(new URL(args.request.url)), maxRows: MAX_ROWS };
}

export const links: LinksFunction = () => [{ rel: "stylesheet", href: countingHref }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

/** Stores the whole batch or nothing; on success, on to the batch for a second officer to check. */
export async function action(args: ActionFunctionArgs) {
  const scope = await electionScope(args);
  const form = await readForm(args.request, scope);
  const keying = await load(() => scope.caller.electionCount.keying({ reference: args.params.reference ?? "" }));
  const keyed = readKeyingForm(
    form,
    keying.candidates.map((c) => c.id),
    keying.kind,
  );
  const outcome = await attempt(() => scope.caller.electionCount.keyBatch({ electionId: keying.header.id, label: keyed.label, papers: keyed.papers }));
  if (outcome.ok) return redirect(withBanner(electionPath(keying.header.reference, `paper/${outcome.value.batchId}`), "counting:done.keyed"), { status: 303 });
  return electionProblem(args, remapKeying(outcome.errors), keyed.values);
}

export default function KeyBatch() {
  const { t } = useTranslation("counting");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "papers-table");
  const { header } = data;
  const rows = Number(messages.value("papers") ?? data.rows);
  const back = { backTo: electionPath(header.reference, "paper"), backLabel: t("paper.back") };
  if (!data.takesPaper) {
    return (
      <ElectionPage header={header} heading={t("key.heading")} {...back}>
        <InsetText>{t(header.locked ? "paper.finished" : "paper.notYet")}</InsetText>
      </ElectionPage>
    );
  }
  return (
    <ElectionPage header={header} heading={t("key.heading")} errors={messages.summary} {...back} wide>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t(data.kind === "preferences" ? "key.introPreferences" : "key.introCrosses", { max: data.maxCrosses })}</p>
          <InsetText>{t("key.shuffle")}</InsetText>
          <Form method="get" className="hearth-filters" noValidate>
            <TextInput id="rows" name="papers" type="text" inputMode="numeric" label={t("key.rows")} labelSize="s" hint={t("key.rowsHint", { max: data.maxRows })} defaultValue={String(rows)} width={3} />
            <Button type="submit" variant="secondary">
              {t("key.setRows")}
            </Button>
          </Form>
        </div>
      </div>
      <Form method="post" noValidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="papers" value={rows} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <TextInput id="label" name="label" label={t("key.label")} labelSize="s" hint={t("key.labelHint")} defaultValue={messages.value("label")} error={messages.field("label")} width={20} />
          </div>
        </div>
        <KeyingTable kind={data.kind} candidates={data.candidates} rows={rows} messages={messages} />
        <Button type="submit">{t("key.submit")}</Button>
      </Form>
    </ElectionPage>
  );
}
