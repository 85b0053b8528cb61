import type { ReactNode } from "react";
import { cx } from "../class-names.js";

export type TagColour =
  | "grey"
  | "green"
  | "turquoise"
  | "blue"
  | "light-blue"
  | "purple"
  | "pink"
  | "red"
  | "orange"
  | "yellow";

export interface TagProps {
  children: ReactNode;
  colour?: TagColour;
  className?: string;
}

/** GOV.UK tag for a status, e.g. "Open" or "Closed". */
export function Tag({ children, colour, className }: TagProps) {
  return <strong className={cx("govuk-tag", colour && `govuk-tag--${colour}`, className)}>{children}</strong>;
}
