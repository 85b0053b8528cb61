import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../../root";

/** Where whole-form messages (such as "changed meanwhile") point: the form itself. */
export const PLAN_FORM = "plan-form";

/** What every plan form sends besides its fields: the review and the version the form was drawn from. */
export interface PlanFormHeader {
  id: string;
  version: number;
}

function HiddenFields({ header, version, intent, extra = {} }: { header: PlanFormHeader; version?: string; intent: string; extra?: Record<string, string> }) {
  const { csrfToken } = useRootData();
  return (
    <>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="reviewId" value={header.id} />
      <input type="hidden" name="version" value={version ?? String(header.version)} />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/**
 * A POST form for one plan item. `version` is the one echoed from a failed
 * post, so a change someone else made meanwhile is caught rather than overwritten.
 */
export function PlanForm({
  header,
  version,
  intent = "save",
  submitLabel,
  cancelHref,
  children,
  id = PLAN_FORM,
}: {
  header: PlanFormHeader;
  version?: string;
  intent?: string;
  submitLabel: string;
  cancelHref?: string;
  children: ReactNode;
  id?: string;
}) {
  const { t } = useTranslation("reviewplan");
  return (
    <Form method="post" noValidate id={id} tabIndex={-1}>
      <HiddenFields header={header} version={version} intent={intent} />
      {children}
      <div className="govuk-button-group">
        <Button preventDoubleClick>{submitLabel}</Button>
        {cancelHref && (
          <a className="govuk-link" href={cancelHref}>
            {t("form.cancel")}
          </a>
        )}
      </div>
    </Form>
  );
}

/** Removes one item: a warning button on its own form, named for screen readers by `hiddenName`. */
export function RemoveForm({
  header,
  version,
  label,
  hiddenName,
  extra,
  variant = "warning",
}: {
  header: PlanFormHeader;
  version?: string;
  label: string;
  hiddenName: string;
  /** More hidden fields, such as the id of the row to remove when a page lists several. */
  extra?: Record<string, string>;
  /** Warning on a page about one item; secondary in a table row, where a red button per row would shout. */
  variant?: "warning" | "secondary";
}) {
  return (
    <Form method="post" className="hearth-inline-form">
      <HiddenFields header={header} version={version} intent="remove" extra={extra} />
      <Button variant={variant} className="govuk-!-margin-bottom-0">
        {label}
        <span className="govuk-visually-hidden"> {hiddenName}</span>
      </Button>
    </Form>
  );
}
