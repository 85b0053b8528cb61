import type { Role } from "@hearth/domain/identity";

/**
 * The parts of the console that exist, and who may open them. The header
 * navigation and the home page both read this list, so neither can link to a
 * page someone cannot use (the routes and the API check again).
 */
export const SECTIONS = [
  { id: "users", href: "/users", roles: ["admin"] },
  { id: "audit", href: "/audit", roles: ["admin"] },
  { id: "complaints", href: "/complaints", roles: ["staff"] },
  { id: "performance", href: "/complaints/performance", roles: ["staff", "scrutiny", "admin"] },
  { id: "holidays", href: "/holidays", roles: ["staff", "admin"] },
  { id: "reviews", href: "/reviews", roles: ["staff", "scrutiny", "admin"] },
  { id: "elections", href: "/elections", roles: ["election_officer"] },
] as const satisfies readonly { id: string; href: string; roles: readonly Role[] }[];

export type Section = (typeof SECTIONS)[number];

export function sectionsFor(roles: readonly Role[]): Section[] {
  return SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}

/**
 * The section a path belongs to: the one with the longest matching href, so
 * /complaints/performance is "performance", not also "complaints".
 */
export function currentSection(sections: readonly Section[], path: string): Section | undefined {
  return sections
    .filter((section) => path === section.href || path.startsWith(`${section.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/**
 * Console roles whose own pages are still to come: the home page describes
 * what they will do instead of linking to pages that do not exist yet.
 */
export const UPCOMING_ROLES = ["staff", "scrutiny"] as const satisfies readonly Role[];
