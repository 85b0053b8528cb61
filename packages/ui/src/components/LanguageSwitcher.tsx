import { cx } from "../class-names.js";

export interface LanguageOption {
  /** BCP 47 code posted as `lang`, e.g. "cy", "ur". */
  code: string;
  /** The language's name in that language, e.g. "Cymraeg", "اردو". */
  nativeName: string;
  current: boolean;
  /** Writing direction of the native name; defaults to "auto". */
  dir?: "ltr" | "rtl";
}

export interface LanguageSwitcherProps {
  /** Accessible name of the `<nav>` landmark, e.g. a translated "Choose a language". */
  label: string;
  /** URL the form posts to (the app's language-setting action). */
  action: string;
  csrfToken: string;
  csrfFieldName?: string;
  /** Path to return to after the language is saved (so the user keeps their page). */
  returnTo: string;
  languages: LanguageOption[];
  /** White text for use on the dark header background. */
  inverse?: boolean;
  className?: string;
}

/**
 * A compact row of languages (like HMRC's language toggle) that works without
 * JavaScript: a POST form with one submit button per other language. The current
 * language is plain text marked aria-current. Each name carries its own `lang`.
 */
export function LanguageSwitcher({
  label,
  action,
  csrfToken,
  csrfFieldName = "csrf",
  returnTo,
  languages,
  inverse = false,
  className,
}: LanguageSwitcherProps) {
  return (
    <nav
      className={cx("hearth-language-switcher", inverse && "hearth-language-switcher--inverse", className)}
      aria-label={label}
    >
      <form method="post" action={action} className="hearth-language-switcher__form">
        <input type="hidden" name={csrfFieldName} value={csrfToken} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <ul className="hearth-language-switcher__list">
          {languages.map((language) => (
            <li key={language.code} className="hearth-language-switcher__item">
              {language.current ? (
                <span
                  className="hearth-language-switcher__current"
                  lang={language.code}
                  dir={language.dir ?? "auto"}
                  aria-current="true"
                >
                  {language.nativeName}
                </span>
              ) : (
                <button
                  type="submit"
                  className="hearth-language-switcher__button"
                  name="lang"
                  value={language.code}
                  lang={language.code}
                  dir={language.dir ?? "auto"}
                >
                  {language.nativeName}
                </button>
              )}
            </li>
          ))}
        </ul>
      </form>
    </nav>
  );
}
