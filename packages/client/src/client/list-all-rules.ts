import type { RulePage, RuleRecord } from "../rules/types.js";
import type { ClientContext } from "./context.js";

/** Largest page size ListRules accepts, to read everything in the fewest calls. */
export const LIST_ALL_PAGE_SIZE = 100;

/** Largest `PageIndex` ListRules accepts. */
const MAX_PAGE_INDEX = 10_000;

/**
 * Reads every rule, page by page, from a list that other users may change meanwhile.
 * - Rules are deduplicated by `Id`, keeping the latest copy: an insertion shifts rules
 *   onto the next page, where they are read twice.
 * - When `TotalElements` differs from the previous page's, rules may also have shifted
 *   back across the page boundary (a deletion), so the previous page is read once more.
 *   Each page is re-read at most once, so a list that keeps changing still ends.
 * - Reading stops at an empty page, at the last page by the latest `TotalPages`, or, when
 *   the service leaves the counts out, at a short page.
 *
 * NOTE: a change that keeps the total (one rule added and one deleted between two
 * reads) is not detected, and a deletion that shifts more than a page is not repaired.
 */
export async function readAllPages(
  context: ClientContext,
  listPage: (pageIndex: number) => Promise<RulePage>,
): Promise<RuleRecord[]> {
  const rulesById = new Map<string, RuleRecord>();
  const rereadPages = new Set<number>();
  let lastTotal: number | undefined;

  const keep = (page: RulePage) => {
    for (const rule of page.items) {
      rulesById.set(rule.id, rule);
    }
  };

  for (let pageIndex = 1; pageIndex <= MAX_PAGE_INDEX; pageIndex++) {
    const page = await listPage(pageIndex);
    keep(page);

    const total = page.totalElements;
    const changed = lastTotal !== undefined && total !== undefined && total !== lastTotal;
    if (changed && pageIndex > 1 && !rereadPages.has(pageIndex - 1)) {
      context.log("info", "log.listChanged", {
        before: lastTotal ?? "-",
        after: total ?? "-",
        page: pageIndex - 1,
      });
      rereadPages.add(pageIndex - 1);
      keep(await listPage(pageIndex - 1));
    }
    lastTotal = total ?? lastTotal;

    if (page.items.length === 0) {
      break;
    }
    if (
      page.totalPages !== undefined
        ? pageIndex >= page.totalPages
        : page.items.length < page.pageSize
    ) {
      break;
    }
  }

  return [...rulesById.values()];
}
