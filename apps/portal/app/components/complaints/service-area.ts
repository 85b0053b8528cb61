import type { TFunction } from "i18next";

/** A service area's name in the page language; a landlord's own areas fall back to the name they gave. */
export function serviceAreaName(t: TFunction, area: { slug: string; name: string }): string {
  return t(`complaints:serviceArea.${area.slug}`, { defaultValue: area.name });
}

export function serviceAreaHint(t: TFunction, area: { slug: string; description?: string | null }): string {
  return t(`complaints:serviceAreaHint.${area.slug}`, { defaultValue: area.description ?? "" });
}
