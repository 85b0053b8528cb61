import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { CODE_TIMESCALES } from "@hearth/domain/complaints";
import { Panel } from "@hearth/ui";
import { useComplaintFormats } from "../components/complaints/format";
import { complaintPath } from "../lib/complaint-steps";
import { complaintScope, complaintTitle } from "../lib/complaints.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await complaintScope(args);
  // Only the resident's own complaint: anyone else's reference is a 404.
  const complaint = await load(() => scope.caller.complaints.get({ reference: args.params.reference ?? "" }));
  const acknowledge = complaint.deadlines.find((d) => d.step === "stage1-acknowledge");
  return {
    title: complaintTitle(args, scope, "complaints.sent.title"),
    reference: complaint.reference,
    // Once acknowledged, the promise of a date has been kept; the complaint page has the rest.
    acknowledgeBy: acknowledge && !acknowledge.doneOn ? acknowledge.dueOn : null,
    contactMethod: complaint.contactMethod,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function ComplaintSent() {
  const { t } = useTranslation("portal");
  const { reference, acknowledgeBy, contactMethod } = useLoaderData<typeof loader>();
  const format = useComplaintFormats();
  const { stage1 } = CODE_TIMESCALES;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("complaints.sent.title")}>
          {t("complaints.sent.reference")}
          <br />
          <strong>
            <bdi>{reference}</bdi>
          </strong>
        </Panel>
        {acknowledgeBy && <p className="govuk-body-l">{t("complaints.sent.acknowledgeBy", { date: format.date(acknowledgeBy) })}</p>}
        <h2 className="govuk-heading-m">{t("complaints.sent.next.heading")}</h2>
        <ol className="govuk-list govuk-list--number">
          <li>{t("complaints.sent.next.acknowledge", { method: t(`complaints:contactMethod.${contactMethod}`) })}</li>
          <li>{t("complaints.sent.next.respond", { days: stage1.respondWithin })}</li>
          <li>{t("complaints.sent.next.follow")}</li>
        </ol>
        <p className="govuk-body">
          <a className="govuk-link" href={complaintPath(reference)}>
            {t("complaints.sent.view")}
          </a>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/complaints">
            {t("complaints.sent.all")}
          </a>
        </p>
      </div>
    </div>
  );
}
