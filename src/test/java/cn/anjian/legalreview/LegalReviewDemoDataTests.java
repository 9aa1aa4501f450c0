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
