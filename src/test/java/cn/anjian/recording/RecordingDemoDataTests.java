package cn.anjian.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anjian.IntegrationTest;
import cn.anjian.calendar.internal.OverdueScan;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.recording.internal.RequiredRecords;
import cn.anjian.recording.internal.Requirement;
import cn.anjian.recording.internal.RequiredTextRecords;
import java.util.List;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RecordingDemoDataTests {

    @Autowired JdbcClient jdbc;
    @Autowired OverdueScan scan;
    @Autowired RequiredTextRecords required;
    @Autowired CaseService cases;
    @Autowired ActingUsers users;

    @Test
    @DisplayName("REC-02 demo: every demo case holds the required text records of the stages it has left, the closed ones all of them")
    void demoCasesHaveTheirRecords() {
        record Demo(long id, CaseKind kind, CaseStage stage) {
        }
        // the demo cases of enforcement's CaseDemoData (its TITLES)
        List<String> titles = List.of("泽州县巴公煤业年度监督检查", "泽州县鑫源煤业双随机抽查", "兰花煤化工泽州分公司违规动火作业举报案",
                "福盛钢铁有限空间作业专项检查处罚案", "金村镇天然气加气站年度检查责令整改", "川底乡石料厂双随机抽查（未发现问题）",
                "金鼎煤业停产整顿期间违规生产查封案", "晋庙铺石灰岩矿非法开采涉嫌犯罪移送案", "张某非法储存烟花爆竹举报案",
                "神池县城区液化石油气充装站许可核查", "龙泉煤矿超层越界开采举报案", "鑫达铁合金安全生产许可延续审查", "太平庄乡铁矿专项整治查封扣押案");
        List<Demo> demo = jdbc.sql("select id, kind, stage from enf_case where title in (:t)").param("t", titles)
                .query((rs, n) -> new Demo(rs.getLong(1), CaseKind.valueOf(rs.getString(2)), CaseStage.valueOf(rs.getString(3)))).list();
        assertThat(demo).hasSize(titles.size()).extracting(Demo::stage).contains(CaseStage.CLOSURE, CaseStage.ARCHIVED);
        for (Demo d : demo) {
            List<Requirement> due = required.due(d.id(), d.kind()).stream()
                    .filter(r -> d.stage().ordinal() >= CaseStage.CLOSURE.ordinal() || r.stage().ordinal() < d.stage().ordinal()).toList();
            assertThat(RequiredRecords.missing(due, required.present(d.id()))).as("case %d %s %s", d.id(), d.kind(), d.stage()).isEmpty();
        }
    }

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

    @Test
    @DisplayName("REC-03 demo: the inspection case at execution is refused closure, its direct service having no AV record; nothing changes")
    void demoCaseRefusedClosureForMissingAv() {
        long id = jdbc.sql("select id from enf_case where title = '金村镇天然气加气站年度检查责令整改'").query(Long.class).single();
        var officer = users.actor("zz_officer").orElseThrow();
        assertThat(cases.get(officer, id).stage()).isEqualTo(CaseStage.EXECUTION);
        assertThatThrownBy(() -> cases.transition(officer, id, CaseStage.CLOSURE, null))
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("REC-03-MISSING-AV"))
                .hasMessageContaining("直接送达");
        assertThat(cases.get(officer, id).stage()).isEqualTo(CaseStage.EXECUTION);
        // the closed and archived demo cases went through the same gates
        assertThat(jdbc.sql("select stage from enf_case where title = '川底乡石料厂双随机抽查（未发现问题）'").query(String.class).single())
                .isEqualTo("CLOSURE");
        assertThat(jdbc.sql("select stage from enf_case where title = '金鼎煤业停产整顿期间违规生产查封案'").query(String.class).single())
                .isEqualTo("ARCHIVED");
        assertThat(jdbc.sql("select count(*) from rec_record where category = 'AV' and party_informed = false").query(Long.class).single())
                .as("REC-13 demo: one AV record made without telling the party").isGreaterThanOrEqualTo(1);
    }
}
