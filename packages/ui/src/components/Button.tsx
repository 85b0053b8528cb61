import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";
import { cx } from "../class-names.js";

export type ButtonVariant = "primary" | "secondary" | "warning" | "inverse";

interface ButtonOwnProps {
  children: ReactNode;
  variant?: ButtonVariant;
  type?: "submit" | "button" | "reset";
  name?: string;
  value?: string;
  /** Renders `<a role="button">` styled as a button instead of a `<button>`. */
  href?: string;
  /** Adds `data-prevent-double-click="true"`, honoured by GOV.UK Frontend's JavaScript if loaded. */
  preventDoubleClick?: boolean;
  /** GOV.UK start button (with arrow). */
  isStartButton?: boolean;
  className?: string;
}

export type ButtonProps = ButtonOwnProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, keyof ButtonOwnProps> &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof ButtonOwnProps | keyof ButtonHTMLAttributes<HTMLButtonElement>>;

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** GOV.UK button (or a link styled as one when `href` is given). */
export function Button({
  children,
  variant = "primary",
  type = "submit",
  name,
  value,
  href,
  preventDoubleClick,
  isStartButton = false,
  className,
  ...rest
}: ButtonProps) {
  const classes = cx(
    "govuk-button",
    variant !== "primary" && `govuk-button--${variant}`,
    isStartButton && "govuk-button--start",
    className,
  );
  if (href !== undefined) {
    return (
      <a
        {...(rest as AnchorHTMLAttributes<HTMLAnchorElement>)}
        href={href}
        role="button"
        draggable="false"
        className={classes}
        data-module="govuk-button"
      >
        {children}
        {isStartButton && <StartIcon />}
      </a>
    );
  }
  return (
    <button
      {...(rest as ButtonHTMLAttributes<HTMLButtonElement>)}
      type={type}
      name={name}
      value={value}
      className={classes}
      data-module="govuk-button"
      data-prevent-double-click={preventDoubleClick === undefined ? undefined : String(preventDoubleClick)}
    >
      {children}
      {isStartButton && <StartIcon />}
    </button>
  );
}
