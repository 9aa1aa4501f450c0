package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.util.List;

/**
 * CASE-12: how heavy the kinds of penalty of 行政处罚法第九条 are, for "not heavier than notified" (第四十五条第二款) and
 * for the hearing rights of 第六十三条. Measures are free text as printed on the documents; a measure is ranked by the
 * words it contains.
 */
final class PenaltySeverity {

    /** Ranks: 0 fine only, 1 警告/通报批评, 2 没收, 3 暂扣/降低资质, 4 停产停业/关闭/限制, 5 吊销/撤销, 6 行政拘留. */
    static final int HEARING_RANK = 3;

    private PenaltySeverity() {
    }

    static int rank(String measure) {
        String t = measure == null ? "" : measure;
        if (t.contains("拘留")) {
            return 6;
        }
        if (t.contains("吊销") || t.contains("撤销")) {
            return 5;
        }
        if (t.contains("停产") || t.contains("停业") || t.contains("关闭") || t.contains("限制从业") || t.contains("限制开展")) {
            return 4;
        }
        if (t.contains("暂扣") || t.contains("降低资质")) {
            return 3;
        }
        if (t.contains("没收")) {
            return 2;
        }
        return t.isBlank() ? 0 : 1;
    }

    static int rank(List<String> measures) {
        return measures == null ? 0 : measures.stream().mapToInt(PenaltySeverity::rank).max().orElse(0);
    }

    /** 第六十三条: large fine or confiscation (threshold by party), or a measure from 降低资质 / 暂扣 upwards. */
    static boolean hearingRights(BigDecimal fine, BigDecimal confiscation, List<String> measures, BigDecimal threshold) {
        return atLeast(fine, threshold) || atLeast(confiscation, threshold) || rank(measures) >= HEARING_RANK;
    }

    /** An individual (公民, 个体工商户) or an organisation: the thresholds differ. */
    static boolean individual(String partyKind) {
        return partyKind == null || "CITIZEN".equals(partyKind) || "INDIVIDUAL_BUSINESS".equals(partyKind);
    }

    private static boolean atLeast(BigDecimal v, BigDecimal threshold) {
        return v != null && v.compareTo(threshold) >= 0;
    }
}
