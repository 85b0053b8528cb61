import { detailText } from "../lib/audit";

/** An audit entry's details as a compact "key: value" list. */
export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details ?? {});
  if (entries.length === 0) return null;
  return (
    <dl className="hearth-details-list">
      {entries.map(([key, value]) => (
        <div key={key} className="hearth-details-list__row">
          <dt>{key}:</dt> <dd>{detailText(value) || "–"}</dd>
        </div>
      ))}
    </dl>
  );
}
