package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;

/** A case as its detail page and the API show it. */
public record CaseView(long id, String caseNumber, String title, CaseKind kind, CaseSource source, String basisTitle,
                       String basisNumber, LocalDate basisDate, String originType, Long originId, Long enterpriseId,
                       String partyName, String partyKind, String place, CaseStage stage, long agencyId,
                       String agencyName, Long unitId, String unitName, String scopePath, Instant openedAt,
                       String openedBy, Instant dueAt, Instant closedAt, Instant archivedAt, Long jointOperationId,
                       int version) {

    public boolean citizen() {
        return "CITIZEN".equals(partyKind);
    }

    public boolean overdue(Instant now) {
        return closedAt == null && dueAt != null && dueAt.isBefore(now);
    }
}
