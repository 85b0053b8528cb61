import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { CODE_TIMESCALES } from "@hearth/domain/complaints";
import { BackLink, Button } from "@hearth/ui";
import { questionPath } from "../lib/complaint-steps";
import { complaintScope, complaintTitle } from "../lib/complaints.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await complaintScope(args);
  return { title: complaintTitle(args, scope, "complaints.start.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function StartComplaint() {
  const { t } = useTranslation("portal");
  const { stage1, stage2 } = CODE_TIMESCALES;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/complaints">{t("common:form.back")}</BackLink>
        <h1 className="govuk-heading-xl">{t("complaints.start.title")}</h1>
        <p className="govuk-body-l">{t("complaints.start.lead")}</p>
        <p className="govuk-body">{t("complaints.start.anyWords")}</p>
        <h2 className="govuk-heading-m">{t("complaints.start.serviceRequest.heading")}</h2>
        <p className="govuk-body">{t("complaints.start.serviceRequest.body")}</p>
        <p className="govuk-body">{t("complaints.start.serviceRequest.unhappy")}</p>
        <h2 className="govuk-heading-m">{t("complaints.start.next.heading")}</h2>
        <ol className="govuk-list govuk-list--number">
          <li>{t("complaints.start.next.acknowledge", { days: stage1.acknowledgeWithin })}</li>
          <li>{t("complaints.start.next.respond", { days: stage1.respondWithin })}</li>
          <li>{t("complaints.start.next.stage2", { acknowledge: stage2.acknowledgeWithin, respond: stage2.respondWithin })}</li>
          <li>{t("complaints.start.next.ombudsman")}</li>
        </ol>
        <p className="govuk-body">{t("complaints.start.extension", { stage1: stage1.maxExtension, stage2: stage2.maxExtension })}</p>
        <h2 className="govuk-heading-m">{t("complaints.start.before.heading")}</h2>
        <p className="govuk-body">{t("complaints.start.before.intro")}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("complaints.start.before.what")}</li>
          <li>{t("complaints.start.before.putRight")}</li>
          <li>{t("complaints.start.before.evidence")}</li>
        </ul>
        <p className="govuk-body">{t("complaints.start.before.saved")}</p>
        <Button href={questionPath("about")} isStartButton>
          {t("complaints.start.button")}
        </Button>
      </div>
    </div>
  );
}
