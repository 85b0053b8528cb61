import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, SummaryList, WarningText } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../root";

export interface Choice {
  preference: number;
  id: string;
  name: string;
}

/**
 * "Check your vote": the choices as they will be stored, the marks carried
 * in hidden fields (nothing is kept on the server until the vote is cast),
 * and two buttons: cast it, or go back and change it.
 */
export function CheckVote({ kind, choices, values }: { kind: "preferences" | "crosses"; choices: Choice[]; values: Record<string, string | string[]> }) {
  const { t } = useTranslation("voting");
  const { csrfToken } = useRootData();
  const hidden = Object.entries(values).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v) => [name, v] as const) : [[name, value] as const]));
  return (
    <>
      <h2 className="govuk-heading-m">{t("check.heading")}</h2>
      {kind === "preferences" ? (
        <SummaryList rows={choices.map((c) => ({ key: t("check.preference", { preference: c.preference }), value: <bdi>{c.name}</bdi> }))} />
      ) : (
        <>
          <p className="govuk-body">{t("check.crossesIntro")}</p>
          <ul className="govuk-list govuk-list--bullet">
            {choices.map((c) => (
              <li key={c.id}>
                <bdi>{c.name}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      <WarningText assistiveText={t("common:ui.warning")}>{t("check.final")}</WarningText>
      <Form method="post" noValidate>
        <CsrfField token={csrfToken} />
        {hidden.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <div className="govuk-button-group">
          <Button name="intent" value="cast" preventDoubleClick>
            {t("check.cast")}
          </Button>
          <Button name="intent" value="change" variant="secondary">
            {t("check.change")}
          </Button>
        </div>
      </Form>
    </>
  );
}
