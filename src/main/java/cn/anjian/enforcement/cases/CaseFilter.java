package cn.anjian.enforcement.cases;

import java.time.LocalDate;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;

/** Filters of the case list; null means any. {@code party} matches a part of the party's name. */
public record CaseFilter(CaseKind kind, CaseStage stage, CaseSource source, Long unitId, String party,
                         LocalDate openedFrom, LocalDate openedTo, boolean overdueOnly) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, false);
    }
}
