import { useTranslation } from "react-i18next";
import { InsetText, Panel } from "@hearth/ui";
import { electionPaths } from "../../lib/election-paths";

/**
 * "You have voted", with the receipt code and how to check it once results
 * are published. The receipt is shown once; after a reload the page says the
 * vote was recorded but cannot show the code again (it is not stored anywhere
 * that knows who you are).
 */
export function ReceiptConfirmation({ reference, receipt, next }: { reference: string | null; receipt: string | null; next: string }) {
  const { t } = useTranslation("voting");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("done.title")}>
          {receipt && (
            <>
              {t("done.receipt")}
              <br />
              <strong className="hearth-nowrap">
                <bdi>{receipt}</bdi>
              </strong>
            </>
          )}
        </Panel>
        {receipt ? (
          <>
            <p className="govuk-body">{t("done.writeItDown")}</p>
            <h2 className="govuk-heading-m">{t("done.checkHeading")}</h2>
            <p className="govuk-body">{t("done.checkBody")}</p>
            {reference && (
              <p className="govuk-body">
                <a className="govuk-link" href={electionPaths.receipt(reference)}>
                  {t("done.checkLink")}
                </a>
              </p>
            )}
            <InsetText>{t("done.secret")}</InsetText>
          </>
        ) : (
          <p className="govuk-body">{t("done.noReceipt")}</p>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={next}>
            {t("done.next")}
          </a>
        </p>
      </div>
    </div>
  );
}
