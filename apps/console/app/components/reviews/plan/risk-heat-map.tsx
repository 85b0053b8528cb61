import { useTranslation } from "react-i18next";
import type { RiskLevel } from "@hearth/domain/reviews";
import { Tag, type TagColour } from "@hearth/ui";

export interface HeatMapCell {
  impact: RiskLevel;
  likelihood: RiskLevel;
  rating: number;
  band: RiskLevel;
  count: number;
}

/**
 * The 3×3 heat map as a real table: likelihood down the side (high at the
 * top), impact along the top (low to high), each cell the number of risks in
 * it. The band is written in every cell as well as shown by its colour, so it
 * reads the same without colour and to a screen reader.
 */
export function RiskHeatMap({ matrix }: { matrix: HeatMapCell[][] }) {
  const { t } = useTranslation("reviewplan");
  const columns = matrix[0]?.map((cell) => cell.impact) ?? [];
  return (
    <div className="hearth-table-scroll" role="region" aria-labelledby="heat-map-caption" tabIndex={0}>
      <table className="govuk-table hearth-heat-map">
        <caption className="govuk-table__caption govuk-table__caption--m" id="heat-map-caption">
          {t("risks.heatMap.caption")}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <td className="govuk-table__cell hearth-heat-map__corner">
              <span className="govuk-visually-hidden">{t("risks.heatMap.corner")}</span>
            </td>
            {columns.map((impact) => (
              <th key={impact} scope="col" className="govuk-table__header">
                {t("risks.heatMap.impact", { level: t(`reviews:level.${impact}`) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {matrix.map((row) => (
            <tr key={row[0]?.likelihood} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {t("risks.heatMap.likelihood", { level: t(`reviews:level.${row[0]?.likelihood ?? "low"}`) })}
              </th>
              {row.map((cell) => (
                <td key={cell.impact} className={`govuk-table__cell hearth-heat-map__cell hearth-heat-map__cell--${cell.band}`}>
                  <span className={cell.count === 0 ? "hearth-heat-map__count hearth-heat-map__count--none" : "hearth-heat-map__count"}>{t("risks.heatMap.count", { count: cell.count })}</span>
                  <span className="hearth-heat-map__band">{t("risks.heatMap.band", { band: t(`reviews:level.${cell.band}`), rating: cell.rating })}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const BAND_COLOURS: Record<RiskLevel, TagColour> = { high: "red", medium: "yellow", low: "green" };

/** A risk's band as a tag with its rating, e.g. "High (6)". */
export function RiskBandTag({ band, rating }: { band: RiskLevel; rating: number }) {
  const { t } = useTranslation("reviewplan");
  return <Tag colour={BAND_COLOURS[band]}>{t("risks.rating", { band: t(`reviews:level.${band}`), rating })}</Tag>;
}
