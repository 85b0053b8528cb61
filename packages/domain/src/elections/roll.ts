/**
 * Who is on an election's roll. A ballot was once voided because former
 * tenants were on the roll, so eligibility is decided from tenancies as they
 * stood on the cut-off date, never from who happens to have an account.
 */
export const TENANT_TENURES = ["secure", "assured", "starter"] as const;
export const LEASEHOLDER_TENURES = ["leasehold", "shared-ownership"] as const;
export type Tenure = (typeof TENANT_TENURES)[number] | (typeof LEASEHOLDER_TENURES)[number];
export type TenancyRole = "lead-tenant" | "joint-tenant" | "household-member";

/** Which residents an election is for. */
export interface RollRule {
  /** ISO date: the tenancy must be current on this day. */
  cutoffOn: string;
  /** Tenants, leaseholders or both. */
  tenants: boolean;
  leaseholders: boolean;
  /** Only these neighbourhoods, when given and not empty. */
  neighbourhoodIds?: readonly string[];
}

export interface RollCandidate {
  tenure: Tenure;
  tenancyRole: TenancyRole;
  /** ISO dates. A null end means the tenancy is current. */
  tenancyStartedOn: string;
  tenancyEndedOn: string | null;
  neighbourhoodId: string;
}

export type RollExclusion = "not-started" | "former-tenant" | "household-member" | "tenure" | "neighbourhood";

/**
 * Why someone is not on the roll, or null when they are. Household members
 * hold no tenancy, so they vote only through an electoral college; a tenancy
 * that ends on the cut-off day is already over.
 */
export function rollExclusion(person: RollCandidate, rule: RollRule): RollExclusion | null {
  if (person.tenancyStartedOn > rule.cutoffOn) return "not-started";
  if (person.tenancyEndedOn !== null && person.tenancyEndedOn <= rule.cutoffOn) return "former-tenant";
  if (person.tenancyRole === "household-member") return "household-member";
  const isTenant = (TENANT_TENURES as readonly string[]).includes(person.tenure);
  if (!(isTenant ? rule.tenants : rule.leaseholders)) return "tenure";
  if (rule.neighbourhoodIds?.length && !rule.neighbourhoodIds.includes(person.neighbourhoodId)) return "neighbourhood";
  return null;
}

export function isOnRoll(person: RollCandidate, rule: RollRule): boolean {
  return rollExclusion(person, rule) === null;
}
