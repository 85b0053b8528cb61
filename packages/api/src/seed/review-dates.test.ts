// The demo programme is placed around whatever day it is seeded, so it must
// make sense on every day of the year, not just the days the database tests
// use. These checks need no database: they try every day of three years.
import { describe, expect, it } from "vitest";
import { financialYearOf } from "@hearth/domain/complaints";
import { REVIEW_STAGES, actionsBeyondOneYear, isSettled, programmeBreaches, programmeCoverage, smartProblems } from "@hearth/domain/reviews";
import { SERVICE_AREAS } from "./demo-landlord.js";
import { addDays, placeProgramme, resolve } from "./review-dates.js";
import { STARS } from "./review-stars.js";

const DAYS: string[] = [];
for (let day = "2026-01-01"; day <= "2028-12-31"; day = addDays(day, 1)) DAYS.push(day);
const AREAS = SERVICE_AREAS.map(([slug]) => slug);

describe("the demo programme on every day from 2026 to 2028", () => {
  it("places every review in order, in the past where it has happened, with unique references", () => {
    for (const today of DAYS) {
      const placed = placeProgramme(today);
      expect(new Set(placed.map((p) => p.reference)).size, today).toBe(placed.length);
      expect(new Set(placed.map((p) => p.entry.stage)), today).toEqual(new Set(REVIEW_STAGES));
      for (const p of placed) expect(financialYearOf(p.start), `${today} ${p.reference}`).toBe(p.programmeYear);
    }
  });

  it("breaks the four-year rule for Repairs only, read from last year or this year", () => {
    for (const today of DAYS) {
      const placed = placeProgramme(today);
      const completed = placed.flatMap((p) => (p.reachedOn.has("approved") ? [{ serviceAreaId: p.entry.area, approvedOn: p.reachedOn.get("approved")! }] : []));
      const planned = placed.filter((p) => !p.reachedOn.has("approved")).map((p) => ({ serviceAreaId: p.entry.area, reference: p.reference, programmeYear: p.programmeYear, endOn: p.end }));
      const year = financialYearOf(today);
      for (const firstYear of [year - 1, year]) {
        const breaches = programmeBreaches(programmeCoverage(AREAS, completed, planned, { firstYear, today }));
        expect(breaches.map((b) => [b.serviceAreaId, b.status]), `${today} from ${firstYear}`).toEqual([["repairs", "overdue"]]);
      }
      const inWindow = new Set(placed.filter((p) => p.programmeYear >= year - 1 && p.programmeYear <= year + 2).map((p) => p.entry.area));
      expect(AREAS.filter((a) => !inWindow.has(a)), today).toEqual(["repairs"]);
      expect(placed.filter((p) => p.entry.area === "repairs" && !isSettled(p.entry.stage)), today).toEqual([]);
    }
  });

  it("keeps SMART objectives and action plans within a year of approval", () => {
    for (const today of DAYS) {
      for (const p of placeProgramme(today)) {
        for (const objective of p.entry.story.objectives?.(p.when) ?? []) {
          expect(smartProblems(objective), `${today} ${p.reference}`).toEqual([]);
          for (const task of objective.tasks) expect(task.endOn >= task.startOn, `${today} ${task.task}`).toBe(true);
        }
        const actions = p.entry.story.actions?.(p.when) ?? [];
        expect(actionsBeyondOneYear(actions, p.when.at("approved")), `${today} ${p.reference}`).toEqual([]);
      }
    }
  });

  it("dates every Stars assessment in the past, with Repairs' latest more than a year old", () => {
    for (const today of DAYS) {
      for (const list of Object.values(STARS)) for (const a of list) expect(resolve(a.on, today) <= today, today).toBe(true);
      const repairs = STARS.repairs!.map((a) => resolve(a.on, today)).sort();
      expect(repairs.at(-1)! < addDays(today, -365), today).toBe(true);
      // The slipping anti-social behaviour assessment came before the review was brought forward.
      const asb = placeProgramme(today).find((p) => p.entry.area === "anti-social-behaviour" && p.movedOn)!;
      expect(STARS["anti-social-behaviour"]!.map((a) => resolve(a.on, today)).sort().at(-1)! < asb.movedOn!, today).toBe(true);
    }
  });
});
