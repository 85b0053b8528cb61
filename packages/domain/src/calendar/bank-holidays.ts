// Bank holidays of the three UK calendars, 2024–2028, as data.
//
// Sources: the GOV.UK bank-holidays list (www.gov.uk/bank-holidays, also
// published as bank-holidays.json) for the years it covered when this was
// written; later years are projected from the statutory pattern (Banking and
// Financial Dealings Act 1971 and the annual Royal Proclamations), including
// substitute days when a fixed holiday falls on a weekend. Re-check each year
// against GOV.UK and add any one-off holiday here: a one-off is proclaimed a
// few months ahead (Scotland's 15 June 2026 World Cup holiday was proclaimed in
// February 2026). A landlord's own closures are not data here — they come from
// the database as `extraHolidays`.
//
// Extending coverage: add the rows for the new year to every calendar and move
// `COVERED_YEARS.last`; the tests check every covered year is complete.
import type { CalendarId } from "./calendar-id.js";

export interface BankHoliday {
  readonly date: string;
  readonly name: string;
  /** Observed on a weekday because the holiday itself fell on a weekend. */
  readonly substitute?: true;
  /** Proclaimed for one year only. */
  readonly oneOff?: true;
}

export const COVERED_YEARS = { first: 2024, last: 2028 } as const;

/** The years for which every calendar is complete; dates outside them are refused. */
export function coveredYears(): { readonly first: number; readonly last: number } {
  return COVERED_YEARS;
}

const ENGLAND_AND_WALES: readonly BankHoliday[] = [
  { date: "2024-01-01", name: "New Year’s Day" },
  { date: "2024-03-29", name: "Good Friday" },
  { date: "2024-04-01", name: "Easter Monday" },
  { date: "2024-05-06", name: "Early May bank holiday" },
  { date: "2024-05-27", name: "Spring bank holiday" },
  { date: "2024-08-26", name: "Summer bank holiday" },
  { date: "2024-12-25", name: "Christmas Day" },
  { date: "2024-12-26", name: "Boxing Day" },

  { date: "2025-01-01", name: "New Year’s Day" },
  { date: "2025-04-18", name: "Good Friday" },
  { date: "2025-04-21", name: "Easter Monday" },
  { date: "2025-05-05", name: "Early May bank holiday" },
  { date: "2025-05-26", name: "Spring bank holiday" },
  { date: "2025-08-25", name: "Summer bank holiday" },
  { date: "2025-12-25", name: "Christmas Day" },
  { date: "2025-12-26", name: "Boxing Day" },

  { date: "2026-01-01", name: "New Year’s Day" },
  { date: "2026-04-03", name: "Good Friday" },
  { date: "2026-04-06", name: "Easter Monday" },
  { date: "2026-05-04", name: "Early May bank holiday" },
  { date: "2026-05-25", name: "Spring bank holiday" },
  { date: "2026-08-31", name: "Summer bank holiday" },
  { date: "2026-12-25", name: "Christmas Day" },
  // Boxing Day is a Saturday.
  { date: "2026-12-28", name: "Boxing Day", substitute: true },

  { date: "2027-01-01", name: "New Year’s Day" },
  { date: "2027-03-26", name: "Good Friday" },
  { date: "2027-03-29", name: "Easter Monday" },
  { date: "2027-05-03", name: "Early May bank holiday" },
  { date: "2027-05-31", name: "Spring bank holiday" },
  { date: "2027-08-30", name: "Summer bank holiday" },
  // Christmas Day is a Saturday and Boxing Day a Sunday.
  { date: "2027-12-27", name: "Christmas Day", substitute: true },
  { date: "2027-12-28", name: "Boxing Day", substitute: true },

  // New Year’s Day is a Saturday.
  { date: "2028-01-03", name: "New Year’s Day", substitute: true },
  { date: "2028-04-14", name: "Good Friday" },
  { date: "2028-04-17", name: "Easter Monday" },
  { date: "2028-05-01", name: "Early May bank holiday" },
  { date: "2028-05-29", name: "Spring bank holiday" },
  { date: "2028-08-28", name: "Summer bank holiday" },
  { date: "2028-12-25", name: "Christmas Day" },
  { date: "2028-12-26", name: "Boxing Day" },
];

// Scotland: 2 January and St Andrew’s Day (30 November), the summer holiday on
// the first Monday of August, and no Easter Monday.
const SCOTLAND: readonly BankHoliday[] = [
  { date: "2024-01-01", name: "New Year’s Day" },
  { date: "2024-01-02", name: "2nd January" },
  { date: "2024-03-29", name: "Good Friday" },
  { date: "2024-05-06", name: "Early May bank holiday" },
  { date: "2024-05-27", name: "Spring bank holiday" },
  { date: "2024-08-05", name: "Summer bank holiday" },
  // St Andrew’s Day is a Saturday.
  { date: "2024-12-02", name: "St Andrew’s Day", substitute: true },
  { date: "2024-12-25", name: "Christmas Day" },
  { date: "2024-12-26", name: "Boxing Day" },

  { date: "2025-01-01", name: "New Year’s Day" },
  { date: "2025-01-02", name: "2nd January" },
  { date: "2025-04-18", name: "Good Friday" },
  { date: "2025-05-05", name: "Early May bank holiday" },
  { date: "2025-05-26", name: "Spring bank holiday" },
  { date: "2025-08-04", name: "Summer bank holiday" },
  // St Andrew’s Day is a Sunday.
  { date: "2025-12-01", name: "St Andrew’s Day", substitute: true },
  { date: "2025-12-25", name: "Christmas Day" },
  { date: "2025-12-26", name: "Boxing Day" },

  { date: "2026-01-01", name: "New Year’s Day" },
  { date: "2026-01-02", name: "2nd January" },
  { date: "2026-04-03", name: "Good Friday" },
  { date: "2026-05-04", name: "Early May bank holiday" },
  { date: "2026-05-25", name: "Spring bank holiday" },
  { date: "2026-08-03", name: "Summer bank holiday" },
  { date: "2026-11-30", name: "St Andrew’s Day" },
  { date: "2026-12-25", name: "Christmas Day" },
  { date: "2026-12-28", name: "Boxing Day", substitute: true },

  { date: "2027-01-01", name: "New Year’s Day" },
  // 2 January is a Saturday.
  { date: "2027-01-04", name: "2nd January", substitute: true },
  { date: "2027-03-26", name: "Good Friday" },
  { date: "2027-05-03", name: "Early May bank holiday" },
  { date: "2027-05-31", name: "Spring bank holiday" },
  { date: "2027-08-02", name: "Summer bank holiday" },
  { date: "2027-11-30", name: "St Andrew’s Day" },
  { date: "2027-12-27", name: "Christmas Day", substitute: true },
  { date: "2027-12-28", name: "Boxing Day", substitute: true },

  // 1 January is a Saturday and 2 January a Sunday.
  { date: "2028-01-03", name: "New Year’s Day", substitute: true },
  { date: "2028-01-04", name: "2nd January", substitute: true },
  { date: "2028-04-14", name: "Good Friday" },
  { date: "2028-05-01", name: "Early May bank holiday" },
  { date: "2028-05-29", name: "Spring bank holiday" },
  { date: "2028-08-07", name: "Summer bank holiday" },
  { date: "2028-11-30", name: "St Andrew’s Day" },
  { date: "2028-12-25", name: "Christmas Day" },
  { date: "2028-12-26", name: "Boxing Day" },
];

// Northern Ireland: England and Wales’s holidays plus St Patrick’s Day (17 March)
// and the Battle of the Boyne (Orangemen’s Day, 12 July).
const NORTHERN_IRELAND_ONLY: readonly BankHoliday[] = [
  // St Patrick’s Day is a Sunday.
  { date: "2024-03-18", name: "St Patrick’s Day", substitute: true },
  { date: "2024-07-12", name: "Battle of the Boyne (Orangemen’s Day)" },
  { date: "2025-03-17", name: "St Patrick’s Day" },
  // 12 July is a Saturday.
  { date: "2025-07-14", name: "Battle of the Boyne (Orangemen’s Day)", substitute: true },
  { date: "2026-03-17", name: "St Patrick’s Day" },
  // 12 July is a Sunday.
  { date: "2026-07-13", name: "Battle of the Boyne (Orangemen’s Day)", substitute: true },
  { date: "2027-03-17", name: "St Patrick’s Day" },
  { date: "2027-07-12", name: "Battle of the Boyne (Orangemen’s Day)" },
  { date: "2028-03-17", name: "St Patrick’s Day" },
  { date: "2028-07-12", name: "Battle of the Boyne (Orangemen’s Day)" },
];

const NORTHERN_IRELAND: readonly BankHoliday[] = [...ENGLAND_AND_WALES, ...NORTHERN_IRELAND_ONLY].sort((x, y) =>
  x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
);

export const BANK_HOLIDAYS: { readonly [C in CalendarId]: readonly BankHoliday[] } = {
  "england-and-wales": ENGLAND_AND_WALES,
  scotland: SCOTLAND,
  "northern-ireland": NORTHERN_IRELAND,
};
