package cn.anjian.legalreview.review;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;

/**
 * Parses what a user typed (the what-if form, the API) into a {@link ClassifyInput}: unknown codes, negative,
 * non-numeric, too precise or absurd amounts are refused as bad input (400) with a Chinese message naming the field.
 */
public final class ClassifyRequests {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    static final int MAX_MEASURES = 30;

    private ClassifyRequests() {
    }

    public static ClassifyInput parse(String caseKind, String partyKind, String fineYuan, String confiscationYuan,
                                      List<String> measures) {
        Measure.Kind kind = Params.requiredChoice("LR-CLASSIFY-INPUT", Measure.Kind.class, "决定类别", caseKind,
                Measure.Kind::label);
        PartyKind party = Params.requiredChoice("LR-CLASSIFY-INPUT", PartyKind.class, "当事人类别", partyKind,
                PartyKind::label);
        return new ClassifyInput(kind, party, amount("罚款金额", fineYuan), amount("没收违法所得或非法财物价值", confiscationYuan),
                measures(measures));
    }

    /** An amount in yuan: blank = none; a number ≥ 0 with at most two decimals, at most 1 亿. */
    public static BigDecimal amount(String label, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(raw.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("LR-CLASSIFY-AMOUNT", label + "“" + Params.abbreviate(raw) + "”不是有效金额，请填写数字（元）");
        }
        if (v.signum() < 0) {
            throw BusinessException.badInput("LR-CLASSIFY-AMOUNT", label + "不能为负数");
        }
        if (v.compareTo(MAX_AMOUNT) > 0) {
            throw BusinessException.badInput("LR-CLASSIFY-AMOUNT", label + "不能超过 1 亿元，请核对金额");
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw BusinessException.badInput("LR-CLASSIFY-AMOUNT", label + "最多保留两位小数（精确到分）");
        }
        return v;
    }

    public static Set<Measure> measures(List<String> codes) {
        Set<Measure> out = EnumSet.noneOf(Measure.class);
        if (codes == null) {
            return out;
        }
        if (codes.size() > MAX_MEASURES) {
            throw BusinessException.badInput("LR-CLASSIFY-MEASURE", "处理措施不能超过 " + MAX_MEASURES + " 项");
        }
        for (String c : codes) {
            if (c == null || c.isBlank()) {
                continue;
            }
            try {
                out.add(Measure.valueOf(c.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw BusinessException.badInput("LR-CLASSIFY-MEASURE", "未知的措施代码“" + Params.abbreviate(c)
                        + "”，可选：" + String.join("、", java.util.Arrays.stream(Measure.values()).map(Enum::name).toList()));
            }
        }
        return out;
    }
}
