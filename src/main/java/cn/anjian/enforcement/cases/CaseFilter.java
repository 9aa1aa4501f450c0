package cn.anjian.enforcement.cases;

import java.time.LocalDate;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;

/**
 * Filters of the case list; null means any. {@code party} matches a part of the party's name; {@code mineOnly} ("我的案件")
 * keeps the cases whose current team includes the person linked to the actor's account (personnel's
 * {@code PersonAccounts}; none when the account is not linked).
 */
public record CaseFilter(CaseKind kind, CaseStage stage, CaseSource source, Long unitId, String party,
                         LocalDate openedFrom, LocalDate openedTo, boolean overdueOnly, boolean mineOnly) {

    public CaseFilter(CaseKind kind, CaseStage stage, CaseSource source, Long unitId, String party,
                      LocalDate openedFrom, LocalDate openedTo, boolean overdueOnly) {
        this(kind, stage, source, unitId, party, openedFrom, openedTo, overdueOnly, false);
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, false);
    }

    /** The actor's own cases ("我的案件"), in {@code stage} or any. */
    public static CaseFilter mine(CaseStage stage) {
        return new CaseFilter(null, stage, null, null, null, null, null, false, true);
    }
}
