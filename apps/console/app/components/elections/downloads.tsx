import { useTranslation } from "react-i18next";
import { electionPath } from "../../lib/election-paths";

/** The anonymised ballots and the verification bundle, with the fingerprints a recount is checked against. */
export function Downloads({ reference, chainHead, bltSha256 }: { reference: string; chainHead: string; bltSha256: string }) {
  const { t } = useTranslation("counting");
  return (
    <section aria-labelledby="downloads-heading">
      <h2 className="govuk-heading-m" id="downloads-heading">
        {t("downloads.heading")}
      </h2>
      <p className="govuk-body">{t("downloads.intro")}</p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={electionPath(reference, "ballots.blt")} download>
            {t("downloads.blt")}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={electionPath(reference, "verification")} download>
            {t("downloads.bundle")}
          </a>
        </li>
      </ul>
      <p className="govuk-body-s">
        {t("downloads.bltSha256")} <code className="govuk-!-font-size-14 govuk-!-text-break-word">{bltSha256}</code>
      </p>
      <p className="govuk-body-s">
        {t("downloads.chainHead")} <code className="govuk-!-font-size-14 govuk-!-text-break-word">{chainHead}</code>
      </p>
    </section>
  );
}
