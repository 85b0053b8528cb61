// Review URLs and the stage tag colours, shared by every review page (safe for
// the browser bundle: no server imports).
import type { ReviewStage } from "@hearth/domain/reviews";
import type { TagColour } from "@hearth/ui";

/** `/reviews/SR-2026-004` or, with a suffix, `/reviews/SR-2026-004/group`. */
export function reviewPath(reference: string, suffix = ""): string {
  const tail = suffix.replace(/^\/+/, "");
  return `/reviews/${encodeURIComponent(reference)}${tail ? `/${tail}` : ""}`;
}

/** Adds the success banner's translation key to a path (`?done=reviews:done.sectionSaved`). */
export function withBanner(path: string, banner: string | undefined): string {
  if (!banner) return path;
  return `${path}${path.includes("?") ? "&" : "?"}done=${encodeURIComponent(banner)}`;
}

/**
 * Only keys shaped like "<namespace>:done.<name>" may be shown from the query
 * string, so an edited URL cannot make the page say arbitrary words.
 */
export const BANNER_KEY = /^[a-z]+:done\.[A-Za-z0-9.-]{1,60}$/;

export const STAGE_COLOURS: Record<ReviewStage, TagColour> = {
  scheduled: "grey",
  brief_agreed: "light-blue",
  planning: "blue",
  fieldwork: "purple",
  options_appraisal: "pink",
  reporting: "orange",
  approved: "green",
  feedback_given: "turquoise",
  impact_assessed: "grey",
};
