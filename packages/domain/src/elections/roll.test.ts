import { describe, expect, it } from "vitest";
import { isOnRoll, rollExclusion, type RollCandidate, type RollRule } from "./roll.js";

const rule: RollRule = { cutoffOn: "2026-11-01", tenants: true, leaseholders: false };
const tenant: RollCandidate = { tenure: "assured", tenancyRole: "lead-tenant", tenancyStartedOn: "2019-04-01", tenancyEndedOn: null, neighbourhoodId: "n1" };

describe("the election roll", () => {
  it("includes a current lead or joint tenant", () => {
    expect(isOnRoll(tenant, rule)).toBe(true);
    expect(isOnRoll({ ...tenant, tenancyRole: "joint-tenant" }, rule)).toBe(true);
  });

  it("never includes a former tenant, even one whose tenancy ended on the cut-off day", () => {
    expect(rollExclusion({ ...tenant, tenancyEndedOn: "2026-10-31" }, rule)).toBe("former-tenant");
    expect(rollExclusion({ ...tenant, tenancyEndedOn: "2026-11-01" }, rule)).toBe("former-tenant");
    expect(isOnRoll({ ...tenant, tenancyEndedOn: "2026-11-02" }, rule)).toBe(true);
  });

  it("leaves out tenancies that start after the cut-off", () => {
    expect(rollExclusion({ ...tenant, tenancyStartedOn: "2026-11-02" }, rule)).toBe("not-started");
    expect(isOnRoll({ ...tenant, tenancyStartedOn: "2026-11-01" }, rule)).toBe(true);
  });

  it("keeps household members off: they hold no tenancy", () => {
    expect(rollExclusion({ ...tenant, tenancyRole: "household-member" }, rule)).toBe("household-member");
  });

  it("follows the tenures the election is for", () => {
    const leaseholder = { ...tenant, tenure: "shared-ownership" as const };
    expect(rollExclusion(leaseholder, rule)).toBe("tenure");
    expect(isOnRoll(leaseholder, { ...rule, leaseholders: true })).toBe(true);
    expect(rollExclusion(tenant, { ...rule, tenants: false, leaseholders: true })).toBe("tenure");
  });

  it("limits to the chosen neighbourhoods when there are any", () => {
    expect(rollExclusion(tenant, { ...rule, neighbourhoodIds: ["n2"] })).toBe("neighbourhood");
    expect(isOnRoll(tenant, { ...rule, neighbourhoodIds: ["n1", "n2"] })).toBe(true);
    expect(isOnRoll(tenant, { ...rule, neighbourhoodIds: [] })).toBe(true);
  });
});
