import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * With JavaScript, a failed submission re-renders the page without running
 * its loader again, so the "Error:" prefix (see form-errors.server.ts) is
 * added to the title here, and taken off once the errors are gone. The
 * title's text node is edited in place rather than through document.title,
 * which would swap the node React keeps updating on later navigations.
 */
export function useErrorTitle(hasErrors: boolean): void {
  const { t } = useTranslation("common");
  const prefix = `${t("ui.errorPrefix")} `;
  useEffect(() => {
    const node = document.querySelector("head > title")?.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) return;
    const title = node.nodeValue ?? "";
    if (hasErrors && !title.startsWith(prefix)) node.nodeValue = prefix + title;
    if (!hasErrors && title.startsWith(prefix)) node.nodeValue = title.slice(prefix.length);
  }, [hasErrors, prefix]);
}

/** The page title with the prefix when the page shows errors (for loaders). */
export function errorTitle(title: string, prefix: string, hasErrors: boolean): string {
  return hasErrors ? `${prefix} ${title}` : title;
}
