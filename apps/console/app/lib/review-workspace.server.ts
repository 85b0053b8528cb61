// The workspace page's data: the API's view with dates in the page language
// and the programme year as a financial year.
import { load } from "@hearth/api/server";
import { financialYearLabel } from "@hearth/domain/reviews";
import { reviewDay } from "./review-format.server";
import type { ReviewScope } from "./review-page.server";

export async function workspacePage(scope: ReviewScope, reference: string | undefined) {
  const data = await load(() => scope.caller.reviews.workspace({ reference: reference ?? "" }));
  const { locale } = scope;
  return {
    header: data.header,
    programmeYear: financialYearLabel(data.header.programmeYear),
    lead: data.lead,
    approvedBy: data.approvedBy,
    dates: {
      briefAgreed: reviewDay(locale, data.dates.briefAgreedOn),
      approved: reviewDay(locale, data.dates.approvedOn),
      feedbackGiven: reviewDay(locale, data.dates.feedbackGivenOn),
      impactAssessed: reviewDay(locale, data.dates.impactAssessedOn),
    },
    mainDetails: { seniorManager: data.mainDetails.seniorManager ?? null, serviceObjective: data.mainDetails.serviceObjective ?? null },
    tasks: data.tasks,
    next: data.next,
    history: data.history.map((move) => ({ ...move, on: reviewDay(locale, move.on) })).reverse(),
  };
}

export type WorkspacePage = Awaited<ReturnType<typeof workspacePage>>;
