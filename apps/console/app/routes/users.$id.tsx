import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { GRANTABLE_ROLES } from "@hearth/domain/identity";
import { BackLink, Button, ErrorSummary, InsetText, NotificationBanner, SummaryList, WarningText } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { RoleCheckboxes } from "../components/role-checkboxes";
import { RoleTags, StatusTag } from "../components/role-tags";
import { when } from "../lib/format.server";
import { problem, staffScope } from "../lib/request.server";

const UPDATES = ["created", "roles", "deactivated", "reactivated"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, ["admin"]);
  const user = await load(() => scope.caller.users.get({ id: args.params.id ?? "" }));
  const updated = new URL(args.request.url).searchParams.get("updated");
  return {
    title: scope.title("user.title", { name: user.name }),
    isSelf: user.id === scope.user.id,
    updated: UPDATES.find((u) => u === updated) ?? null,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      active: user.active,
      roles: user.roles,
      isResident: user.residentId !== null,
      mustChangePassword: user.mustChangePassword,
      lastSignedIn: when(scope.locale, user.lastSignedInAt),
      created: when(scope.locale, user.createdAt),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await staffScope(args, ["admin"]);
  const form = await readForm(args.request, scope);
  const id = args.params.id ?? "";
  const intent = String(form.get("intent") ?? "");
  if (intent === "roles") {
    const roles = form.getAll("roles").map(String);
    const outcome = await attempt(() => scope.caller.users.setRoles({ id, roles: roles as never }));
    if (!outcome.ok) return problem(outcome.errors, { roles }, { intent });
    return redirect(`/users/${id}?updated=roles`, { status: 303 });
  }
  if (intent === "deactivate" || intent === "reactivate") {
    const active = intent === "reactivate";
    const outcome = await attempt(() => scope.caller.users.setActive({ id, active }));
    if (!outcome.ok) return problem(outcome.errors, {}, { intent });
    return redirect(`/users/${id}?updated=${active ? "reactivated" : "deactivated"}`, { status: 303 });
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function UserAccount() {
  const { t } = useTranslation("console");
  const { user, isSelf, updated } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const problemData = useActionData<typeof action>();
  // Whole-form messages point at the form they came from.
  const messages = useFormMessages(problemData, problemData?.intent === "roles" ? "roles" : "status");
  const never = t("users.list.never");
  const grantable = user.roles.filter((role) => GRANTABLE_ROLES.includes(role));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/users">{t("user.back")}</BackLink>
        {updated && !messages.hasErrors && (
          <NotificationBanner title={t("common:notice")} type="success">
            <p className="govuk-notification-banner__heading">{t(`user.updated.${updated}`, { name: user.name })}</p>
            {updated === "created" && <p className="govuk-body">{t("user.updated.createdNext")}</p>}
          </NotificationBanner>
        )}
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">{t("user.caption")}</span>
        <h1 className="govuk-heading-l">{user.name}</h1>
        <SummaryList
          rows={[
            { key: t("users.list.email"), value: <span className="hearth-wrap-long">{user.email}</span> },
            { key: t("users.list.roles"), value: <RoleTags roles={user.roles} none={t("users.list.noRoles")} /> },
            { key: t("users.list.status"), value: <StatusTag active={user.active} /> },
            { key: t("user.password"), value: user.mustChangePassword ? t("user.passwordTemporary") : t("user.passwordOwn") },
            { key: t("users.list.lastSignIn"), value: user.lastSignedIn ? <time dateTime={user.lastSignedIn.iso}>{user.lastSignedIn.text}</time> : never },
            { key: t("user.created"), value: user.created ? <time dateTime={user.created.iso}>{user.created.text}</time> : never },
          ]}
        />

        <h2 className="govuk-heading-m">{t("user.roles.heading")}</h2>
        {user.isResident && <InsetText>{t("user.roles.resident")}</InsetText>}
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="intent" value="roles" />
          <RoleCheckboxes
            legend={t("user.roles.legend", { name: user.name })}
            legendSize="s"
            defaultValues={(problemData?.intent === "roles" ? messages.values("roles") : undefined) ?? grantable}
            error={messages.field("roles")}
          />
          <Button>{t("user.roles.submit")}</Button>
        </Form>

        <h2 className="govuk-heading-m">{user.active ? t("user.deactivate.heading") : t("user.reactivate.heading")}</h2>
        {isSelf ? (
          <p className="govuk-body" id="status">
            {t("user.deactivate.self")}
          </p>
        ) : user.active ? (
          <Form method="post">
            <CsrfField token={csrfToken} />
            <WarningText assistiveText={t("common:ui.warning")}>{t("user.deactivate.warning", { name: user.name })}</WarningText>
            <Button id="status" variant="warning" name="intent" value="deactivate">
              {t("user.deactivate.submit")}
            </Button>
          </Form>
        ) : (
          <Form method="post">
            <CsrfField token={csrfToken} />
            <p className="govuk-body">{t("user.reactivate.body", { name: user.name })}</p>
            <Button id="status" variant="secondary" name="intent" value="reactivate">
              {t("user.reactivate.submit")}
            </Button>
          </Form>
        )}
      </div>
    </div>
  );
}
