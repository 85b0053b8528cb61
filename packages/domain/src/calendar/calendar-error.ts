// One error type for every calendar problem, with a stable `code` the apps can
// use as a translation key. Deadlines must never be silently wrong, so the
// calendar throws rather than guessing.
export type CalendarErrorCode =
  | "calendar.invalidDate"
  | "calendar.notCovered"
  | "calendar.invalidDays"
  | "calendar.unknownCalendar";

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  constructor(code: CalendarErrorCode, message: string) {
    super(message);
    this.name = "CalendarError";
    this.code = code;
  }
}
