package cn.anjian.enforcement;

import java.time.LocalDate;

/**
 * What opening a case takes (CASE-01, CASE-04): kind, source and the basis document of the source
 * (title, number, date — required), the party (an enterprise in scope, or a citizen by name), title,
 * place and optionally the undertaking unit (default: the actor's unit). A penalty case also carries the
 * {@link ViolationFacts} its limitation is checked against (CASE-11); other kinds leave it null.
 */
public record NewCase(CaseKind kind, CaseSource source, String basisTitle, String basisNumber, LocalDate basisDate,
                      Long enterpriseId, String citizenName, String title, String place, Long unitId,
                      ViolationFacts violation) {

    /** Without violation facts (every kind but PENALTY: a penalty case without them is refused, CASE-11). */
    public NewCase(CaseKind kind, CaseSource source, String basisTitle, String basisNumber, LocalDate basisDate,
                   Long enterpriseId, String citizenName, String title, String place, Long unitId) {
        this(kind, source, basisTitle, basisNumber, basisDate, enterpriseId, citizenName, title, place, unitId, null);
    }

    /** The same case with its violation facts. */
    public NewCase withViolation(ViolationFacts facts) {
        return new NewCase(kind, source, basisTitle, basisNumber, basisDate, enterpriseId, citizenName, title, place,
                unitId, facts);
    }
}
