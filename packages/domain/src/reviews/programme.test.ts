import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addYears, financialYearLabel, programmeBreaches, programmeCoverage, programmeEnd, programmeYears, type PlannedReview } from "./programme.js";

const options = { firstYear: 2026, today: "2026-06-15" };

describe("the four-year programme", () => {
  it("spans four financial years, April to March", () => {
    expect(programmeYears(2026)).toEqual([2026, 2027, 2028, 2029]);
    expect(programmeEnd(2026)).toBe("2030-03-31");
    expect(financialYearLabel(2026)).toBe("2026-27");
    expect(financialYearLabel(2099)).toBe("2099-00");
  });

  it("adds whole years, keeping 29 February inside the period", () => {
    expect(addYears("2023-05-10", 4)).toBe("2027-05-10");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
  });

  it("is due four years after the last approval and covered by a review that ends in time", () => {
    const [repairs] = programmeCoverage(
      ["repairs"],
      [
        { serviceAreaId: "repairs", approvedOn: "2019-01-10" },
        { serviceAreaId: "repairs", approvedOn: "2023-05-10" },
      ],
      [{ serviceAreaId: "repairs", reference: "SR-2026-001", programmeYear: 2026 }],
      options,
    );
    expect(repairs).toEqual({
      serviceAreaId: "repairs",
      lastCompletedOn: "2023-05-10",
      dueBy: "2027-05-10",
      dueBecause: "four-years-after-last",
      nextReview: { reference: "SR-2026-001", programmeYear: 2026, expectedBy: "2027-03-31", endsInTime: true },
      status: "covered",
    });
  });

  it("is at risk when the only review on the programme ends after the due date", () => {
    const [area] = programmeCoverage(["rent"], [{ serviceAreaId: "rent", approvedOn: "2023-05-10" }], [{ serviceAreaId: "rent", reference: "SR-2027-002", programmeYear: 2027 }], options);
    expect(area!.status).toBe("at-risk");
    expect(area!.nextReview).toMatchObject({ expectedBy: "2028-03-31", endsInTime: false });
  });

  it("uses a planned end date before the end of the year", () => {
    const planned: PlannedReview[] = [{ serviceAreaId: "rent", reference: "SR-2027-002", programmeYear: 2027, endOn: "2027-05-01" }];
    const [area] = programmeCoverage(["rent"], [{ serviceAreaId: "rent", approvedOn: "2023-05-10" }], planned, options);
    expect(area!.status).toBe("covered");
    expect(area!.nextReview!.expectedBy).toBe("2027-05-01");
  });

  it("is at risk when nothing is planned and the due date falls inside the programme", () => {
    const [area] = programmeCoverage(["asb"], [{ serviceAreaId: "asb", approvedOn: "2024-01-20" }], [], options);
    expect(area).toMatchObject({ dueBy: "2028-01-20", nextReview: null, status: "at-risk" });
  });

  it("is covered with nothing planned when the due date falls after the programme", () => {
    const [area] = programmeCoverage(["asb"], [{ serviceAreaId: "asb", approvedOn: "2026-05-01" }], [], options);
    expect(area).toMatchObject({ dueBy: "2030-05-01", status: "covered" });
  });

  it("gives a never-reviewed area until the last day of the programme", () => {
    const [never] = programmeCoverage(["lettings"], [], [], options);
    expect(never).toMatchObject({ lastCompletedOn: null, dueBy: "2030-03-31", dueBecause: "end-of-programme", status: "at-risk" });
    const [planned] = programmeCoverage(["lettings"], [], [{ serviceAreaId: "lettings", reference: "SR-2029-001", programmeYear: 2029 }], options);
    expect(planned!.status).toBe("covered");
  });

  it("is overdue from the day after the due date, even with a review running", () => {
    const completed = [{ serviceAreaId: "grounds", approvedOn: "2022-06-14" }];
    const running = [{ serviceAreaId: "grounds", reference: "SR-2025-003", programmeYear: 2025 }];
    expect(programmeCoverage(["grounds"], completed, running, { ...options, today: "2026-06-14" })[0]!.status).toBe("covered");
    const late = programmeCoverage(["grounds"], completed, running, options)[0]!;
    expect(late.status).toBe("overdue");
    // Its year ended on 31 March, but it is not approved yet, so it cannot finish before today.
    expect(late.nextReview!.expectedBy).toBe("2026-06-15");
  });

  it("ignores other areas' reviews and approvals after today", () => {
    const [area] = programmeCoverage(
      ["repairs"],
      [
        { serviceAreaId: "rent", approvedOn: "2025-01-01" },
        { serviceAreaId: "repairs", approvedOn: "2027-01-01" },
      ],
      [{ serviceAreaId: "rent", reference: "SR-2026-001", programmeYear: 2026 }],
      options,
    );
    expect(area).toMatchObject({ lastCompletedOn: null, nextReview: null });
  });

  it("takes the review that finishes first", () => {
    const [area] = programmeCoverage(
      ["repairs"],
      [],
      [
        { serviceAreaId: "repairs", reference: "SR-2028-001", programmeYear: 2028 },
        { serviceAreaId: "repairs", reference: "SR-2026-004", programmeYear: 2026 },
      ],
      options,
    );
    expect(area!.nextReview!.reference).toBe("SR-2026-004");
  });

  it("lists breaches soonest first and leaves covered areas out", () => {
    const coverage = programmeCoverage(
      ["a", "b", "c"],
      [
        { serviceAreaId: "a", approvedOn: "2024-01-01" },
        { serviceAreaId: "b", approvedOn: "2022-01-01" },
        { serviceAreaId: "c", approvedOn: "2026-05-01" },
      ],
      [],
      options,
    );
    expect(programmeBreaches(coverage).map((c) => [c.serviceAreaId, c.status])).toEqual([
      ["b", "overdue"],
      ["a", "at-risk"],
    ]);
  });

  const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays("2020-01-01", n));
  function addDays(date: string, n: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  }

  it("always: overdue exactly when today is past the due date; covered only when a review ends in time or the due date is beyond the programme", () => {
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 3 }),
        fc.array(fc.record({ year: fc.integer({ min: 2020, max: 2032 }), endOn: fc.option(day, { nil: undefined }) }), { maxLength: 3 }),
        day,
        fc.integer({ min: 2020, max: 2030 }),
        (approvals, plans, today, firstYear) => {
          const [area] = programmeCoverage(
            ["x"],
            approvals.map((approvedOn) => ({ serviceAreaId: "x", approvedOn })),
            plans.map((p, i) => ({ serviceAreaId: "x", reference: `SR-${p.year}-00${i + 1}`, programmeYear: p.year, endOn: p.endOn })),
            { firstYear, today },
          );
          expect(area!.status === "overdue").toBe(today > area!.dueBy);
          if (area!.status === "covered") expect(area!.nextReview?.endsInTime || (area!.nextReview === null && area!.dueBy > programmeEnd(firstYear))).toBe(true);
          if (area!.lastCompletedOn) expect(area!.dueBy).toBe(addYears(area!.lastCompletedOn, 4));
          if (area!.nextReview) expect(area!.nextReview.expectedBy >= today).toBe(true);
        },
      ),
    );
  });
});
