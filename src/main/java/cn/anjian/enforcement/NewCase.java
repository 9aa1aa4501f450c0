package cn.anjian.enforcement;

import java.time.LocalDate;

/**
 * What opening a case takes (CASE-01, CASE-04): kind, source and the basis document of the source
 * (title, number, date — required), the party (an enterprise in scope, or a citizen by name), title,
 * place and optionally the undertaking unit (default: the actor's unit).
 */
public record NewCase(CaseKind kind, CaseSource source, String basisTitle, String basisNumber, LocalDate basisDate,
                      Long enterpriseId, String citizenName, String title, String place, Long unitId) {
}
