import { useTranslation } from "react-i18next";
import { Tag, type TagColour } from "@hearth/ui";

const COLOURS: Record<string, TagColour> = {
  nominated: "grey",
  eligible: "light-blue",
  ineligible: "red",
  shortlisted: "green",
  not_shortlisted: "orange",
  withdrawn: "grey",
};

export function CandidateStatusTag({ status }: { status: string }) {
  const { t } = useTranslation("elections");
  return <Tag colour={COLOURS[status] ?? "grey"}>{t(`candidateStatus.${status}`)}</Tag>;
}
