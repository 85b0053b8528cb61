import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { BANK_HOLIDAYS } from "@hearth/domain/calendar";
import { formatDate, type Locale } from "@hearth/i18n";
import { Button, ErrorSummary, NotificationBanner, Table, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { hasFormErrors, markFormErrors } from "../lib/form-errors.server";
import { errorTitle, useErrorTitle } from "../lib/form-errors";
import { formValues, problem, staffScope } from "../lib/request.server";

// The working-day calendar complaint deadlines are counted in: weekends, the
// bank holidays of the landlord's nation (data in @hearth/domain/calendar)
// and the landlord's own one-off closures, which administrators keep here.

const DONE = ["added", "removed"] as const;

function ukToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function day(locale: Locale, iso: string) {
  return { iso, text: formatDate(locale, `${iso}T12:00:00Z`, { weekday: "long", day: "numeric", month: "long", year: "numeric" }) };
}

/** A year on from `iso` (same month and day). */
function yearAfter(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, ["staff", "admin"]);
  const url = new URL(args.request.url);
  const { calendar, days } = await load(() => scope.caller.holidays.list());
  const today = ukToday();
  const until = yearAfter(today);
  const done = DONE.find((d) => d === url.searchParams.get("done")) ?? null;
  const on = url.searchParams.get("on") ?? "";
  return {
    title: errorTitle(scope.title("holidays.title"), scope.t("common")("ui.errorPrefix"), hasFormErrors(args.context)),
    canEdit: scope.user.roles.includes("admin"),
    calendar,
    closures: days.map((d) => ({ ...day(scope.locale, d.on), name: d.name, past: d.on < today })),
    bankHolidays: BANK_HOLIDAYS[calendar].filter((h) => h.date >= today && h.date < until).map((h) => ({ ...day(scope.locale, h.date), name: h.name })),
    done: done && /^\d{4}-\d{2}-\d{2}$/.test(on) ? { kind: done, date: day(scope.locale, on).text } : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await staffScope(args, ["admin"]);
  const form = await readForm(args.request, scope);
  const intent = String(form.get("intent") ?? "");
  if (intent === "remove") {
    const on = String(form.get("on") ?? "");
    const outcome = await attempt(() => scope.caller.holidays.remove({ on }));
    if (!outcome.ok) {
      markFormErrors(args.context);
      return problem(outcome.errors);
    }
    return redirect(`/holidays?done=removed&on=${outcome.value.on}`, { status: 303 });
  }
  const values = formValues(form, ["on", "name"]);
  const outcome = await attempt(() => scope.caller.holidays.add(values));
  if (!outcome.ok) {
    markFormErrors(args.context);
    return problem(outcome.errors, values);
  }
  return redirect(`/holidays?done=added&on=${outcome.value.on}`, { status: 303 });
}

export default function Holidays() {
  const { t } = useTranslation("console");
  const { canEdit, calendar, closures, bankHolidays, done } = useLoaderData<typeof loader>();
  const { csrfToken, locale } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "on");
  useErrorTitle(messages.hasErrors);
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {done && !messages.hasErrors && (
            <NotificationBanner title={t("common:notice")} type="success">
              <p className="govuk-notification-banner__heading">{t(`holidays.done.${done.kind}`, { date: done.date })}</p>
            </NotificationBanner>
          )}
          <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
          <h1 className="govuk-heading-l">{t("holidays.title")}</h1>
          <p className="govuk-body">{t("holidays.intro")}</p>
          <p className="govuk-body">{t("holidays.calendar", { nation: t(`holidays.nations.${calendar}`) })}</p>
        </div>
      </div>

      <section aria-labelledby="closures-heading">
        <h2 className="govuk-heading-m" id="closures-heading">
          {t("holidays.closures.heading")}
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body">{t("holidays.closures.intro")}</p>
            {!canEdit && <p className="govuk-body">{t("holidays.closures.adminOnly")}</p>}
          </div>
        </div>
        {closures.length === 0 ? (
          <p className="govuk-body">{t("holidays.closures.none")}</p>
        ) : (
          <Table
            caption={t("holidays.closures.caption")}
            captionSize="s"
            head={[t("holidays.closures.date"), t("holidays.closures.name"), ...(canEdit ? [<span className="govuk-visually-hidden">{t("holidays.closures.action")}</span>] : [])]}
            rows={closures.map((closure) => [
              <>
                <time dateTime={closure.iso}>{closure.text}</time>
                {closure.past && <span className="govuk-body-s hearth-secondary-text"> {t("holidays.closures.past")}</span>}
              </>,
              <span dir="auto">{closure.name}</span>,
              ...(canEdit
                ? [
                    <Form method="post" className="hearth-inline-form">
                      <CsrfField token={csrfToken} />
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="on" value={closure.iso} />
                      <Button variant="secondary" className="govuk-!-margin-bottom-0">
                        {t("holidays.closures.remove")}
                        <span className="govuk-visually-hidden"> {t("holidays.closures.removeHidden", { date: closure.text })}</span>
                      </Button>
                    </Form>,
                  ]
                : []),
            ])}
          />
        )}
        {canEdit && (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <Form method="post" noValidate className="hearth-filters" aria-labelledby="add-heading">
                <h3 className="govuk-heading-s" id="add-heading">
                  {t("holidays.add.heading")}
                </h3>
                <CsrfField token={csrfToken} />
                <input type="hidden" name="intent" value="add" />
                <TextInput id="on" name="on" type="date" label={t("holidays.add.date")} defaultValue={messages.value("on")} error={messages.field("on")} />
                <TextInput id="name" name="name" label={t("holidays.add.name")} hint={t("holidays.add.nameHint")} defaultValue={messages.value("name")} error={messages.field("name")} />
                <div className="govuk-button-group">
                  <Button>{t("holidays.add.submit")}</Button>
                </div>
              </Form>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="bank-holidays-heading">
        <h2 className="govuk-heading-m" id="bank-holidays-heading">
          {t("holidays.bank.heading")}
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {locale !== "en" && <p className="govuk-body">{t("holidays.bank.names")}</p>}
          </div>
        </div>
        <Table
          caption={t("holidays.bank.caption")}
          captionSize="s"
          head={[t("holidays.bank.date"), t("holidays.bank.name")]}
          rows={bankHolidays.map((holiday) => [<time dateTime={holiday.iso}>{holiday.text}</time>, <span lang="en">{holiday.name}</span>])}
        />
      </section>
    </>
  );
}
