import { useTranslation } from "react-i18next";
import { STARS_DESCRIPTORS, STARS_GROUPS, STARS_GROUP_IDS, STARS_LEVELS, type StarsCriterion } from "@hearth/domain/reviews";
import { Checkboxes, ErrorMessage, Fieldset, Radios, TextInput, Textarea } from "@hearth/ui";

type Value = (name: string) => string | undefined;
type Values = (name: string) => string[] | undefined;
type FieldError = (name: string) => string | undefined;

/** Rows offered without JavaScript; rows left empty are ignored. */
export const PARTICIPANT_ROWS = 6;

/**
 * Who took part: a fieldset per person with their name, role and two ticks.
 * The whole-group message ("someone from outside the team") sits above the
 * rows, at the `participants` anchor the error summary links to.
 */
export function ParticipantFields({ value, values, error }: { value: Value; values: Values; error: FieldError }) {
  const { t } = useTranslation("programme");
  const groupError = error("participants");
  return (
    <div className={groupError ? "govuk-form-group govuk-form-group--error" : "govuk-form-group"} id="participants" tabIndex={-1}>
      <h2 className="govuk-heading-m">{t("stars.form.participants")}</h2>
      <p className="govuk-hint" id="participants-hint">
        {t("stars.form.participantsHint")}
      </p>
      {groupError && <ErrorMessage id="participants-error">{groupError}</ErrorMessage>}
      {Array.from({ length: PARTICIPANT_ROWS }, (_, i) => {
        const base = `participants.${i}`;
        return (
          <Fieldset key={base} legend={t("stars.form.person", { n: i + 1 })} legendSize="s" className="govuk-!-margin-bottom-6">
            <TextInput id={`${base}.name`} name={`${base}.name`} label={t("stars.form.name")} autoComplete="off" defaultValue={value(`${base}.name`)} error={error(`${base}.name`)} />
            <TextInput id={`${base}.role`} name={`${base}.role`} label={t("stars.form.role")} hint={i === 0 ? t("stars.form.roleHint") : undefined} defaultValue={value(`${base}.role`)} error={error(`${base}.role`)} />
            <Checkboxes
              name={`${base}.flags`}
              idPrefix={`participants-${i}-flags`}
              legend={t("stars.form.about", { n: i + 1 })}
              small
              items={[
                { value: "outside", label: t("stars.form.outside") },
                { value: "resident", label: t("stars.form.resident") },
              ]}
              defaultValues={values(`${base}.flags`) ?? []}
            />
          </Fieldset>
        );
      })}
    </div>
  );
}

/** One criterion: 0–3 stars, each level with its descriptor, and a note. */
function CriterionField({ criterion, value, error }: { criterion: StarsCriterion; value: Value; error: FieldError }) {
  const { t } = useTranslation("programme");
  const name = `ratings.${criterion}`;
  return (
    <div className="hearth-report-section">
      <Radios
        name={name}
        legend={t(`stars.criterion.${criterion}.name`)}
        legendSize="s"
        hint={t(`stars.criterion.${criterion}.about`)}
        items={STARS_LEVELS.map((level) => ({ value: String(level), label: t(`stars.level.${level}`), hint: t(STARS_DESCRIPTORS[criterion][level]) }))}
        defaultValue={value(name)}
        error={error(name)}
      />
      <Textarea id={`notes.${criterion}`} name={`notes.${criterion}`} rows={2} label={t("stars.form.note", { criterion: t(`stars.criterion.${criterion}.name`) })} defaultValue={value(`notes.${criterion}`)} error={error(`notes.${criterion}`)} />
    </div>
  );
}

/** The ten criteria under their three groups, in the appendix's order. */
export function CriteriaFields({ value, error }: { value: Value; error: FieldError }) {
  const { t } = useTranslation("programme");
  return (
    <>
      {STARS_GROUP_IDS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 className="govuk-heading-m" id={`group-${group}`}>
            {t(`stars.group.${group}`)}
          </h2>
          <p className="govuk-body">{t(`stars.groupAbout.${group}`)}</p>
          {(STARS_GROUPS[group] as readonly StarsCriterion[]).map((criterion) => (
            <CriterionField key={criterion} criterion={criterion} value={value} error={error} />
          ))}
        </section>
      ))}
    </>
  );
}
