import type { Role } from "@hearth/domain/identity";

/**
 * The parts of the console that exist, and who may open them. The header
 * navigation and the home page both read this list, so neither can link to a
 * page someone cannot use (the routes and the API check again).
 */
export const SECTIONS = [
  { id: "users", href: "/users", roles: ["admin"] },
  { id: "audit", href: "/audit", roles: ["admin"] },
] as const satisfies readonly { id: string; href: string; roles: readonly Role[] }[];

export type Section = (typeof SECTIONS)[number];

export function sectionsFor(roles: readonly Role[]): Section[] {
  return SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}

/**
 * Console roles whose own pages are still to come: the home page describes
 * what they will do instead of linking to pages that do not exist yet.
 */
export const UPCOMING_ROLES = ["staff", "scrutiny", "election_officer"] as const satisfies readonly Role[];
