package cn.anjian.enforcement.cases;

import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.PersonnelFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OFF-03 / CASE-02 are checked at every act of the case, not only when the team is formed. */
@IntegrationTest
class TeamAtEveryActTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired CaseDocuments documents;
    @Autowired JdbcClient jdbc;

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    void revoke(long personId, LocalDate on) {
        TestActor hr = PersonnelFixtures.hr(fx.jurisdictions, fx.agencies, "140525");
        fx.officers.revoke(hr, personId, on, "测试：以欺骗手段取得执法证");
    }

    @Test
    @DisplayName("OFF-03 CASE-02 a member's certificate revoked after the team was formed: no document is generated and the case does not move on until the team is changed")
    void revokedAfterTeamFormed() {
        TestActor zz = fx.zz();
        CaseRef c = fx.open(zz, CaseKind.INSPECTION, "每次行为复核执法证");
        long leader = fx.certifiedOfficer("140525", "复核执法员甲");
        long member = fx.certifiedOfficer("140525", "复核执法员乙");
        service.setTeam(zz, c.id(), fx.team(leader, member));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        documents.generate(zz, c.id(), "INSPECTION_RECORD", new CaseDocuments.DocumentFields("检查情况正常", null, null, null, null));

        revoke(member, fx.today());
        long numbers = count("SELECT count(*) FROM doc_number");
        long docs = count("SELECT count(*) FROM enf_case_document WHERE case_id = " + c.id());
        assertThatThrownBy(() -> documents.generate(zz, c.id(), "INSPECTION_RECORD",
                new CaseDocuments.DocumentFields("复查", null, null, null, null)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-TEAM-CERTIFICATE"))
                .hasMessageContaining("复核执法员乙").hasMessageContaining("制作文书");
        assertThatThrownBy(() -> service.transition(zz, c.id(), CaseStage.DECISION, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-TEAM-CERTIFICATE"))
                .hasMessageContaining("审查决定");
        assertThat(count("SELECT count(*) FROM doc_number")).isEqualTo(numbers);
        assertThat(count("SELECT count(*) FROM enf_case_document WHERE case_id = " + c.id())).isEqualTo(docs);
        assertThat(service.get(zz, c.id()).stage()).isEqualTo(CaseStage.INVESTIGATION);

        // a certified replacement: the acts go through again
        service.setTeam(zz, c.id(), fx.team(leader, fx.certifiedOfficer("140525", "复核执法员丙")));
        documents.generate(zz, c.id(), "INSPECTION_RECORD", new CaseDocuments.DocumentFields("复查", null, null, null, null));
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        assertThat(service.get(zz, c.id()).stage()).isEqualTo(CaseStage.DECISION);
    }
}
