package cn.anjian.enforcement.cases;

import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.enforcement.Cases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseDemoDataTests {

    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;

    List<String> distinct(String column) {
        return jdbc.sql("SELECT DISTINCT " + column + " FROM enf_case WHERE title IN (:t)").param("t", CaseDemoData.TITLES)
                .query(String.class).list();
    }

    @Test
    @DisplayName("CASE-01 CASE-03 CASE-04 the demo cases cover every kind, source and stage, with teams, served documents, a penalty and a transfer")
    void demo() {
        for (String t : CaseDemoData.TITLES) {
            assertThat(cases.findByTitle(t)).as(t).isPresent();
        }
        assertThat(distinct("kind")).containsExactlyInAnyOrder("INSPECTION", "PENALTY", "COERCIVE", "LICENCE");
        assertThat(distinct("source")).containsExactlyInAnyOrder("ANNUAL_PLAN", "SPECIAL_CAMPAIGN", "COMPLAINT", "ASSIGNMENT", "RANDOM_DRAW");
        assertThat(distinct("stage")).containsExactlyInAnyOrder("INITIATION", "INVESTIGATION", "DECISION", "SERVICE", "EXECUTION",
                "CLOSURE", "ARCHIVED");
        long served = jdbc.sql("SELECT count(*) FROM enf_case_document d JOIN enf_case c ON c.id = d.case_id WHERE d.served_at IS NOT NULL AND c.title IN (:t)")
                .param("t", CaseDemoData.TITLES).query(Long.class).single();
        assertThat(served).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_decision d JOIN enf_case c ON c.id = d.case_id WHERE d.kind = 'PENALTY' AND c.title IN (:t)")
                .param("t", CaseDemoData.TITLES).query(Long.class).single())
                .as("the company's penalty and the citizen's (published on the portal with the name masked)").isEqualTo(2);
        assertThat(jdbc.sql("SELECT status FROM enf_case_transfer t JOIN enf_case c ON c.id = t.case_id WHERE c.title = :t")
                .param("t", CaseDemoData.ZZ_TRANSFER).query(String.class).single()).isEqualTo("APPROVED");
        assertThat(cases.findByTitle(CaseDemoData.ZZ_INVESTIGATION).orElseThrow().teamPersonIds()).hasSize(3);
    }
}
