// Figures on election pages, formatted on the server in the page's language.
import { formatNumber, type Locale } from "@hearth/i18n";
import type { TurnoutData } from "../components/elections/turnout";

export function percent(locale: Locale, part: number, whole: number): string {
  return formatNumber(locale, whole === 0 ? 0 : part / whole, { style: "percent", maximumFractionDigits: 1 });
}

export function turnoutData(
  locale: Locale,
  turnout: { rollSize: number; voted: number; byChannel: TurnoutData["byChannel"]; byNeighbourhood: { id: string; name: string; onRoll: number; voted: number }[] },
): TurnoutData {
  return {
    rollSize: turnout.rollSize,
    voted: turnout.voted,
    percent: percent(locale, turnout.voted, turnout.rollSize),
    byChannel: turnout.byChannel,
    byNeighbourhood: turnout.byNeighbourhood.map((n) => ({ ...n, percent: percent(locale, n.voted, n.onRoll) })),
  };
}
