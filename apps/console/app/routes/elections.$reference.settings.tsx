import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load } from "@hearth/api/server";
import { ukInstant } from "@hearth/domain/elections";
import { formatDate } from "@hearth/i18n";
import { SummaryList, WarningText } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { MOMENTS, SETTINGS_FORM, SettingsForm, defaultsFrom } from "../components/elections/settings-form";
import { electionFormFailed, electionPost, electionScope, finishElectionForm } from "../lib/election-page.server";
import { readSettingsForm, settingsFieldIds } from "../lib/election-forms.server";
import { when } from "../lib/format.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const election = await load(() => scope.caller.elections.get({ reference: args.params.reference ?? "" }));
  const s = election.settings;
  const neighbourhoods = await load(() => scope.caller.elections.neighbourhoods());
  return {
    title: scope.pageTitle("settings.title", { reference: election.header.reference }, electionFormFailed(args)),
    header: election.header,
    settings: s,
    neighbourhoods,
    // For the read-only view once voting has opened.
    shown: {
      moments: MOMENTS.map((moment) => ({ moment, at: s[moment].date ? when(scope.locale, ukInstant(s[moment].date, s[moment].time))!.text : null })),
      cutoffOn: formatDate(scope.locale, `${s.cutoffOn}T12:00:00Z`),
      neighbourhoods: neighbourhoods.filter((n) => s.neighbourhoodIds.includes(n.id)).map((n) => n.name),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, form, header } = await electionPost(args);
  const { input, values } = readSettingsForm(form);
  const outcome = await attempt(() => scope.caller.elections.update({ ...input, electionId: header.id, version: Number(values.version) }));
  return finishElectionForm(args, outcome, { reference: header.reference, banner: "elections:done.settingsSaved", values, remap: settingsFieldIds });
}

function ReadOnlySettings() {
  const { t } = useTranslation("elections");
  const { settings: s, shown } = useLoaderData<typeof loader>();
  const rows = [
    { key: t("form.about.title"), value: s.title },
    { key: t("form.about.body"), value: <span className="hearth-wrap-long">{s.body}</span> },
    { key: t("form.seats.label"), value: s.seats },
    { key: t("form.system.legend"), value: t(`system.${s.system}.name`) },
    ...shown.moments.map(({ moment, at }) => ({ key: t(`form.timetable.${moment}.short`), value: at ?? t("overview.notSet") })),
    { key: t("form.electorate.legend"), value: s.electorate === "college" ? t("settings.college", { name: s.collegeName }) : t("electorate.tenancies.name") },
    { key: t("form.electorate.cutoff"), value: shown.cutoffOn },
    ...(s.electorate === "tenancies"
      ? [
          { key: t("form.electorate.tenure"), value: [s.tenants && t("form.electorate.tenants"), s.leaseholders && t("form.electorate.leaseholders")].filter(Boolean).join(", ") },
          { key: t("form.electorate.neighbourhoods"), value: shown.neighbourhoods.length ? shown.neighbourhoods.join(", ") : t("settings.everyNeighbourhood") },
        ]
      : []),
  ];
  return <SummaryList rows={rows} />;
}

export default function ElectionSettings() {
  const { t } = useTranslation("elections");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), SETTINGS_FORM);
  return (
    <ElectionPage header={data.header} heading={t("settings.heading")} errors={messages.summary}>
      {data.header.locked ? (
        <>
          <WarningText assistiveText={t("common:ui.warning")}>{t("settings.locked")}</WarningText>
          <ReadOnlySettings />
        </>
      ) : (
        <>
          <p className="govuk-body">{t("settings.intro")}</p>
          <SettingsForm
            id={SETTINGS_FORM}
            defaults={defaultsFrom(data.settings)}
            neighbourhoods={data.neighbourhoods}
            messages={messages}
            version={messages.value("version") ?? String(data.header.version)}
            submitLabel={t("settings.submit")}
          />
        </>
      )}
    </ElectionPage>
  );
}
