import { useTranslation } from "react-i18next";
import { Pagination, type PaginationItem } from "@hearth/ui";

/** Page numbers to show: the first, the last, and the current one with its neighbours; gaps become "⋯". */
export function pageNumbers(current: number, last: number): (number | null)[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous > 1) out.push(n - previous === 2 ? n - 1 : null);
    out.push(n);
  });
  return out;
}

/**
 * GOV.UK pagination for a filtered list. Each link is the current query
 * string with only `page` changed, so filters survive paging (and the URL
 * can be shared).
 */
export function ResultsPagination({ page, total, pageSize, path, search }: { page: number; total: number; pageSize: number; path: string; search: string }) {
  const { t } = useTranslation("common");
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams(search);
    if (n === 1) params.delete("page");
    else params.set("page", String(n));
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };
  const items: PaginationItem[] = pageNumbers(Math.min(page, last), last).map((n) => (n === null ? { ellipsis: true } : { number: n, href: href(n), current: n === page }));
  return (
    <Pagination
      landmarkLabel={t("ui.pagination")}
      previous={page > 1 ? { href: href(Math.min(page - 1, last)) } : undefined}
      next={page < last ? { href: href(page + 1) } : undefined}
      items={items}
    />
  );
}
