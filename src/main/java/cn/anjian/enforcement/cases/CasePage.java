package cn.anjian.enforcement.cases;

import java.util.List;

/** One keyset page of cases: cursors for the next and the previous page (null when there is none). */
public record CasePage(List<CaseRow> items, String next, String previous) {
}
