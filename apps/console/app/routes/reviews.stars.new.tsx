import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { STARS_CRITERIA } from "@hearth/domain/reviews";
import { Select, TextInput, Textarea } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ProgrammeForm } from "../components/reviews/programme/programme-form";
import { CriteriaFields, PARTICIPANT_ROWS, ParticipantFields } from "../components/reviews/programme/stars-fields";
import { markFormErrors } from "../lib/form-errors.server";
import { programmeScope } from "../lib/programme.server";
import { problem } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await programmeScope(args, ["staff"]);
  const list = await load(() => scope.caller.stars.list({}));
  return {
    title: scope.pageTitle("stars.form.title"),
    serviceAreas: list.serviceAreas.map((a) => ({ value: a.slug, label: scope.areaName(a) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** The posted form as the API takes it, and every value to echo back if it is refused. */
function readAssessment(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "").slice(0, 6000);
  const participants = Array.from({ length: PARTICIPANT_ROWS }, (_, i) => {
    const flags = form.getAll(`participants.${i}.flags`).map(String);
    return { name: text(`participants.${i}.name`), role: text(`participants.${i}.role`), outsideServiceTeam: flags.includes("outside"), isResident: flags.includes("resident"), flags };
  });
  const input = {
    serviceArea: text("serviceArea"),
    assessedOn: text("assessedOn"),
    summary: text("summary"),
    participants: participants.map(({ flags: _, ...p }) => p),
    ratings: Object.fromEntries(STARS_CRITERIA.map((c) => [c, text(`ratings.${c}`)])),
    notes: Object.fromEntries(STARS_CRITERIA.map((c) => [c, text(`notes.${c}`)])),
  };
  const values: Record<string, string | string[]> = { serviceArea: input.serviceArea, assessedOn: input.assessedOn, summary: input.summary };
  participants.forEach((p, i) => {
    values[`participants.${i}.name`] = p.name;
    values[`participants.${i}.role`] = p.role;
    values[`participants.${i}.flags`] = p.flags;
  });
  for (const c of STARS_CRITERIA) {
    values[`ratings.${c}`] = input.ratings[c]!;
    values[`notes.${c}`] = input.notes[c]!;
  }
  return { input, values };
}

export async function action(args: ActionFunctionArgs) {
  const scope = await programmeScope(args, ["staff"]);
  const { input, values } = readAssessment(await readForm(args.request, scope));
  const outcome = await attempt(() => scope.caller.stars.create(input));
  if (!outcome.ok) {
    markFormErrors(args.context);
    // Ten identical "choose the stars" lines would not say which criterion; name it.
    const errors = outcome.errors.map((error) => {
      const criterion = error.field?.startsWith("ratings.") ? error.field.slice("ratings.".length) : null;
      const own = error.key.replace("errors.reviews.stars.", "");
      if (!criterion || !["ratingRequired", "ratingInvalid"].includes(own)) return error;
      return { ...error, key: `programme:stars.form.errors.${own}`, params: { criterion: scope.tp(`stars.criterion.${criterion}.name`) } };
    });
    return problem(errors, values);
  }
  return redirect(`/reviews/stars/${outcome.value.id}?done=recorded`, { status: 303 });
}

export default function NewStarsAssessment() {
  const { t } = useTranslation("programme");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "serviceArea");
  return (
    <ProgrammeForm back="/reviews/stars" backLabel={t("back.stars")} title={t("stars.form.title")} intro={t("stars.form.intro")} submit={t("stars.form.submit")} errors={messages.summary}>
      <Select
        id="serviceArea"
        name="serviceArea"
        label={t("stars.form.serviceArea")}
        labelSize="s"
        options={[{ value: "", label: t("schedule.choose") }, ...data.serviceAreas]}
        defaultValue={messages.value("serviceArea") ?? ""}
        error={messages.field("serviceArea")}
      />
      <TextInput id="assessedOn" name="assessedOn" type="date" width={10} label={t("stars.form.date")} labelSize="s" hint={t("stars.form.dateHint")} defaultValue={messages.value("assessedOn")} error={messages.field("assessedOn")} />
      <ParticipantFields value={messages.value} values={messages.values} error={messages.field} />
      <CriteriaFields value={messages.value} error={messages.field} />
      <Textarea id="summary" name="summary" rows={4} label={t("stars.form.summary")} labelSize="m" hint={t("stars.form.summaryHint")} defaultValue={messages.value("summary")} error={messages.field("summary")} />
    </ProgrammeForm>
  );
}
