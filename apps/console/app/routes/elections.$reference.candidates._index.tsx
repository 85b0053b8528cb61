import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load } from "@hearth/api/server";
import { formatNumber } from "@hearth/i18n";
import { Button, Checkboxes, InsetText, Table, TextInput, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { CandidateStatusTag } from "../components/elections/candidate-status";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { electionFormFailed, electionPost, electionProblem, electionScope, finishElectionForm } from "../lib/election-page.server";
import { electionPath } from "../lib/election-paths";

const SHORTLIST_FORM = "candidateIds";
const SHORTLISTABLE = ["eligible", "shortlisted", "not_shortlisted"];

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const url = new URL(args.request.url);
  const size = Number.parseInt(url.searchParams.get("size") ?? "", 10);
  const data = await load(() => scope.caller.elections.candidates({ reference: args.params.reference ?? "", ...(size >= 1 && size <= 100 ? { size } : {}) }));
  const average = (value: number | null) => (value === null ? null : formatNumber(scope.locale, value, { maximumFractionDigits: 1 }));
  const places = new Map(data.suggestion.ranked.map((r) => [r.id, r.place]));
  return {
    title: scope.pageTitle("candidates.title", { reference: data.header.reference }, electionFormFailed(args)),
    ...data,
    candidates: data.candidates.map((c) => ({
      id: c.id,
      name: c.ballotName,
      neighbourhood: c.neighbourhood,
      status: c.status,
      languages: c.statements.map((s) => s.language),
      scorers: c.total.scorers,
      average: average(c.total.average),
      place: places.get(c.id) ?? null,
      notified: c.outcomeNotifiedAt !== null,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

/** Two forms post here: the shortlist decision and telling candidates their outcome. */
export async function action(args: ActionFunctionArgs) {
  const { scope, form, header } = await electionPost(args);
  const intent = String(form.get("intent") ?? "");
  const version = Number(form.get("version"));
  const to = electionPath(header.reference, "candidates");
  if (intent === "shortlist") {
    const candidateIds = form.getAll("candidateIds").map(String).slice(0, 500);
    const outcome = await attempt(() => scope.caller.elections.shortlist({ electionId: header.id, version, candidateIds }));
    return finishElectionForm(args, outcome, {
      reference: header.reference,
      to: `${to}#notify`,
      banner: "elections:done.shortlisted",
      values: { candidateIds, version: String(version) },
      remap: (errors) => errors.map((e) => ({ ...e, field: SHORTLIST_FORM })),
    });
  }
  if (intent === "notify") {
    const outcome = await attempt(() => scope.caller.elections.notifyCandidates({ electionId: header.id, version }));
    return finishElectionForm(args, outcome, { reference: header.reference, to, banner: "elections:done.notified", values: {}, remap: (errors) => errors.map((e) => ({ ...e, field: "notify" })) });
  }
  return electionProblem(args, [{ key: "errors.invalid" }], {});
}

export default function Candidates() {
  const { t } = useTranslation("elections");
  const data = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), SHORTLIST_FORM);
  const { header, candidates, suggestion } = data;
  const version = messages.value("version") ?? String(header.version);
  const open = candidates.filter((c) => SHORTLISTABLE.includes(c.status));
  const decided = candidates.some((c) => c.status === "shortlisted" || c.status === "not_shortlisted");
  const ticked = messages.hasErrors ? (messages.values("candidateIds") ?? []) : decided ? open.filter((c) => c.status === "shortlisted").map((c) => c.id) : suggestion.suggested;
  const nameOf = (id: string) => candidates.find((c) => c.id === id)?.name ?? "";
  return (
    <ElectionPage header={header} heading={t("candidates.heading")} errors={messages.summary} wide>
      <p className="govuk-body">{t("candidates.intro")}</p>
      {candidates.length === 0 ? (
        <p className="govuk-body">{t("candidates.none")}</p>
      ) : (
        <div className="hearth-table-scroll" tabIndex={0} role="region" aria-label={t("candidates.tableLabel")}>
          <Table
            caption={t("candidates.caption", { total: candidates.length })}
            captionSize="m"
            stackUntilTablet
            head={[t("candidates.columns.name"), t("candidates.columns.neighbourhood"), t("candidates.columns.statements"), t("candidates.columns.status"), t("candidates.columns.score"), t("candidates.columns.told")]}
            rows={candidates.map((c) => [
              <a key="name" className="govuk-link" href={electionPath(header.reference, `candidates/${c.id}`)}>
                {c.name}
              </a>,
              c.neighbourhood,
              c.languages.length ? c.languages.map((l) => t(`language.${l}`, { defaultValue: l })).join(", ") : t("candidates.noStatement"),
              <CandidateStatusTag key="status" status={c.status} />,
              c.average === null ? t("candidates.notScored") : t("candidates.score", { average: c.average, scorers: c.scorers, place: c.place ?? "" }),
              c.notified ? t("candidates.told.yes") : ["ineligible", "shortlisted", "not_shortlisted"].includes(c.status) ? t("candidates.told.no") : t("candidates.told.notYet"),
            ])}
          />
        </div>
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m" id="shortlist">
            {t("candidates.shortlist.heading")}
          </h2>
          {header.locked ? (
            <p className="govuk-body">{t("candidates.shortlist.locked")}</p>
          ) : open.length === 0 ? (
            <p className="govuk-body">{t("candidates.shortlist.nobodyEligible")}</p>
          ) : (
            <>
              <p className="govuk-body">{t("candidates.shortlist.intro", { seats: header.seats, needed: header.seats + 1 })}</p>
              <InsetText>{t("candidates.shortlist.tieRule")}</InsetText>
              <Form method="get" className="govuk-!-margin-bottom-6" noValidate>
                <TextInput id="size" name="size" label={t("candidates.shortlist.size")} labelSize="s" inputMode="numeric" width={2} defaultValue={String(suggestion.size)} />
                <Button type="submit" variant="secondary">
                  {t("candidates.shortlist.suggest")}
                </Button>
              </Form>
              {suggestion.tiedAtBoundary.length > 0 && (
                <WarningText assistiveText={t("common:ui.warning")}>{t("candidates.shortlist.tie", { names: suggestion.tiedAtBoundary.map(nameOf).join(", ") })}</WarningText>
              )}
              <Form method="post" noValidate>
                <CsrfField token={csrfToken} />
                <input type="hidden" name="intent" value="shortlist" />
                <input type="hidden" name="version" value={version} />
                <Checkboxes
                  name="candidateIds"
                  legend={t("candidates.shortlist.legend")}
                  legendSize="s"
                  hint={decided ? t("candidates.shortlist.hintDecided") : t("candidates.shortlist.hintSuggested", { size: suggestion.size })}
                  error={messages.field(SHORTLIST_FORM)}
                  defaultValues={ticked}
                  items={open.map((c) => ({
                    value: c.id,
                    label: c.name,
                    hint: c.average === null ? t("candidates.notScored") : t("candidates.score", { average: c.average, scorers: c.scorers, place: c.place ?? "" }),
                  }))}
                />
                <Button type="submit">{t("candidates.shortlist.submit")}</Button>
              </Form>
            </>
          )}

          <h2 className="govuk-heading-m" id="notify">
            {t("candidates.notify.heading")}
          </h2>
          {header.locked ? (
            <p className="govuk-body">{t("candidates.notify.locked")}</p>
          ) : data.awaitingNotice === 0 ? (
            <p className="govuk-body">{t(candidates.some((c) => ["ineligible", "shortlisted", "not_shortlisted"].includes(c.status)) ? "candidates.notify.nobody" : "candidates.notify.noDecisions")}</p>
          ) : (
            <Form method="post" noValidate>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="intent" value="notify" />
              <input type="hidden" name="version" value={version} />
              <p className="govuk-body">{t("candidates.notify.intro", { total: data.awaitingNotice })}</p>
              <Button type="submit" id="notify-submit">
                {t("candidates.notify.submit", { total: data.awaitingNotice })}
              </Button>
            </Form>
          )}
        </div>
      </div>
    </ElectionPage>
  );
}
