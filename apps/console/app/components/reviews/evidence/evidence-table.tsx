import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { EvidenceKind } from "@hearth/domain/reviews";
import type { ComplaintStatus } from "@hearth/domain/complaints";
import { ErrorMessage, Table } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../../root";
import { ComplaintStatusTag, Day } from "../../casework/tags";
import type { EntryView } from "../../../lib/evidence-log.server";
import { complaintPagePath, evidenceFilePath, fourCsPath } from "../../../lib/evidence-paths";

interface TableProps {
  reference: string;
  version: number;
  kind: EvidenceKind | null;
  entries: EntryView[];
  canEdit: boolean;
  canOpenComplaints: boolean;
  /** The message to show beside an entry whose removal was refused. */
  errorFor: (id: string) => string | undefined;
}

/** Text typed by staff, kept as written: line breaks shown, long words wrapped. */
function Written({ text }: { text: string }) {
  if (!text.trim()) return null;
  return <p className="govuk-body-s hearth-evidence__text">{text}</p>;
}

function EntryDetails({ entry, reference, canOpenComplaints }: { entry: EntryView; reference: string; canOpenComplaints: boolean }) {
  const { t } = useTranslation("evidence");
  const title = <strong className="hearth-evidence__title">{entry.title}</strong>;
  switch (entry.kind) {
    case "link":
      return (
        <>
          <a className="govuk-link hearth-evidence__title" href={entry.url ?? "#"} rel="noopener noreferrer">
            {entry.title}
          </a>
          <Written text={entry.body} />
        </>
      );
    case "file":
      return (
        <>
          {title}
          {entry.file && (
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <a className="govuk-link" href={evidenceFilePath(reference, entry.id)} download>
                {t("log.download", { name: entry.file.name })}
              </a>{" "}
              <span className="hearth-secondary-text">({entry.file.meta})</span>
            </p>
          )}
          <Written text={entry.body} />
        </>
      );
    case "meeting":
      return (
        <>
          {title}
          {entry.meeting && (
            <>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {t("log.meetingOn", { date: entry.meeting.on.text })}
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-1 hearth-evidence__text">{t("log.attendees", { attendees: entry.meeting.attendees })}</p>
            </>
          )}
          <Written text={entry.body} />
        </>
      );
    case "complaint": {
      const c = entry.complaint;
      if (!c) return title;
      return (
        <>
          {canOpenComplaints ? (
            <Link className="govuk-link hearth-evidence__title" to={complaintPagePath(c.reference)}>
              {c.reference}
            </Link>
          ) : (
            title
          )}
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <ComplaintStatusTag status={c.status as ComplaintStatus} />
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-1">{t("log.complaintReceived", { date: c.received.text })}</p>
          {c.cause && <p className="govuk-body-s govuk-!-margin-bottom-1">{t("log.complaintCause", { cause: t(`complaints:cause.${c.cause}`) })}</p>}
        </>
      );
    }
    case "insight":
      return (
        <>
          {title}
          {entry.insight?.asOf && <p className="govuk-body-s govuk-!-margin-bottom-1">{t("insight.asOf", { date: entry.insight.asOf.text })}</p>}
          <ul className="govuk-list govuk-list--bullet govuk-body-s hearth-evidence__lines">
            {entry.insight?.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      );
    default:
      return (
        <>
          {title}
          <Written text={entry.body} />
        </>
      );
  }
}

/** The log as a table; staff may remove an entry that no answer cites. */
export function EvidenceTable({ reference, version, kind, entries, canEdit, canOpenComplaints, errorFor }: TableProps) {
  const { t } = useTranslation("evidence");
  const { csrfToken } = useRootData();
  if (entries.length === 0) return <p className="govuk-body">{t(kind ? "log.emptyKind" : "log.empty")}</p>;
  const head = [t("log.column.evidence"), t("log.column.kind"), t("log.column.added"), t("log.column.supports"), ...(canEdit ? [t("log.column.actions")] : [])];
  return (
    <Table
      caption={kind ? t("log.captionKind", { kind: t(`kindPlural.${kind}`) }) : t("log.caption")}
      captionSize="m"
      className="hearth-evidence-table"
      stackUntilTablet
      head={head}
      rows={entries.map((entry) => {
        const error = errorFor(entry.id);
        return [
          // One wrapper, so a stacked row on a phone keeps the details together beside their label.
          <div key="d" className="hearth-evidence__details">
            <EntryDetails entry={entry} reference={reference} canOpenComplaints={canOpenComplaints} />
          </div>,
          t(`kind.${entry.kind}`),
          <span key="a">
            <Day value={entry.added} />
            <br />
            <span className="hearth-secondary-text">{entry.createdBy}</span>
          </span>,
          entry.citedBy.length === 0 ? (
            <span key="s" className="hearth-secondary-text">
              {t("log.notCited")}
            </span>
          ) : (
            <ul key="s" className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
              {entry.citedBy.map((q) => (
                <li key={q.id}>
                  <Link className="govuk-link" to={fourCsPath(reference, q.c, q.id)}>
                    {q.name}
                  </Link>
                </li>
              ))}
            </ul>
          ),
          ...(canEdit
            ? [
                entry.citedBy.length > 0 ? (
                  // Focusable target for the error summary when a removal was refused because of these answers.
                  <span key="r" id={`remove-${entry.id}`} tabIndex={-1} className="govuk-body-s hearth-secondary-text">
                    {error && <ErrorMessage id={`remove-${entry.id}-error`}>{error}</ErrorMessage>}
                    {t("log.cited")}
                  </span>
                ) : (
                  <Form key="r" method="post" className="hearth-inline-form">
                    <CsrfField token={csrfToken} />
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="id" value={entry.id} />
                    <input type="hidden" name="version" value={version} />
                    {error && <ErrorMessage id={`remove-${entry.id}-error`}>{error}</ErrorMessage>}
                    <button type="submit" id={`remove-${entry.id}`} className="hearth-link-button govuk-body-s">
                      {t("log.remove")}
                      <span className="govuk-visually-hidden"> {t("log.removeHidden", { title: entry.title })}</span>
                    </button>
                  </Form>
                ),
              ]
            : []),
        ];
      })}
    />
  );
}
