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
  /**
   * The column the rows are sorted by: its header gets `aria-sort`. Put the
   * sort links in `head` yourself (sorting is done by the server, so it works
   * without JavaScript).
   */
  sort?: { column: number; direction: "ascending" | "descending" };
  /**
   * On narrow screens, show each row as a block of "header: value" lines
   * instead of columns (headers must be strings to label the values).
   */
  stackUntilTablet?: boolean;
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
  sort,
  stackUntilTablet = false,
  className,
}: TableProps) {
  const isNumeric = (column: number) => numericColumns.includes(column);
  const label = (column: number) => {
    const cell = head[column];
    return stackUntilTablet && typeof cell === "string" ? cell : undefined;
  };
  return (
    <table className={cx("govuk-table", stackUntilTablet && "hearth-table--stacked", className)}>
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
                aria-sort={sort?.column === column ? sort.direction : undefined}
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
                <th key={column} scope="row" className="govuk-table__header" data-label={label(column)}>
                  {cell}
                </th>
              ) : (
                <td
                  key={column}
                  className={cx("govuk-table__cell", isNumeric(column) && "govuk-table__cell--numeric")}
                  data-label={label(column)}
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
