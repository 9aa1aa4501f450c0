package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

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
}
