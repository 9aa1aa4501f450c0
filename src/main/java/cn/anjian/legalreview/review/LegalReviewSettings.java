package cn.anjian.legalreview.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.anjian.legalreview.Measure;
import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/**
 * LR-02/LR-03/LR-14: the categories and thresholds of art. 6 are settings (art. 6 last paragraph: they are
 * adjusted when laws change): one yes/no per category of {@link Measure}, the two fine thresholds
 * (inclusive) and the LR-14 limit for the internal legal unit.
 */
@Component
public class LegalReviewSettings implements DeclaredSettings {

    static final String REGULATION = "《安全生产重大行政执法决定法制审核制度》";

    public static final Setting<BigDecimal> FINE_CITIZEN = Setting.decimal("legalreview.fine-threshold-citizen",
            "重大行政处罚：对公民罚款（或没收价值）不低于", "LR-02", REGULATION, "第六条（二）3", "元",
            new BigDecimal("10000"), BigDecimal.ZERO, new BigDecimal("100000000"));

    public static final Setting<BigDecimal> FINE_ORGANIZATION = Setting.decimal("legalreview.fine-threshold-organization",
            "重大行政处罚：对法人或者其他组织罚款（或没收价值）不低于", "LR-02", REGULATION, "第六条（二）3", "元",
            new BigDecimal("50000"), BigDecimal.ZERO, new BigDecimal("100000000"));

    public static final Setting<BigDecimal> ENTRUSTED_INTERNAL_LIMIT = Setting.decimal("legalreview.entrusted-internal-limit",
            "受委托执法机构对组织罚款由局内设法制机构审核的上限（含）", "LR-14", REGULATION, "第七条第二款", "元",
            new BigDecimal("100000"), BigDecimal.ZERO, new BigDecimal("100000000"));

    /** LR-05 (art. 8 last paragraph: "在指定时间内补交"): the time given to supplement an incomplete submission. */
    public static final Setting<Integer> SUPPLEMENT_DAYS = Setting.integer("legalreview.supplement-working-days",
            "送审材料不齐全时补交材料的期限", "LR-05", REGULATION, "第八条", "个工作日", 5, 1, 30);

    /** LR-04 (art. 5): the time within which a required supplementary review of an emergency measure is submitted. */
    public static final Setting<Integer> SUPPLEMENTARY_REVIEW_DAYS = Setting.integer("legalreview.supplementary-review-working-days",
            "紧急强制措施须补办法制审核时的提交期限", "LR-04", REGULATION, "第五条", "个工作日", 10, 1, 60);

    /** One flag per category: whether it makes a decision major (all on, art. 6). */
    public static final Map<Measure, Setting<Boolean>> CATEGORIES = categories();

    private static Map<Measure, Setting<Boolean>> categories() {
        Map<Measure, Setting<Boolean>> m = new EnumMap<>(Measure.class);
        for (Measure x : Measure.values()) {
            m.put(x, Setting.flag("legalreview.major-" + x.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "重大执法决定情形：" + x.label(), "LR-02", REGULATION, "第六条" + x.item(), true));
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String moduleName() {
        return "重大执法决定法制审核";
    }

    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(List.of(FINE_CITIZEN, FINE_ORGANIZATION, ENTRUSTED_INTERNAL_LIMIT, SUPPLEMENT_DAYS,
                SUPPLEMENTARY_REVIEW_DAYS));
        all.addAll(CATEGORIES.values());
        return all;
    }
}
