import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { VOTING_SYSTEMS } from "@hearth/domain/elections";
import { Button, Checkboxes, Radios, TextInput, Textarea } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../root";
import { DateTimeField, dateParts } from "./date-time-field";

/**
 * The form's id, where whole-form messages (such as "changed meanwhile")
 * point. Here rather than beside the form reader: the page components need it,
 * and a `.server` module cannot reach the browser bundle.
 */
export const SETTINGS_FORM = "settings-form";

export const MOMENTS = ["nominationsOpenAt", "nominationsCloseAt", "shortlistingBy", "votingOpenAt", "votingCloseAt", "countAt"] as const;
type Moment = (typeof MOMENTS)[number];

/** What the form starts from: an election's settings (as `elections.get` gives them) or a new one's defaults. */
export interface SettingsDefaults {
  title: string;
  body: string;
  seats: string;
  system: string;
  moments: Record<Moment, { date: string; time: string }>;
  electorate: string;
  cutoffOn: string;
  tenure: string[];
  neighbourhoodIds: string[];
  collegeName: string;
}

const NEW_TIMES: Record<Moment, string> = { nominationsOpenAt: "09:00", nominationsCloseAt: "17:00", shortlistingBy: "", votingOpenAt: "09:00", votingCloseAt: "17:00", countAt: "10:00" };

export const NEW_ELECTION: SettingsDefaults = {
  title: "",
  body: "",
  seats: "",
  // Scottish STV is the recommended system for a board with several seats.
  system: "stv-scottish",
  moments: Object.fromEntries(MOMENTS.map((m) => [m, { date: "", time: NEW_TIMES[m] }])) as SettingsDefaults["moments"],
  electorate: "tenancies",
  cutoffOn: "",
  tenure: ["tenants", "leaseholders"],
  neighbourhoodIds: [],
  collegeName: "",
};

export function defaultsFrom(settings: {
  title: string;
  body: string;
  seats: number;
  system: string;
  electorate: string;
  cutoffOn: string;
  tenants: boolean;
  leaseholders: boolean;
  neighbourhoodIds: string[];
  collegeName: string;
} & Record<Moment, { date: string; time: string }>): SettingsDefaults {
  return {
    title: settings.title,
    body: settings.body,
    seats: String(settings.seats),
    system: settings.system,
    moments: Object.fromEntries(MOMENTS.map((m) => [m, settings[m]])) as SettingsDefaults["moments"],
    electorate: settings.electorate,
    cutoffOn: settings.cutoffOn,
    tenure: [...(settings.tenants ? ["tenants"] : []), ...(settings.leaseholders ? ["leaseholders"] : [])],
    neighbourhoodIds: settings.neighbourhoodIds,
    collegeName: settings.collegeName,
  };
}

interface Messages {
  field: (name: string) => string | undefined;
  value: (name: string) => string | undefined;
  values: (name: string) => string[] | undefined;
  hasErrors: boolean;
}

/**
 * Every setting of an election on one page, in the order an officer decides
 * them: what it is for, seats and system, the timetable, and who can vote.
 * Works without JavaScript: nothing is hidden or revealed.
 */
export function SettingsForm({
  id,
  defaults,
  neighbourhoods,
  messages,
  version,
  submitLabel,
}: {
  id: string;
  defaults: SettingsDefaults;
  neighbourhoods: { id: string; name: string }[];
  messages: Messages;
  version?: string;
  submitLabel: string;
}) {
  const { t } = useTranslation("elections");
  const { csrfToken } = useRootData();
  // After a failed post, show what was typed (including blanks), not the saved values.
  const echo = messages.hasErrors;
  const value = (name: string, fallback: string) => (echo ? (messages.value(name) ?? "") : fallback);
  const parts = (name: string, iso: string) => (echo ? { day: value(`${name}-day`, ""), month: value(`${name}-month`, ""), year: value(`${name}-year`, "") } : dateParts(iso));
  return (
    <Form method="post" id={id} noValidate>
      <CsrfField token={csrfToken} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}

      <h2 className="govuk-heading-m">{t("form.about.heading")}</h2>
      <TextInput id="title" name="title" label={t("form.about.title")} labelSize="s" hint={t("form.about.titleHint")} defaultValue={value("title", defaults.title)} error={messages.field("title")} />
      <Textarea id="body" name="body" label={t("form.about.body")} labelSize="s" hint={t("form.about.bodyHint")} rows={5} defaultValue={value("body", defaults.body)} error={messages.field("body")} />

      <h2 className="govuk-heading-m">{t("form.seats.heading")}</h2>
      <TextInput
        id="seats"
        name="seats"
        label={t("form.seats.label")}
        labelSize="s"
        hint={t("form.seats.hint")}
        inputMode="numeric"
        width={2}
        spellCheck={false}
        defaultValue={value("seats", defaults.seats)}
        error={messages.field("seats")}
      />
      <Radios
        name="system"
        legend={t("form.system.legend")}
        legendSize="s"
        hint={t("form.system.hint")}
        defaultValue={value("system", defaults.system)}
        error={messages.field("system")}
        items={VOTING_SYSTEMS.map((system) => ({ value: system, label: t(`system.${system}.name`), hint: t(`system.${system}.explained`) }))}
      />

      <h2 className="govuk-heading-m">{t("form.timetable.heading")}</h2>
      <p className="govuk-body">{t("form.timetable.intro")}</p>
      {MOMENTS.map((moment) => (
        <DateTimeField
          key={moment}
          name={moment}
          legend={t(`form.timetable.${moment}.legend`)}
          hint={t(`form.timetable.${moment}.hint`)}
          date={parts(moment, defaults.moments[moment].date)}
          time={value(`${moment}-time`, defaults.moments[moment].time)}
          dateError={messages.field(`${moment}-day`)}
          timeError={messages.field(`${moment}-time`)}
        />
      ))}

      <h2 className="govuk-heading-m">{t("form.electorate.heading")}</h2>
      <Radios
        name="electorate"
        legend={t("form.electorate.legend")}
        legendSize="s"
        defaultValue={value("electorate", defaults.electorate)}
        error={messages.field("electorate")}
        items={[
          { value: "tenancies", label: t("electorate.tenancies.name"), hint: t("electorate.tenancies.explained") },
          { value: "college", label: t("electorate.college.name"), hint: t("electorate.college.explained") },
        ]}
      />
      <DateTimeField
        name="cutoffOn"
        legend={t("form.electorate.cutoff")}
        hint={t("form.electorate.cutoffHint")}
        date={parts("cutoffOn", defaults.cutoffOn)}
        withTime={false}
        dateError={messages.field("cutoffOn-day")}
      />
      <Checkboxes
        name="tenure"
        legend={t("form.electorate.tenure")}
        legendSize="s"
        hint={t("form.electorate.tenureHint")}
        defaultValues={echo ? (messages.values("tenure") ?? []) : defaults.tenure}
        error={messages.field("tenure")}
        items={[
          { value: "tenants", label: t("form.electorate.tenants") },
          { value: "leaseholders", label: t("form.electorate.leaseholders") },
        ]}
      />
      {neighbourhoods.length > 0 && (
        <Checkboxes
          name="neighbourhoodIds"
          legend={t("form.electorate.neighbourhoods")}
          legendSize="s"
          hint={t("form.electorate.neighbourhoodsHint")}
          small
          defaultValues={echo ? (messages.values("neighbourhoodIds") ?? []) : defaults.neighbourhoodIds}
          error={messages.field("neighbourhoodIds")}
          items={neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
        />
      )}
      <TextInput
        id="collegeName"
        name="collegeName"
        label={t("form.electorate.collegeName")}
        labelSize="s"
        hint={t("form.electorate.collegeNameHint")}
        defaultValue={value("collegeName", defaults.collegeName)}
        error={messages.field("collegeName")}
      />
      <Button type="submit">{submitLabel}</Button>
    </Form>
  );
}
