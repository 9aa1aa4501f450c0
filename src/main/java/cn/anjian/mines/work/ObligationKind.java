package cn.anjian.mines.work;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-01..MW-03: what a mine owes per ISO week and per calendar month (one calendar deadline each). */
@Getter
@RequiredArgsConstructor
public enum ObligationKind {
    REMOTE_WEEK("每周远程监管"),
    ONSITE_WEEK("每周现场检查"),
    SITES_MONTH("作业场所和系统月度全覆盖");

    private final String label;

    /** The rule a deadline of this kind is opened under: remote supervision MW-01; coal MW-02, non-coal MW-03. */
    String ruleId(KindGroup group) {
        return this == REMOTE_WEEK ? "MW-01" : group == KindGroup.COAL ? "MW-02" : "MW-03";
    }

    String title(KindGroup group, String mine, String period) {
        String what = this == ONSITE_WEEK && group == KindGroup.COAL ? "监管组每周巡回检查" : label;
        return what + "：" + mine + "（" + period + "）";
    }
}
