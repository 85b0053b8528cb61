// The words of each complaint notice, in the resident's language. Pure: the
// handler gathers the facts, this only turns them into a subject and body.
import type { ComplaintStage, RefusalReason } from "@hearth/domain/complaints";
import type { Locale } from "@hearth/domain/identity";
import { formatDate, serverT } from "@hearth/i18n";
import type { ComplaintNotice } from "../enqueue.js";

export interface ComplaintNoticeFacts {
  notice: ComplaintNotice;
  reference: string;
  /** The stage the notice is about. */
  stage: ComplaintStage;
  /** The date the notice promises (acknowledge by, respond by), when it promises one. */
  dueOn: string | null;
  extensionReason: string | null;
  responseSummary: string | null;
  refusal: { reason: RefusalReason; explanation: string } | null;
  residentName: string;
  landlordName: string;
}

export interface RenderedNotice {
  subject: string;
  /** Paragraphs separated by a blank line; staff-written text is kept as written. */
  body: string;
  /** Added under the body in emails only: the portal copy needs no "sign in to read this". */
  emailFooter: string;
}

export function renderComplaintNotice(locale: Locale, facts: ComplaintNoticeFacts): RenderedNotice {
  const t = serverT(locale, "messages");
  const n = (key: string, params: Record<string, string> = {}) => t(`notice.${facts.notice}.${key}`, { reference: facts.reference, ...params });
  const due = (key: string) => (facts.dueOn ? [n(key, { date: formatDate(locale, facts.dueOn) })] : []);
  const written = (text: string | null | undefined) => (text?.trim() ? [text.trim()] : []);
  const ombudsman = t("notice.ombudsmanContact");
  const stage = `stage${facts.stage}`;

  const paragraphs: Record<ComplaintNotice, string[]> = {
    received: [n("body"), ...due("acknowledgeBy")],
    acknowledged: [n(stage), ...due("respondBy")],
    // The Code: an extension comes with its reason and the Ombudsman's details.
    extended: [n(stage), ...due("newDate"), ...(facts.extensionReason?.trim() ? [n("reason", { reason: facts.extensionReason.trim() })] : []), n("ombudsman"), ombudsman],
    responded: [
      n(stage),
      ...written(facts.responseSummary),
      n("details"),
      ...(facts.stage === 1 ? [n("escalate")] : [n("ombudsman"), ombudsman]),
    ],
    escalated: [n("body"), ...due("acknowledgeBy")],
    closed: [n("body")],
    withdrawn: [n("body"), n("again")],
    refused: [
      n("body"),
      ...(facts.refusal ? [n("reason", { reason: serverT(locale, "complaints")(`refusalReason.${facts.refusal.reason}`) }), ...written(facts.refusal.explanation)] : []),
      n("ombudsman"),
      ombudsman,
    ],
  };

  const body = [t("notice.greeting", { name: facts.residentName }), ...paragraphs[facts.notice], t("notice.signOff", { landlord: facts.landlordName })];
  return { subject: n("subject"), body: body.join("\n\n"), emailFooter: t("notice.emailFooter") };
}
