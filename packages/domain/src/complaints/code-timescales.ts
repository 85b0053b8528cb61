// Every complaint deadline comes from these figures and nowhere else. They are
// the Housing Ombudsman's Complaint Handling Code (2024; statutory for
// landlords in England from 1 April 2024), section 6 "Complaint stages":
// all in working days (see ../calendar), counted from the day after the event.
export const CODE_TIMESCALES = {
  stage1: {
    /** Stage 1: acknowledge (define and log) within 5 working days of receipt. */
    acknowledgeWithin: 5,
    /** Stage 1: respond within 10 working days of the complaint being acknowledged. */
    respondWithin: 10,
    /** Stage 1: an extension must be no more than 10 further working days, with reasons given to the resident. */
    maxExtension: 10,
  },
  stage2: {
    /** Stage 2: acknowledge within 5 working days of the escalation request. */
    acknowledgeWithin: 5,
    /** Stage 2: final response within 20 working days of the escalation being acknowledged. */
    respondWithin: 20,
    /** Stage 2: an extension must be no more than 20 further working days, with reasons given to the resident. */
    maxExtension: 20,
  },
} as const;

/** The Code has exactly two stages; there is no informal "stage 0". */
export type ComplaintStage = 1 | 2;

export function timescalesFor(stage: ComplaintStage): (typeof CODE_TIMESCALES)["stage1" | "stage2"] {
  return stage === 1 ? CODE_TIMESCALES.stage1 : CODE_TIMESCALES.stage2;
}
