import { useTranslation } from "react-i18next";
import { GRANTABLE_ROLES } from "@hearth/domain/identity";
import { Checkboxes } from "@hearth/ui";

/** The roles an administrator can grant, each with what it is for. Posts `roles` (a list). */
export function RoleCheckboxes({ legend, legendSize = "m", defaultValues, error }: { legend: string; legendSize?: "s" | "m"; defaultValues: string[]; error?: string }) {
  const { t } = useTranslation("console");
  return (
    <Checkboxes
      name="roles"
      legend={legend}
      legendSize={legendSize}
      hint={t("roles.hint")}
      error={error}
      defaultValues={defaultValues}
      items={GRANTABLE_ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`), hint: t(`roles.describe.${role}`) }))}
    />
  );
}
