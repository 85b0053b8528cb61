// The four Cs page's data: one C's questions with their answers, every date
// and count in the page's language, and evidence named as the log names it.
import { load, type RequestScope } from "@hearth/api/server";
import { ANSWER_MAX, FOUR_CS, type FourC } from "@hearth/domain/reviews";
import { formatDate } from "@hearth/i18n";
import { count } from "./evidence.server";
import { evidenceTitle } from "./evidence-log.server";
import { fourCOf } from "./evidence-paths";
import type { ReviewScope } from "./review-page.server";

type Scope = Pick<RequestScope, "locale" | "caller"> & { t: ReviewScope["t"] };

/** The C named in the URL, or a 404 for anything else. */
export function requireFourC(value: string | undefined): FourC {
  const c = fourCOf(value);
  if (!c) throw new Response("Not found", { status: 404 });
  return c;
}

export async function fourCsView(scope: Scope, reference: string, c: FourC) {
  const bank = await load(() => scope.caller.fourCs.bank({ reference, c }));
  const n = (value: number) => count(scope.locale, value);
  // "Note: Walkabout notes"; figures already say what they are.
  const label = (e: { kind: string; title: string; snapshot: Record<string, unknown> | null; complaint: string | null }) =>
    e.kind === "insight" ? evidenceTitle(scope, e) : `${scope.t("evidence")(`kind.${e.kind}`)}: ${evidenceTitle(scope, e)}`;
  return {
    canEdit: bank.canEdit,
    answerMax: count(scope.locale, ANSWER_MAX),
    progress: FOUR_CS.map((each) => ({ c: each, answered: n(bank.progress[each].answered), total: n(bank.progress[each].total), status: bank.progress[each].status })),
    evidence: bank.evidence.map((e) => ({ id: e.id, label: label(e) })),
    topics: bank.topics.map((topic) => ({
      id: topic.id,
      questions: topic.questions.map((q) => ({
        id: q.id,
        number: n(q.number),
        answer: q.answer
          ? {
              text: q.answer.text,
              updated: { iso: q.answer.updatedAt, text: formatDate(scope.locale, q.answer.updatedAt, { day: "numeric", month: "long", year: "numeric" }) },
              updatedBy: q.answer.updatedBy,
              evidence: q.answer.evidence.map((e) => ({ id: e.id, label: label(e) })),
            }
          : null,
      })),
    })),
  };
}

export type FourCsView = Awaited<ReturnType<typeof fourCsView>>;

