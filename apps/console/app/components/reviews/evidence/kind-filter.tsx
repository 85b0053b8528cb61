import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EVIDENCE_KINDS, type EvidenceKind } from "@hearth/domain/reviews";
import { evidencePath } from "../../../lib/evidence-paths";

/** Links that narrow the log to one kind, each with its count: a filter that needs no JavaScript and no submit button. */
/** `counts` are already in the page's digits; a kind is offered once it has entries (or is the one shown). */
export function KindFilter({ reference, total, counts, current }: { reference: string; total: string | null; counts: Partial<Record<EvidenceKind, string>>; current: EvidenceKind | null }) {
  const { t } = useTranslation("evidence");
  if (total === null) return null;
  const items = [
    { key: "all", href: evidencePath(reference), label: t("log.filterAll", { n: total }), current: current === null },
    ...EVIDENCE_KINDS.filter((kind) => counts[kind] !== undefined || kind === current).map((kind) => ({
      key: kind,
      href: evidencePath(reference, kind),
      label: t("log.filterKind", { kind: t(`kindPlural.${kind}`), n: counts[kind] ?? "0" }),
      current: kind === current,
    })),
  ];
  return (
    <nav className="hearth-subnav" aria-label={t("log.filterLabel")}>
      <ul className="hearth-subnav__list">
        {items.map((item) => (
          <li key={item.key} className="hearth-subnav__item">
            <Link className="govuk-link hearth-subnav__link" to={item.href} aria-current={item.current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
