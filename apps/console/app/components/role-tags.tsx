import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "@hearth/domain/identity";
import { Tag, type TagColour } from "@hearth/ui";

const COLOURS: Record<Role, TagColour> = { resident: "grey", staff: "blue", scrutiny: "turquoise", election_officer: "orange", admin: "purple" };

/** A person's roles as tags, always in the same order. */
export function RoleTags({ roles, none }: { roles: readonly string[]; none?: string }) {
  const { t } = useTranslation("common");
  const held = ROLES.filter((role) => roles.includes(role));
  if (held.length === 0) return <>{none ?? ""}</>;
  return (
    <ul className="govuk-list hearth-tag-list">
      {held.map((role) => (
        <li key={role}>
          <Tag colour={COLOURS[role]}>{t(`roles.${role}`)}</Tag>
        </li>
      ))}
    </ul>
  );
}

export function StatusTag({ active }: { active: boolean }) {
  const { t } = useTranslation("console");
  return <Tag colour={active ? "green" : "grey"}>{active ? t("users.status.active") : t("users.status.inactive")}</Tag>;
}
