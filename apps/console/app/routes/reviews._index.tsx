import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isSettled } from "@hearth/domain/reviews";
import { Table } from "@hearth/ui";
import { ProgrammeStatusTag } from "../components/reviews/programme/status-tag";
import { ReviewStageTag } from "../components/reviews/review-page";
import { load } from "@hearth/api/server";
import { day, programmeScope, year, yearParam } from "../lib/programme.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await programmeScope(args);
  const from = yearParam(new URL(args.request.url));
  const view = await load(() => scope.caller.reviewProgramme.view(from === null ? {} : { from }));
  const years = view.years.map(year);
  return {
    title: scope.pageTitle("programme.title"),
    isStaff: scope.isStaff,
    firstYear: view.firstYear,
    currentYear: view.currentYear,
    years,
    rows: view.rows.map((row) => ({
      serviceArea: scope.areaName(row.serviceArea),
      status: row.coverage.status,
      cells: row.years.map((cell) => ({
        year: year(cell.year).label,
        reviews: cell.reviews.map((r) => ({ reference: r.reference, title: r.title, stage: r.stage, canOpen: r.canOpen, movable: scope.isStaff && !isSettled(r.stage) })),
      })),
    })),
    breaches: view.breaches.map((b) => ({
      serviceArea: scope.areaName(b.serviceArea),
      slug: b.serviceArea.slug,
      status: b.status,
      dueBy: day(scope.locale, b.dueBy),
      endOfProgramme: b.dueBecause === "end-of-programme",
      lastCompletedOn: day(scope.locale, b.lastCompletedOn),
      next: b.nextReview ? { reference: b.nextReview.reference, expectedBy: day(scope.locale, b.nextReview.expectedBy), endsInTime: b.nextReview.endsInTime } : null,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function ReviewCell({ reviews }: { reviews: Data["rows"][number]["cells"][number]["reviews"] }) {
  const { t } = useTranslation("programme");
  if (reviews.length === 0) return <span className="hearth-secondary-text">{t("programme.noReview")}</span>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {reviews.map((review) => (
        <li key={review.reference}>
          {review.canOpen ? (
            <a className="govuk-link" href={reviewPath(review.reference)}>
              {review.reference}
            </a>
          ) : (
            review.reference
          )}
          <br />
          <span dir="auto">{review.title}</span>
          <br />
          <ReviewStageTag stage={review.stage} />
          {review.movable && (
            <>
              <br />
              <a className="govuk-link govuk-body-s" href={reviewPath(review.reference, "reschedule")}>
                {t("programme.move")}
                <span className="govuk-visually-hidden"> {review.reference}</span>
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Breaches({ breaches }: { breaches: Data["breaches"] }) {
  const { t } = useTranslation("programme");
  return (
    <section aria-labelledby="breaches-heading">
      <h2 className="govuk-heading-m" id="breaches-heading">
        {t("breaches.heading")}
      </h2>
      <div className="govuk-grid-row">
        <p className="govuk-body govuk-grid-column-two-thirds">{t("breaches.intro")}</p>
      </div>
      {breaches.length === 0 ? (
        <p className="govuk-body">{t("breaches.none")}</p>
      ) : (
        <Table
          caption={t("breaches.caption")}
          captionSize="s"
          stackUntilTablet
          firstCellIsHeader
          head={[t("breaches.serviceArea"), t("breaches.status"), t("breaches.dueBy"), t("breaches.last"), t("breaches.planned")]}
          rows={breaches.map((b) => [
            b.serviceArea,
            <ProgrammeStatusTag status={b.status} />,
            <>
              <time dateTime={b.dueBy.iso}>{b.dueBy.text}</time>
              {b.endOfProgramme && <span className="govuk-body-s hearth-secondary-text"> {t("breaches.endOfProgramme")}</span>}
            </>,
            b.lastCompletedOn ? <time dateTime={b.lastCompletedOn.iso}>{b.lastCompletedOn.text}</time> : t("breaches.neverReviewed"),
            b.next ? (
              t(b.next.endsInTime ? "breaches.plannedInTime" : "breaches.plannedLate", { reference: b.next.reference, date: b.next.expectedBy.text })
            ) : (
              t("breaches.nothingPlanned")
            ),
          ])}
        />
      )}
    </section>
  );
}

export default function Programme() {
  const { t } = useTranslation("programme");
  const data = useLoaderData<typeof loader>();
  const first = data.years[0]!.label;
  const last = data.years[data.years.length - 1]!.label;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("programme.title")}</h1>
          <p className="govuk-body">{t("programme.intro")}</p>
          <p className="govuk-body">{t("programme.rule")}</p>
        </div>
      </div>
      <ul className="govuk-list">
        {data.isStaff && (
          <li>
            <a className="govuk-link" href="/reviews/schedule">
              {t("programme.links.schedule")}
            </a>
          </li>
        )}
        <li>
          <a className="govuk-link" href="/reviews/priorities">
            {t("programme.links.priorities")}
          </a>
        </li>
        <li>
          <a className="govuk-link" href="/reviews/stars">
            {t("programme.links.stars")}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/reviews/programme.xlsx?from=${data.firstYear}`} download>
            {t("programme.links.xlsx", { from: first, to: last })}
          </a>
        </li>
      </ul>

      <Breaches breaches={data.breaches} />

      <section aria-labelledby="years-heading">
        <h2 className="govuk-heading-m" id="years-heading">
          {t("programme.yearsHeading", { from: first, to: last })}
        </h2>
        <nav aria-label={t("programme.yearsNav")}>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={`/reviews?from=${data.firstYear - 1}`}>
                {t("programme.earlier")}
              </a>
            </li>
            {data.firstYear !== data.currentYear && (
              <li>
                <a className="govuk-link" href="/reviews">
                  {t("programme.thisYear")}
                </a>
              </li>
            )}
            <li>
              <a className="govuk-link" href={`/reviews?from=${data.firstYear + 1}`}>
                {t("programme.later")}
              </a>
            </li>
          </ul>
        </nav>
        <Table
          caption={t("programme.caption", { from: first, to: last })}
          captionSize="s"
          stackUntilTablet
          firstCellIsHeader
          head={[t("programme.serviceArea"), ...data.years.map((y) => y.label), t("programme.standing")]}
          rows={data.rows.map((row) => [
            row.serviceArea,
            ...row.cells.map((cell) => <ReviewCell key={cell.year} reviews={cell.reviews} />),
            <ProgrammeStatusTag status={row.status} />,
          ])}
        />
      </section>
    </>
  );
}
