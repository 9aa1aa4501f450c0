package cn.anjian.enforcement.cases;

import java.time.Instant;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;

/** A line of the case list; a citizen party's name is masked unless the viewer may see personal data. */
public record CaseRow(long id, String caseNumber, String title, CaseKind kind, CaseStage stage, CaseSource source,
                      String partyName, String unitName, Instant openedAt, Instant dueAt, boolean overdue) {
}
