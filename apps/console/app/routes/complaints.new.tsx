import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { CONTACT_METHODS } from "@hearth/domain/identity";
import { BackLink, Button, ErrorSummary, Radios, Select, SummaryList, Table, TextInput, Textarea } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { ReceivedFields } from "../components/casework/received-fields";
import { useRootData } from "../root";
import { hasFormErrors, markFormErrors } from "../lib/form-errors.server";
import { errorTitle, useErrorTitle } from "../lib/form-errors";
import { formValues, problem, staffScope } from "../lib/request.server";

// Recording a complaint someone made by phone, letter, email or in person:
// step 1 finds the resident (a GET search, so it works without JavaScript and
// can be bookmarked), step 2 (`?resident=<id>`) is the complaint itself.

/** The most residents the API returns for one search. */
const SEARCH_LIMIT = 20;

const FIELDS = ["residentId", "channel", "receivedOn", "serviceArea", "whatHappened", "putRight", "contactMethod", "phone"] as const;

/** The API words these for a resident filling in their own complaint; staff record someone else's. */
const STAFF_WORDING: Record<string, string> = {
  "errors.complaints.serviceAreaRequired": "console:record.errors.serviceArea",
  "errors.complaints.whatHappenedRequired": "console:record.errors.whatHappened",
  "errors.complaints.putRightRequired": "console:record.errors.putRight",
  "errors.complaints.contactMethodRequired": "console:record.errors.contactMethod",
};

/** Today in the UK, where the date received is counted. */
function ukToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, ["staff"]);
  const url = new URL(args.request.url);
  const prefix = scope.t("common")("ui.errorPrefix");
  const residentId = url.searchParams.get("resident");
  const query = url.searchParams.get("query");

  if (residentId) {
    const resident = await load(() => scope.caller.complaintCases.resident({ id: residentId }));
    return {
      step: "details" as const,
      title: errorTitle(scope.title("record.details.title"), prefix, hasFormErrors(args.context)),
      query: query ?? "",
      today: ukToday(),
      resident: {
        id: resident.id,
        name: `${resident.firstName} ${resident.lastName}`,
        tenancyReference: resident.tenancyReference,
        address: `${resident.addressLine1}, ${resident.postcode}`,
        serviceAreas: resident.serviceAreas.map((area) => ({ slug: area.slug, name: area.name })),
      },
      search: null,
    };
  }

  // No query yet: just the search box. An empty search is a mistake to point out.
  const outcome = query === null ? null : await attempt(() => scope.caller.complaintCases.findResidents({ query }));
  const failed = outcome !== null && !outcome.ok;
  return {
    step: "find" as const,
    title: errorTitle(scope.title("record.find.title"), prefix, failed),
    query: query ?? "",
    today: null,
    resident: null,
    search: outcome === null ? null : outcome.ok ? { errors: [], results: outcome.value.map((r) => ({ id: r.id, name: `${r.firstName} ${r.lastName}`, tenancyReference: r.tenancyReference, address: `${r.addressLine1}, ${r.postcode}` })) } : { errors: outcome.errors, results: [] },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await staffScope(args, ["staff"]);
  const form = await readForm(args.request, scope);
  const values = formValues(form, FIELDS);
  const outcome = await attempt(() =>
    scope.caller.complaintCases.record({
      residentId: values.residentId,
      channel: values.channel as never,
      receivedOn: values.receivedOn,
      serviceArea: values.serviceArea,
      whatHappened: values.whatHappened,
      putRight: values.putRight,
      contactMethod: values.contactMethod as never,
      phone: values.phone,
    }),
  );
  if (!outcome.ok) {
    markFormErrors(args.context);
    return problem(outcome.errors.map((error) => ({ ...error, key: STAFF_WORDING[error.key] ?? error.key })), values);
  }
  return redirect(`/complaints/${encodeURIComponent(outcome.value.reference)}?done=recorded`, { status: 303 });
}

export default function RecordComplaint() {
  const data = useLoaderData<typeof loader>();
  return data.resident ? <Details /> : <FindResident />;
}

function FindResident() {
  const { t } = useTranslation("console");
  const { query, search } = useLoaderData<typeof loader>();
  const messages = useFormMessages(search, "query");
  useErrorTitle(messages.hasErrors);
  const results = search?.results ?? [];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/complaints">{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">{t("record.caption")}</span>
        <h1 className="govuk-heading-l">{t("record.find.heading")}</h1>
        <p className="govuk-body">{t("record.find.intro")}</p>
        <Form method="get" role="search" aria-label={t("record.find.heading")} noValidate>
          <TextInput id="query" name="query" type="search" label={t("record.find.label")} hint={t("record.find.hint")} autoComplete="off" spellCheck={false} defaultValue={query} error={messages.field("query")} />
          <Button variant="secondary">{t("record.find.submit")}</Button>
        </Form>
        {search && !messages.hasErrors && (
          <>
            {results.length >= SEARCH_LIMIT && <p className="govuk-body">{t("record.find.more", { limit: SEARCH_LIMIT })}</p>}
            {results.length === 0 ? (
              <p className="govuk-body" role="status">
                {t("record.find.none", { query })}
              </p>
            ) : (
              <Table
                caption={<span role="status">{t("record.find.caption", { query })}</span>}
                captionSize="m"
                head={[t("record.find.name"), t("record.find.tenancy"), t("record.find.address"), <span className="govuk-visually-hidden">{t("record.find.action")}</span>]}
                rows={results.map((resident) => [
                  resident.name,
                  resident.tenancyReference,
                  resident.address,
                  <Link className="govuk-link" to={`/complaints/new?resident=${resident.id}&query=${encodeURIComponent(query)}`}>
                    {t("record.find.select")}
                    <span className="govuk-visually-hidden"> {resident.name}</span>
                  </Link>,
                ])}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}

function Details() {
  const { t } = useTranslation("console");
  const { resident, today, query } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "channel");
  useErrorTitle(messages.hasErrors);
  if (!resident || !today) return null;
  const back = query ? `/complaints/new?query=${encodeURIComponent(query)}` : "/complaints/new";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={back}>{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">{t("record.caption")}</span>
        <h1 className="govuk-heading-l">{t("record.details.heading")}</h1>
        <SummaryList
          rows={[
            { key: t("record.details.resident"), value: resident.name, actions: [{ href: back, label: t("record.details.change"), visuallyHiddenText: t("record.details.resident") }] },
            { key: t("record.find.tenancy"), value: resident.tenancyReference },
            { key: t("record.find.address"), value: resident.address },
          ]}
        />
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="residentId" value={resident.id} />
          <ReceivedFields
            labels={{ channel: t("record.details.channel"), receivedOn: t("record.details.receivedOn"), receivedOnHint: t("record.details.receivedOnHint") }}
            size="m"
            today={today}
            messages={messages}
          />
          <Select
            id="serviceArea"
            name="serviceArea"
            label={t("record.details.serviceArea")}
            labelSize="m"
            defaultValue={messages.value("serviceArea") ?? ""}
            error={messages.field("serviceArea")}
            options={[
              { value: "", label: t("record.details.chooseServiceArea") },
              ...resident.serviceAreas.map((area) => ({ value: area.slug, label: t(`complaints:serviceArea.${area.slug}`, { defaultValue: area.name }) })),
            ]}
          />
          <Textarea id="whatHappened" name="whatHappened" label={t("record.details.whatHappened")} labelSize="m" hint={t("record.details.whatHappenedHint")} rows={8} defaultValue={messages.value("whatHappened")} error={messages.field("whatHappened")} />
          <Textarea id="putRight" name="putRight" label={t("record.details.putRight")} labelSize="m" rows={5} defaultValue={messages.value("putRight")} error={messages.field("putRight")} />
          <Radios
            name="contactMethod"
            legend={t("record.details.contactMethod")}
            legendSize="m"
            defaultValue={messages.value("contactMethod")}
            error={messages.field("contactMethod")}
            items={CONTACT_METHODS.map((method) => ({ value: method, label: t(`complaints:contactMethod.${method}`) }))}
          />
          <TextInput id="phone" name="phone" type="tel" label={t("record.details.phone")} hint={t("record.details.phoneHint")} autoComplete="off" width={20} defaultValue={messages.value("phone")} error={messages.field("phone")} />
          <Button preventDoubleClick>{t("record.details.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
