// Election URLs and phase tag colours, shared by every election page (safe
// for the browser bundle: no server imports).
import type { ElectionPhase } from "@hearth/domain/elections";
import type { TagColour } from "@hearth/ui";

/** `/elections/EL-2027-001` or, with a suffix, `/elections/EL-2027-001/roll`. */
export function electionPath(reference: string, suffix = ""): string {
  const tail = suffix.replace(/^\/+/, "");
  return `/elections/${encodeURIComponent(reference)}${tail ? `/${tail}` : ""}`;
}

export const PHASE_COLOURS: Record<ElectionPhase, TagColour> = {
  draft: "grey",
  nominations: "light-blue",
  shortlisting: "purple",
  ready: "blue",
  voting: "green",
  closed: "orange",
  counted: "pink",
  certified: "turquoise",
  published: "grey",
};
