import type { ReactNode } from "react";
import { cx } from "../class-names.js";

export interface TableProps {
  caption?: ReactNode;
  captionSize?: "s" | "m" | "l" | "xl";
  head: ReactNode[];
  rows: ReactNode[][];
  /** Renders the first cell of each body row as `<th scope="row">`. */
  firstCellIsHeader?: boolean;
  /** Zero-based column indexes that hold numbers (aligned to the end side, tabular figures). */
  numericColumns?: number[];
  className?: string;
}

/** GOV.UK table. Numeric columns align to the end of the line, so they flip in right-to-left pages. */
export function Table({
  caption,
  captionSize,
  head,
  rows,
  firstCellIsHeader = false,
  numericColumns = [],
  className,
}: TableProps) {
  const isNumeric = (column: number) => numericColumns.includes(column);
  return (
    <table className={cx("govuk-table", className)}>
      {caption !== undefined && (
        <caption className={cx("govuk-table__caption", captionSize && `govuk-table__caption--${captionSize}`)}>
          {caption}
        </caption>
      )}
      {head.length > 0 && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, column) => (
              <th
                key={column}
                scope="col"
                className={cx("govuk-table__header", isNumeric(column) && "govuk-table__header--numeric")}
              >
                {cell}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="govuk-table__row">
            {row.map((cell, column) =>
              column === 0 && firstCellIsHeader ? (
                <th key={column} scope="row" className="govuk-table__header">
                  {cell}
                </th>
              ) : (
                <td
                  key={column}
                  className={cx("govuk-table__cell", isNumeric(column) && "govuk-table__cell--numeric")}
                >
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
