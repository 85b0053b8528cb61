import { useTranslation } from "react-i18next";
import type { useFormMessages } from "@hearth/ui/remix";

type Messages = ReturnType<typeof useFormMessages>;

/**
 * One row per paper, one column per candidate in ballot-paper order, then
 * "void". Under STV each box takes the number written on the paper; under
 * first past the post and approval a tick stands for a cross. Problems show
 * in the row's first cell, where the error summary links to.
 */
export function KeyingTable({ kind, candidates, rows, messages }: { kind: "preferences" | "crosses"; candidates: { id: string; name: string }[]; rows: number; messages: Messages }) {
  const { t } = useTranslation("counting");
  return (
    <div className="hearth-table-scroll" tabIndex={0} role="region" aria-labelledby="papers-caption" id="papers-table">
      <table className="govuk-table hearth-keying">
        <caption className="govuk-table__caption govuk-table__caption--s" id="papers-caption">
          {t("key.caption", { rows })}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("key.paper")}
            </th>
            {candidates.map((c) => (
              <th key={c.id} scope="col" className="govuk-table__header">
                <bdi>{c.name}</bdi>
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              {t("key.void")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {Array.from({ length: rows }, (_, i) => {
            const rowError = messages.field(`p-${i}`);
            const boxErrors = candidates.map((c) => messages.field(`p-${i}-${c.id}`)).filter((e): e is string => Boolean(e));
            const errors = [rowError, ...boxErrors].filter((e): e is string => Boolean(e));
            const errorId = errors.length ? `p-${i}-error` : undefined;
            const crosses = messages.values(`p.${i}.x`) ?? [];
            return (
              <tr key={i} className="govuk-table__row">
                <th scope="row" className={`govuk-table__header${errors.length ? " hearth-keying__row--error" : ""}`} id={`p-${i}`} tabIndex={-1}>
                  {t("key.paperNumber", { number: i + 1 })}
                  {errors.length > 0 && (
                    <span className="govuk-error-message govuk-!-margin-bottom-0" id={errorId}>
                      {errors.map((error) => (
                        <span key={error} className="govuk-!-display-block">
                          <span className="govuk-visually-hidden">{t("common:ui.errorPrefix")}</span> {error}
                        </span>
                      ))}
                    </span>
                  )}
                </th>
                {candidates.map((c) => {
                  const id = `p-${i}-${c.id}`;
                  const label = t(kind === "preferences" ? "key.boxLabel" : "key.crossLabel", { number: i + 1, name: c.name });
                  return (
                    <td key={c.id} className="govuk-table__cell">
                      {kind === "preferences" ? (
                        <>
                        <label className="govuk-visually-hidden" htmlFor={id}>
                          {label}
                        </label>
                        <input
                          className={`govuk-input govuk-input--width-2${messages.field(id) ? " govuk-input--error" : ""}`}
                          id={id}
                          name={`p.${i}.${c.id}`}
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          defaultValue={messages.value(`p.${i}.${c.id}`)}
                          aria-describedby={errorId}
                        />
                        </>
                      ) : (
                        <div className="govuk-checkboxes govuk-checkboxes--small">
                          <div className="govuk-checkboxes__item">
                            <input className="govuk-checkboxes__input" id={id} name={`p.${i}.x`} type="checkbox" value={c.id} defaultChecked={crosses.includes(c.id)} aria-describedby={errorId} />
                            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                              <span className="govuk-visually-hidden">{label}</span>
                            </label>
                          </div>
                        </div>
                      )}
                    </td>
                  );
                })}
                <td className="govuk-table__cell">
                  <div className="govuk-checkboxes govuk-checkboxes--small">
                    <div className="govuk-checkboxes__item">
                      <input className="govuk-checkboxes__input" id={`p-${i}-void`} name={`p.${i}.void`} type="checkbox" value="yes" defaultChecked={messages.value(`p.${i}.void`) === "yes"} aria-describedby={errorId} />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`p-${i}-void`}>
                        <span className="govuk-visually-hidden">{t("key.voidLabel", { number: i + 1 })}</span>
                      </label>
                    </div>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
