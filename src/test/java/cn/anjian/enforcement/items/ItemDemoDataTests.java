package cn.anjian.enforcement.items;

import cn.anjian.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ItemDemoDataTests {

    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("CASE-17 CASE-16 demo: the catalogue, the penalty case resting on 安全生产法 art. 101 (较重), the archived case numbered")
    void demo() {
        assertThat(jdbc.sql("SELECT count(*) FROM enf_item WHERE code LIKE 'AQ-%'").query(Long.class).single()).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("""
                        SELECT i.code || '/' || ci.circumstance FROM enf_case_item ci JOIN enf_item i ON i.id = ci.item_id
                        JOIN enf_case c ON c.id = ci.case_id WHERE c.title = :t""")
                .param("t", ItemDemoData.CASE_TITLE).query(String.class).single()).isEqualTo("AQ-CF-101/SERIOUS");
        assertThat(jdbc.sql("""
                        SELECT d.archive_number FROM rec_dossier d JOIN enf_case c ON c.id = d.case_id
                        WHERE c.title = '金鼎煤业停产整顿期间违规生产查封案'""")
                .query(String.class).single()).matches("泽应急安监档〔\\d{4}〕\\d+号");
    }
}
