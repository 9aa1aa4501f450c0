package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CASE-17: the legal basis of the item a case rests on, for its documents (the cases module fills the 依据 of a
 * document with it when the officer typed none). Reads the database only, so the case services can use it freely.
 */
@Component
@RequiredArgsConstructor
public class CaseItemBasis {

    private final JdbcClient jdbc;

    /** 《中华人民共和国安全生产法》第一百零二条：生产经营单位未采取措施消除事故隐患的，…… — or empty when no item was chosen. */
    public Optional<String> basisOf(long caseId) {
        return jdbc.sql("""
                        SELECT i.law_name || i.article || '：' || i.basis_text FROM enf_case_item c JOIN enf_item i ON i.id = c.item_id
                        WHERE c.case_id = :c""")
                .param("c", caseId).query(String.class).optional();
    }

    /** The item's name and code (对……的处罚（AQ-CF-102）), or empty. */
    public Optional<String> itemOf(long caseId) {
        return jdbc.sql("""
                        SELECT i.name || '（' || i.code || '）' FROM enf_case_item c JOIN enf_item i ON i.id = c.item_id
                        WHERE c.case_id = :c""")
                .param("c", caseId).query(String.class).optional();
    }

    /**
     * CASE-17: the suggested fine range of the case's chosen circumstance and the reason recorded with the choice, or
     * empty when no item or no benchmark was chosen. The decision form shows it; the decision document states it.
     */
    public Optional<SuggestedFine> suggestedFine(long caseId) {
        return jdbc.sql("""
                        SELECT circumstance, min_yuan, max_yuan, deviation_reason FROM enf_case_item
                        WHERE case_id = :c AND circumstance IS NOT NULL""")
                .param("c", caseId)
                .query((rs, n) -> new SuggestedFine(Circumstance.valueOf(rs.getString("circumstance")),
                        rs.getBigDecimal("min_yuan"), rs.getBigDecimal("max_yuan"), rs.getString("deviation_reason")))
                .optional();
    }

    /** The suggested range of a circumstance (both ends included) and the reason recorded with the choice, if any. */
    public record SuggestedFine(Circumstance circumstance, BigDecimal minYuan, BigDecimal maxYuan, String recordedReason) {

        /** 5,000–20,000 元 */
        public String rangeText() {
            return new Discretion.Range(minYuan, maxYuan).text();
        }

        public boolean outside(BigDecimal fine) {
            return Discretion.outside(new Discretion.Range(minYuan, maxYuan), fine);
        }

        /**
         * What the decision document says about discretion for {@code fine}: the circumstance and its range, and when
         * the fine lies outside it the reason ({@code reason} from the decision form, else the one recorded earlier).
         */
        public String documentText(BigDecimal fine, String reason) {
            String r = reason != null && !reason.isBlank() ? reason.strip() : recordedReason;
            String s = "依据裁量基准，本案违法情节为“" + circumstance.label() + "”，建议罚款幅度为 " + rangeText();
            return outside(fine) && r != null && !r.isBlank() ? s + "；罚款超出建议幅度的理由：" + r : s;
        }
    }
}
