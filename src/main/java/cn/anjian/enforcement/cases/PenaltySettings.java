package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** CASE-12: the configurable figures of the prior notice, statement and hearing (read on the day of the act). */
@Component
public class PenaltySettings implements DeclaredSettings {

    private static final String LAW = "《中华人民共和国行政处罚法》";

    /** CASE-12: a fine (or confiscation) from this amount gives a citizen hearing rights (较大数额). */
    public static final Setting<BigDecimal> HEARING_FINE_CITIZEN = Setting.decimal("enforcement.hearing-fine-citizen",
            "听证权利：对个人罚款（或没收）数额不低于", "CASE-12", LAW, "第六十三条第一款第（一）项", "元",
            new BigDecimal("10000"), BigDecimal.ONE, new BigDecimal("100000000"));

    /** CASE-12: the same for a legal person or other organisation. */
    public static final Setting<BigDecimal> HEARING_FINE_ORGANISATION = Setting.decimal(
            "enforcement.hearing-fine-organisation", "听证权利：对单位罚款（或没收）数额不低于", "CASE-12", LAW,
            "第六十三条第一款第（一）项", "元", new BigDecimal("100000"), BigDecimal.ONE, new BigDecimal("100000000"));

    /** CASE-12: the statement period after the notice is served, in working days. */
    public static final Setting<Integer> STATEMENT_WORKING_DAYS = Setting.integer("enforcement.statement-working-days",
            "陈述、申辩期限（自告知书送达之日起）", "CASE-12", LAW, "第四十四条、第四十五条、第八十五条", "个工作日", 5, 1, 30);

    @Override
    public String moduleName() {
        return "执法办案：处罚告知与听证";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(HEARING_FINE_CITIZEN, HEARING_FINE_ORGANISATION, STATEMENT_WORKING_DAYS);
    }
}
