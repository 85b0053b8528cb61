import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { formatDate } from "@hearth/i18n";
import { BackLink } from "@hearth/ui";
import { MultilineText } from "../components/complaints/multiline-text";
import { textIn } from "../components/messages/text-in";
import { residentScope } from "../lib/account.server";
import { complaintPath } from "../lib/complaint-steps";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await residentScope(args);
  // Unknown ids and other residents' messages are both "not found".
  const message = await load(() => scope.caller.messages.get({ id: args.params.id ?? "" }));
  return {
    title: `${message.subject} – ${scope.t("common")("product")}`,
    locale: scope.locale,
    message: { ...message, sent: formatDate(scope.locale, message.sentAt, { dateStyle: "long", timeStyle: "short" }) },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Message() {
  const { t } = useTranslation("messages");
  const { message, locale } = useLoaderData<typeof loader>();
  const written = textIn(message.language, locale);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/messages">{t("view.back")}</BackLink>
        <h1 className="govuk-heading-l" {...written}>
          {message.subject}
        </h1>
        <p className="govuk-body govuk-hint">{t("view.sent", { date: message.sent })}</p>
        <div {...written}>
          <MultilineText text={message.body} />
        </div>
        {message.complaintReference && (
          <p className="govuk-body">
            <a className="govuk-link" href={complaintPath(message.complaintReference)}>
              {t("view.complaint", { reference: message.complaintReference })}
            </a>
          </p>
        )}
        {message.emailedTo && <p className="govuk-body-s">{t("view.emailed", { email: message.emailedTo })}</p>}
      </div>
    </div>
  );
}
