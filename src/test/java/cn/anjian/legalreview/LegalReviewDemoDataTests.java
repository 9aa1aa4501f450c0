package cn.anjian.legalreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.anjian.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LegalReviewDemoDataTests {

    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    Map<String, Object> review(String title) {
        return jdbc.sql("""
                SELECT r.status, r.outcome, r.extended, r.objections, r.route, r.consent_by, d.due_at, d.state
                FROM lr_review r LEFT JOIN cal_deadline d ON d.id = r.deadline_id WHERE r.case_title = :t""")
                .param("t", title).query().singleRow();
    }

    @Test
    @DisplayName("Issue 10 item 8 (LR-11 LR-08 LR-12 LR-14): the demo has a review extended, corrected, in re-review, escalated to the director, overdue, and one on the internal route with the director's consent")
    void demoHasEachState() {
        assertThat(review(cn.anjian.enforcement.DemoCasesReady.REVIEW_EXTENDED))
                .containsEntry("status", "UNDER_REVIEW").containsEntry("extended", true);
        assertThat(review(cn.anjian.enforcement.DemoCasesReady.REVIEW_CORRECTED))
                .containsEntry("status", "DECIDED").containsEntry("outcome", "CORRECT");
        assertThat(review(cn.anjian.enforcement.DemoCasesReady.REVIEW_RE_REVIEW))
                .containsEntry("status", "UNDER_REVIEW").containsEntry("objections", 1);
        assertThat(review(cn.anjian.enforcement.DemoCasesReady.REVIEW_ESCALATED))
                .containsEntry("status", "DIRECTOR_REVIEW").containsEntry("objections", 2);
        Map<String, Object> overdue = review(cn.anjian.enforcement.DemoCasesReady.REVIEW_OVERDUE);
        assertThat(overdue).containsEntry("status", "UNDER_REVIEW");
        assertThat(((java.sql.Timestamp) overdue.get("due_at")).toInstant()).isBefore(clock.instant());
        assertThat(review(cn.anjian.enforcement.DemoCasesReady.REVIEW_ENTRUSTED)).containsEntry("status", "UNDER_REVIEW")
                .containsEntry("route", "ENTRUSTED_INTERNAL").containsEntry("consent_by", "zz_director");
        assertThat(jdbc.sql("SELECT DISTINCT status FROM lr_review").query(String.class).list())
                .contains("SUPPLEMENT_REQUESTED", "UNDER_REVIEW", "DECIDED", "DIRECTOR_REVIEW");
    }

    @Test
    @DisplayName("LR-01 LR-13 LR-05 LR-11 LR-04 demo: a major penalty the whole way (approved, numbered, discussed), one returned for supplement, one suspended; the on-site coercive measures await the head")
    void demo() {
        Map<String, String> states = new java.util.HashMap<>();
        jdbc.sql("SELECT case_title, status FROM lr_review").query((rs, i) -> states.put(rs.getString(1), rs.getString(2))).list();
        assertThat(states).containsEntry("兰花煤化工泽州分公司违规动火作业举报案", "DECIDED")
                .containsEntry("龙泉煤矿超层越界开采举报案", "SUPPLEMENT_REQUESTED")
                .containsEntry("鑫达铁合金安全生产许可延续审查", "UNDER_REVIEW");
        assertThat(jdbc.sql("SELECT opinion_number FROM lr_review WHERE case_title = '兰花煤化工泽州分公司违规动火作业举报案'")
                .query(String.class).single()).matches("\\(泽应急\\)安监法审〔\\d{4}〕\\d+号");
        assertThat(jdbc.sql("SELECT discussion_agreed FROM lr_review WHERE case_title = '兰花煤化工泽州分公司违规动火作业举报案'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT suspended_reason FROM lr_review WHERE case_title = '鑫达铁合金安全生产许可延续审查'")
                .query(String.class).single()).isEqualTo("EXPERT");
        assertThat(jdbc.sql("SELECT count(*) FROM lr_emergency WHERE status = 'PENDING'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
