import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { Radios, Select, TextInput, Textarea } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ProgrammeForm } from "../components/reviews/programme/programme-form";
import { markFormErrors } from "../lib/form-errors.server";
import { programmeScope, year } from "../lib/programme.server";
import { problem, formValues } from "../lib/request.server";
import { reviewPath, withBanner } from "../lib/review-paths";

const FIELDS = ["serviceArea", "year", "title", "leadUserId", "reason"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const scope = await programmeScope(args, ["staff"]);
  const options = await load(() => scope.caller.reviewProgramme.scheduleOptions());
  const url = new URL(args.request.url);
  const asked = url.searchParams.get("serviceArea") ?? "";
  return {
    title: scope.pageTitle("schedule.title"),
    serviceAreas: options.serviceAreas.map((a) => ({ value: a.slug, label: scope.areaName(a) })),
    years: options.years.map(year),
    staff: options.staff.map((s) => ({ value: s.id, label: s.name })),
    // Priorities link here with the service area chosen.
    serviceArea: options.serviceAreas.some((a) => a.slug === asked) ? asked : "",
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await programmeScope(args, ["staff"]);
  const form = await readForm(args.request, scope);
  const values = formValues(form, FIELDS);
  const outcome = await attempt(() => scope.caller.reviewProgramme.schedule({ ...values, year: values.year === "" ? undefined : values.year }));
  if (!outcome.ok) {
    markFormErrors(args.context);
    return problem(outcome.errors, values);
  }
  return redirect(withBanner(reviewPath(outcome.value.reference), "programme:done.scheduled"), { status: 303 });
}

export default function Schedule() {
  const { t } = useTranslation("programme");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "serviceArea");
  return (
    <ProgrammeForm back="/reviews" backLabel={t("back.programme")} title={t("schedule.title")} intro={t("schedule.intro")} submit={t("schedule.submit")} errors={messages.summary}>
      <Select
        id="serviceArea"
        name="serviceArea"
        label={t("schedule.serviceArea")}
        labelSize="s"
        options={[{ value: "", label: t("schedule.choose") }, ...data.serviceAreas]}
        defaultValue={messages.value("serviceArea") ?? data.serviceArea}
        error={messages.field("serviceArea")}
      />
      <Radios
        name="year"
        legend={t("schedule.year")}
        legendSize="s"
        hint={t("schedule.yearHint")}
        items={data.years.map((y) => ({ value: String(y.value), label: y.label }))}
        defaultValue={messages.value("year")}
        error={messages.field("year")}
        inline
      />
      <TextInput id="title" name="title" label={t("schedule.reviewTitle")} labelSize="s" hint={t("schedule.reviewTitleHint")} defaultValue={messages.value("title")} error={messages.field("title")} />
      <Select
        id="leadUserId"
        name="leadUserId"
        label={t("schedule.lead")}
        labelSize="s"
        hint={t("schedule.leadHint")}
        options={[{ value: "", label: t("schedule.noLead") }, ...data.staff]}
        defaultValue={messages.value("leadUserId") ?? ""}
        error={messages.field("leadUserId")}
      />
      <Textarea id="reason" name="reason" rows={4} label={t("schedule.reason")} labelSize="s" hint={t("schedule.reasonHint")} defaultValue={messages.value("reason")} error={messages.field("reason")} />
    </ProgrammeForm>
  );
}
