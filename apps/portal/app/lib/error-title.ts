import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * With JavaScript the failed form comes back without a new page load, so put
 * the translated "Error:" in front of the title here (the server does it
 * without JavaScript), and take it off again once the errors are gone.
 */
export function useErrorTitle(hasErrors: boolean) {
  const { t } = useTranslation("common");
  const prefix = `${t("ui.errorPrefix")} `;
  useEffect(() => {
    if (!hasErrors) return;
    if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [hasErrors, prefix]);
}
