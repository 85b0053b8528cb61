export const ROLES = ["resident", "staff", "scrutiny", "election_officer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may sign in to the staff console. */
export const CONSOLE_ROLES: readonly Role[] = ["staff", "scrutiny", "election_officer", "admin"];

/** Roles an administrator may grant from the console (residents get theirs by claiming). */
export const GRANTABLE_ROLES: readonly Role[] = ["staff", "scrutiny", "election_officer", "admin"];

export function canUseConsole(roles: readonly Role[]): boolean {
  return roles.some((role) => CONSOLE_ROLES.includes(role));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
