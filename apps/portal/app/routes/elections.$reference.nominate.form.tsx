import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { SKILLS_ANSWER_MAX_CHARACTERS, SKILLS_QUESTIONS, STATEMENT_MAX_CHARACTERS } from "@hearth/domain/elections";
import { LANGUAGE_NAMES, LOCALES, isLocale } from "@hearth/i18n";
import { BackLink, Button, CharacterCount, Checkboxes, Details, ErrorSummary, Select } from "@hearth/ui";
import { CsrfField, useFormMessages, type FormProblem } from "@hearth/ui/remix";
import { useErrorTitle } from "../lib/error-title";
import { CheckNomination } from "../components/voting/check-nomination";
import { useRootData } from "../root";
import { electionPaths } from "../lib/election-paths";
import { nominationFromForm, nominationPage, nominationValues, statementField, unlessStanding } from "../lib/nomination.server";
import { votingProblem, votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, election } = await nominationPage(args);
  unlessStanding(election);
  return { title: votingTitle(args, scope, "nominate.form.title"), election };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

type ActionData = (FormProblem & { stage?: "form" }) | { stage: "check"; values: Record<string, string>; statements: { language: string; statement: string }[]; answers: Record<string, string> };

/** "Continue" checks and shows the answers back; "Change" fills the form in again; "Send" nominates. Nothing is stored before "Send". */
export async function action(args: ActionFunctionArgs) {
  const { scope, election } = await nominationPage(args);
  const form = await readForm(args.request, scope);
  const values = nominationValues(form);
  const intent = form.get("intent");
  if (intent === "change") return { stage: "form" as const, errors: [], values };
  const nomination = { reference: election.reference, ...nominationFromForm(form) };
  const fix = (errors: { field?: string; key: string; params?: Record<string, string | number> }[]) =>
    votingProblem(args, errors.map((e) => ({ ...e, field: statementField(e.field, values.mainLanguage ?? "") })), values);
  if (intent === "send") {
    const sent = await attempt(() => scope.caller.nominations.submit(nomination));
    if (!sent.ok) return fix(sent.errors);
    return redirect(electionPaths.nominated(election.reference), 303);
  }
  const checked = await attempt(() => scope.caller.nominations.check(nomination));
  if (!checked.ok) return fix(checked.errors);
  return { stage: "check" as const, values, ...checked.value };
}

export default function NominationForm() {
  const { t } = useTranslation("voting");
  const { csrfToken, locale } = useRootData();
  const { election } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const checking = data?.stage === "check" ? data : null;
  const messages = useFormMessages(data && data.stage !== "check" ? data : undefined, "statement");
  useErrorTitle(messages.hasErrors);
  if (checking) return <CheckNomination title={election.title} values={checking.values} statements={checking.statements} answers={checking.answers} />;
  const mainLanguage = messages.value("mainLanguage") || locale;
  const count = (max: number) => ({
    maxLength: max,
    limitText: t("portal:complaints.characters.limit", { count: max }),
    remainingText: (n: number) => t("portal:complaints.characters.remaining", { count: n }),
    overText: (n: number) => t("portal:complaints.characters.over", { count: n }),
  });
  const otherErrors = LOCALES.some((l) => l !== mainLanguage && messages.field(`statement.${l}`));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={electionPaths.nominate(election.reference)}>{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">{election.title}</span>
        <h1 className="govuk-heading-l">{t("nominate.form.title")}</h1>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <h2 className="govuk-heading-m">{t("nominate.form.statementHeading")}</h2>
          <p className="govuk-body">{t("nominate.form.statementIntro")}</p>
          <Select
            id="mainLanguage"
            name="mainLanguage"
            label={t("nominate.form.mainLanguage")}
            labelSize="s"
            options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            defaultValue={isLocale(mainLanguage) ? mainLanguage : "en"}
          />
          <CharacterCount
            id="statement"
            name="statement"
            label={t("nominate.form.statement")}
            labelSize="s"
            hint={t("nominate.form.statementHint")}
            error={messages.field("statement")}
            rows={10}
            defaultValue={messages.value("statement") ?? ""}
            spellCheck
            {...count(STATEMENT_MAX_CHARACTERS)}
          />
          <Details summary={t("nominate.form.otherLanguages")} open={otherErrors}>
            <p className="govuk-body">{t("nominate.form.otherLanguagesHint")}</p>
            {LOCALES.map((language) => (
              <CharacterCount
                key={language}
                id={`statement.${language}`}
                name={`statement.${language}`}
                label={t("nominate.form.statementIn", { language: LANGUAGE_NAMES[language] })}
                labelSize="s"
                error={messages.field(`statement.${language}`)}
                rows={6}
                lang={language}
                dir="auto"
                defaultValue={messages.value(`statement.${language}`) ?? ""}
                {...count(STATEMENT_MAX_CHARACTERS)}
              />
            ))}
          </Details>

          <h2 className="govuk-heading-m">{t("nominate.form.skillsHeading")}</h2>
          <p className="govuk-body">{t("nominate.form.skillsIntro")}</p>
          {SKILLS_QUESTIONS.map((q) => (
            <CharacterCount
              key={q}
              id={`skills.${q}`}
              name={`skills.${q}`}
              label={t(`skills.${q}.question`)}
              labelSize="s"
              hint={t(`skills.${q}.hint`)}
              error={messages.field(`skills.${q}`)}
              rows={5}
              defaultValue={messages.value(`skills.${q}`) ?? ""}
              spellCheck
              {...count(SKILLS_ANSWER_MAX_CHARACTERS)}
            />
          ))}

          <Checkboxes
            name="acknowledged"
            legend={t("nominate.form.acknowledgeLegend")}
            legendSize="m"
            error={messages.field("acknowledged")}
            items={[{ value: "yes", label: t("nominate.form.acknowledge") }]}
            defaultValues={messages.value("acknowledged") === "yes" ? ["yes"] : []}
          />
          <Button name="intent" value="check">
            {t("common:form.continue")}
          </Button>
        </Form>
      </div>
    </div>
  );
}
