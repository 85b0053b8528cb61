// Working-day calendars for the three UK bank-holiday regimes.
export { CALENDAR_IDS, isCalendarId, type CalendarId } from "./calendar-id.js";
export { CalendarError, type CalendarErrorCode } from "./calendar-error.js";
export { BANK_HOLIDAYS, COVERED_YEARS, coveredYears, type BankHoliday } from "./bank-holidays.js";
export { easterSunday } from "./easter.js";
export { formatIsoDate, isoWeekday, parseIsoDate } from "./iso-date.js";
export { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days.js";
