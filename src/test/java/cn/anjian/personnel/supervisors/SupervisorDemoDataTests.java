package cn.anjian.personnel.supervisors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anjian.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SupervisorDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("SS-03 demo: zz_supervisor is an appointed supervisor with answered and open submissions; SS-07 a destroyed certificate awaiting the province, not yet published")
    void demo() {
        String status = jdbc.sql("""
                select s.status from per_supervisor s join iam_user u on u.id = s.user_id where u.username = 'zz_supervisor'""")
                .query(String.class).single();
        assertThat(status).isEqualTo("APPOINTED");
        var states = jdbc.sql("""
                select c.status from cmp_submission c join iam_user u on u.id = c.submitter_user_id
                where u.username = 'zz_supervisor'""").query(String.class).list();
        assertThat(states).contains("ANSWERED", "ACCEPTED", "SUBMITTED");
        assertThat(jdbc.sql("""
                select s.status from per_supervisor s join per_person p on p.id = s.person_id where p.name = '张建明'""")
                .query(String.class).list()).containsExactly("DESTROYED");
        assertThat(jdbc.sql("select content from pub_publication where kind = 'SUPERVISOR_CERTIFICATE_CANCELLED' and content like '%张*明%'")
                .query(String.class).list()).isEmpty();
    }
}
