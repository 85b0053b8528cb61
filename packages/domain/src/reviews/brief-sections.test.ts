import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BRIEF_FIELDS, BRIEF_TEXTAREA_MAX, BRIEF_TEXT_MAX } from "./brief-fields.js";
import { checkSection, isSectionComplete, isSectionStarted, penceToPounds, poundsToPence } from "./brief-sections.js";
import { BRIEF_SECTIONS } from "./vocabulary.js";

const mainDetails = {
  seniorManager: "Head of Repairs",
  leadOfficer: "Repairs improvement officer",
  businessPlanLink: "Homes kept safe and in good repair",
  serviceObjective: "Fix what is broken, first time, at a time that suits the resident",
  currentImpact: "Complaints about missed appointments have doubled",
};

describe("saving a section", () => {
  it("keeps the section's own fields, trimmed, and drops empty and unknown ones", () => {
    const check = checkSection("main-details", { ...mainDetails, seniorManager: "  Head of Repairs ", localOffer: "", somethingElse: "ignored" });
    expect(check).toEqual({ ok: true, fields: mainDetails });
  });

  it("allows a half-written section", () => {
    expect(checkSection("main-details", { seniorManager: "Head of Repairs" })).toEqual({ ok: true, fields: { seniorManager: "Head of Repairs" } });
  });

  it("counts a new line as one character and stores it as \\n", () => {
    const text = `${"a".repeat(BRIEF_TEXTAREA_MAX - 2)}\r\nb`;
    const check = checkSection("main-details", { currentImpact: text });
    expect(check.ok && check.fields.currentImpact).toBe(`${"a".repeat(BRIEF_TEXTAREA_MAX - 2)}\nb`);
  });

  it("refuses text past its limit, naming the limit", () => {
    const check = checkSection("main-details", { seniorManager: "x".repeat(BRIEF_TEXT_MAX + 1), currentImpact: "y".repeat(BRIEF_TEXTAREA_MAX + 1) });
    expect(check).toEqual({
      ok: false,
      errors: [
        { field: "seniorManager", problem: "tooLong", max: BRIEF_TEXT_MAX },
        { field: "currentImpact", problem: "tooLong", max: BRIEF_TEXTAREA_MAX },
      ],
    });
    expect(checkSection("main-details", { seniorManager: "x".repeat(BRIEF_TEXT_MAX) }).ok).toBe(true);
  });

  it("turns typed dates into ISO dates and refuses ones that do not exist", () => {
    expect(checkSection("implementation", { briefingOn: "2026-3-7" })).toEqual({ ok: true, fields: { briefingOn: "2026-03-07" } });
    expect(checkSection("implementation", { briefingOn: "2028-02-29" }).ok).toBe(true);
    for (const bad of ["2026-02-29", "2026-13-01", "2026--01", "7/3/2026", "soon", "0999-01-01"]) {
      expect(checkSection("implementation", { briefingOn: bad }), bad).toEqual({ ok: false, errors: [{ field: "briefingOn", problem: "invalidDate" }] });
    }
  });

  it("stores pounds as pence", () => {
    expect(checkSection("resources", { resourceAmount: "£1,250.50", valueForMoneyAmount: "12.5", efficiencySavingsAmount: "300" })).toEqual({
      ok: true,
      fields: { resourceAmount: "125050", valueForMoneyAmount: "1250", efficiencySavingsAmount: "30000" },
    });
    for (const bad of ["-5", "12.345", "1,25", "ten pounds", "1e3", "123456789"]) {
      expect(checkSection("resources", { resourceAmount: bad }), bad).toEqual({ ok: false, errors: [{ field: "resourceAmount", problem: "invalidAmount" }] });
    }
  });

  it("accepts only the offered choices", () => {
    expect(checkSection("equality", { assessmentCompleted: "yes" }).ok).toBe(true);
    expect(checkSection("equality", { assessmentCompleted: "maybe" })).toEqual({ ok: false, errors: [{ field: "assessmentCompleted", problem: "invalidChoice" }] });
    expect(checkSection("impact-assessment", { rating: "medium" }).ok).toBe(true);
    expect(checkSection("impact-assessment", { rating: "very high" })).toEqual({ ok: false, errors: [{ field: "rating", problem: "invalidChoice" }] });
  });
});

describe("pounds and pence", () => {
  it("round-trips any amount a form can hold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (pence) => {
        expect(poundsToPence(penceToPounds(String(pence)))).toBe(String(pence));
      }),
    );
  });

  it("shows stored pence as pounds for the form", () => {
    expect(penceToPounds("125050")).toBe("1250.50");
    expect(penceToPounds("5")).toBe("0.05");
  });
});

describe("a complete section", () => {
  it("needs every required field, and only those", () => {
    expect(isSectionComplete("main-details", mainDetails)).toBe(true);
    expect(isSectionComplete("main-details", { ...mainDetails, currentImpact: " " })).toBe(false);
    expect(isSectionStarted("main-details", {})).toBe(false);
    expect(isSectionStarted("main-details", { localOffer: "x" })).toBe(true);
  });

  it("is complete for every section when all its required fields are filled", () => {
    for (const section of BRIEF_SECTIONS) {
      const filled = Object.fromEntries(BRIEF_FIELDS[section].filter((f) => f.required).map((f) => [f.id, "x"]));
      expect(isSectionComplete(section, filled), section).toBe(true);
      expect(isSectionComplete(section, {}), section).toBe(false);
    }
  });
});
