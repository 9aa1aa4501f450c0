package cn.anjian.recording;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anjian.IntegrationTest;
import cn.anjian.calendar.internal.OverdueScan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RecordingDemoDataTests {

    @Autowired JdbcClient jdbc;
    @Autowired OverdueScan scan;

    @Test
    @DisplayName("demo: records on the demo cases, a mandatory-AV step without AV, a gap, an overdue archive deadline by today's clock")
    void demo() {
        assertThat(jdbc.sql("select count(*) from rec_record where category = 'AV' and created_by in ('zz_officer', 'sc_officer')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("""
                select count(*) from rec_activity a where a.av_required and a.ended_at is not null and a.exemption_reason is null
                  and a.created_by = 'zz_officer'
                  and not exists (select 1 from rec_record r where r.activity_id = a.id and r.category = 'AV')""")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from rec_record where gap_seconds = 12 and created_by = 'zz_officer'").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
        scan.scan();
        assertThat(jdbc.sql("select count(*) from rec_case_file where archive_overdue and archived_at is null").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
    }
}
