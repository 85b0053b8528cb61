import type { PdfBlock } from "@hearth/api/export";

/**
 * The cover report's blocks as GOV.UK markup: headings, summary lists for
 * label/value rows, tables that scroll sideways on small screens. The same
 * blocks make the PDF, so what prints and what downloads agree.
 */
export function ReportBlocks({ blocks }: { blocks: PdfBlock[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        const key = `${block.kind}-${i}`;
        switch (block.kind) {
          case "heading":
            return block.level === 2 ? (
              <h2 key={key} id={block.id} className="govuk-heading-l hearth-report__section">
                {block.text}
              </h2>
            ) : (
              <h3 key={key} id={block.id} className="govuk-heading-m">
                {block.text}
              </h3>
            );
          case "paragraph":
            return (
              <p key={key} className={`govuk-body hearth-written${block.muted ? " hearth-secondary-text" : ""}`}>
                {block.text}
              </p>
            );
          case "facts":
            return (
              <dl key={key} className="govuk-summary-list hearth-report__facts">
                {block.rows.map((row, r) => (
                  <div key={r} className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{row.label}</dt>
                    <dd className="govuk-summary-list__value hearth-written">{row.value}</dd>
                  </div>
                ))}
              </dl>
            );
          case "table":
            return (
              <div key={key} className="hearth-table-scroll" role="region" aria-label={block.caption} tabIndex={0}>
                <table className="govuk-table hearth-report__table">
                  {block.caption && <caption className="govuk-table__caption govuk-visually-hidden">{block.caption}</caption>}
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      {block.columns.map((column) => (
                        <th key={column} scope="col" className="govuk-table__header">
                          {column}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {block.rows.map((cells, r) => (
                      <tr key={r} className="govuk-table__row">
                        {cells.map((cell, c) => (
                          <td key={c} className="govuk-table__cell hearth-written">
                            {cell}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case "list":
            return (
              <ul key={key} className="govuk-list govuk-list--bullet">
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            );
        }
      })}
    </>
  );
}
