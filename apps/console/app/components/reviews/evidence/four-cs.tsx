// The four Cs page: a sub-navigation of the four (plain links), and each
// question of one C with its answer, the evidence it cites and, for staff
// while the stage allows, a form to answer or change it.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FourC } from "@hearth/domain/reviews";
import { Button, Checkboxes, Details, Tag, Textarea, type TagColour } from "@hearth/ui";
import { CsrfField, type useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../../../root";
import { evidencePath, fourCsPath, questionAnchor } from "../../../lib/evidence-paths";
import type { FourCsView } from "../../../lib/four-cs.server";

type Messages = ReturnType<typeof useFormMessages>;
type Question = FourCsView["topics"][number]["questions"][number];

const STATUS_COLOURS: Record<FourCsView["progress"][number]["status"], TagColour> = { "not-started": "grey", "in-progress": "light-blue", completed: "green" };

export function FourCsNav({ reference, current, progress }: { reference: string; current: FourC; progress: FourCsView["progress"] }) {
  const { t } = useTranslation("evidence");
  return (
    <nav className="hearth-subnav" aria-label={t("fourCs.nav")}>
      <ul className="hearth-subnav__list">
        {progress.map((p) => (
          <li key={p.c} className="hearth-subnav__item">
            <Link className="govuk-link hearth-subnav__link" to={fourCsPath(reference, p.c)} aria-current={p.c === current ? "page" : undefined}>
              {t("fourCs.navItem", { c: t(`reviews:fourC.${p.c}`), answered: p.answered, total: p.total })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ProgressLine({ progress }: { progress: FourCsView["progress"][number] }) {
  const { t } = useTranslation("evidence");
  return (
    <p className="govuk-body">
      <Tag colour={STATUS_COLOURS[progress.status]}>{t(`fourCs.status.${progress.status}`)}</Tag> {t("fourCs.progress", { answered: progress.answered, total: progress.total })}
    </p>
  );
}

interface QuestionProps {
  reference: string;
  c: FourC;
  question: Question;
  version: number;
  canEdit: boolean;
  evidence: FourCsView["evidence"];
  /** The answer's length limit, in the page's digits. */
  answerMax: string;
  /** Open the form: it came back with errors, or the URL asked for this question. */
  open: boolean;
  messages: Messages | null;
}

export function QuestionBlock({ reference, c, question, version, canEdit, evidence, answerMax, open, messages }: QuestionProps) {
  const { t } = useTranslation("evidence");
  const { csrfToken } = useRootData();
  const anchor = questionAnchor(question.id);
  const text = t(`fourCs.question.${question.id}`);
  const answer = question.answer;
  const echoed = messages?.values("evidenceIds");
  return (
    <div className="hearth-question" id={anchor}>
      <h3 className="govuk-heading-s">
        <span className="govuk-caption-m govuk-!-font-size-16">{t("fourCs.questionNumber", { number: question.number })}</span>
        {text}
      </h3>
      {answer ? (
        <>
          <p className="govuk-body hearth-question__answer">{answer.text}</p>
          <p className="govuk-body-s hearth-secondary-text hearth-question__meta">
            {t("fourCs.updated", { date: answer.updated.text, name: answer.updatedBy })}
          </p>
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{t("fourCs.cites")}</h4>
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {answer.evidence.map((e) => (
              <li key={e.id}>{e.label}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body hearth-secondary-text">{t("fourCs.notAnswered")}</p>
      )}
      {canEdit && (
        <Details summary={t(answer ? "fourCs.change" : "fourCs.write", { number: question.number })} open={open} id={`${anchor}-form`}>
          {evidence.length === 0 ? (
            <p className="govuk-body">
              {t("fourCs.noEvidence")}{" "}
              <Link className="govuk-link" to={evidencePath(reference)}>
                {t("fourCs.addEvidence")}
              </Link>
            </p>
          ) : (
            <Form method="post" action={`${fourCsPath(reference, c)}?question=${encodeURIComponent(question.id)}`} noValidate>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="intent" value="save" />
              <input type="hidden" name="question" value={question.id} />
              <input type="hidden" name="version" value={version} />
              <Textarea
                id={`answer-${anchor}`}
                name="answer"
                label={t("fourCs.answer")}
                labelSize="s"
                hint={t("fourCs.answerHint", { max: answerMax })}
                rows={5}
                defaultValue={messages?.value("answer") ?? answer?.text}
                error={messages?.field(`answer-${anchor}`)}
              />
              <Checkboxes
                name="evidenceIds"
                idPrefix={`evidence-${anchor}`}
                legend={t("fourCs.evidence")}
                legendSize="s"
                hint={t("fourCs.evidenceHint")}
                small
                error={messages?.field(`evidence-${anchor}`)}
                defaultValues={echoed ?? answer?.evidence.map((e) => e.id) ?? []}
                items={evidence.map((e) => ({ value: e.id, label: e.label }))}
              />
              <Button preventDoubleClick>{t("fourCs.save")}</Button>
            </Form>
          )}
          {answer && (
            <Form method="post" action={`${fourCsPath(reference, c)}?question=${encodeURIComponent(question.id)}`} className="hearth-inline-form">
              <CsrfField token={csrfToken} />
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="question" value={question.id} />
              <input type="hidden" name="version" value={version} />
              <Button variant="warning" id={`remove-${anchor}`}>
                {t("fourCs.remove")}
                <span className="govuk-visually-hidden"> {t("fourCs.removeHidden", { number: question.number })}</span>
              </Button>
            </Form>
          )}
        </Details>
      )}
    </div>
  );
}
