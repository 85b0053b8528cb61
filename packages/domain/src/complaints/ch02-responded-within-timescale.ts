// TSM CH02: the share of complaints responded to within the Complaint Handling
// Code's timescales, stage 1 and stage 2 separately.
//
// Counting choices:
// - the denominator is the complaints whose response at that stage was sent in
//   the period (not those received in it, whose answers may fall next year);
// - "within timescale" means sent by the respond deadline, which counts from
//   the actual acknowledgement and includes an extension made under the Code
//   (the lifecycle caps extensions, so any recorded one is within the Code);
// - `requireTimelyAcknowledgement` also demands the acknowledgement was on
//   time, a stricter internal view; the default follows the measure's wording;
// - with no responses the percentage is null ("no figure"), not 0 or 100,
//   because either would misstate performance.
import { ComplaintRuleError } from "./complaint-rule-error.js";
import { complaintDeadlines, type CalendarOptions, type ComplaintTimeline, type Deadline } from "./deadlines.js";
import { checkPeriod, inPeriod, roundToTenths, type ReportingPeriod } from "./reporting-period.js";

export interface Ch02Options extends CalendarOptions {
  readonly period: ReportingPeriod;
  readonly requireTimelyAcknowledgement?: boolean;
}

export interface Ch02Figure {
  readonly responded: number;
  readonly withinTimescale: number;
  /** Percentage to 1 decimal place, halves up; null when nothing was responded to. */
  readonly percent: number | null;
}

export interface Ch02Result {
  readonly stage1: Ch02Figure;
  readonly stage2: Ch02Figure;
}

function figure(responded: number, withinTimescale: number): Ch02Figure {
  return { responded, withinTimescale, percent: responded === 0 ? null : roundToTenths(withinTimescale, responded, 100) };
}

export function ch02RespondedWithinTimescale(complaints: readonly ComplaintTimeline[], options: Ch02Options): Ch02Result {
  checkPeriod(options.period);
  const counts = { 1: { responded: 0, within: 0 }, 2: { responded: 0, within: 0 } };
  for (const complaint of complaints) {
    for (const stage of [1, 2] as const) {
      const record = stage === 1 ? complaint.stage1 : complaint.stage2;
      if (!inPeriod(record?.response?.respondedOn, options.period)) continue;
      const deadlines = complaintDeadlines(complaint, options);
      const step = (name: Deadline["step"]) => deadlines.find((d) => d.step === name);
      const respond = step(`stage${stage}-respond`);
      const acknowledge = step(`stage${stage}-acknowledge`);
      if (!respond) {
        // A record with a response must have its deadline; anything else is corrupt data.
        throw new ComplaintRuleError("complaints.invalidDate", `Stage ${stage} response without a due date`);
      }
      counts[stage].responded += 1;
      const ackOk = !options.requireTimelyAcknowledgement || acknowledge?.onTime === true;
      if (respond.onTime === true && ackOk) counts[stage].within += 1;
    }
  }
  return { stage1: figure(counts[1].responded, counts[1].within), stage2: figure(counts[2].responded, counts[2].within) };
}
