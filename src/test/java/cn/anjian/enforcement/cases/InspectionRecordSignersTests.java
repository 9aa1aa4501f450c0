package cn.anjian.enforcement.cases;

import java.util.List;
import java.util.Map;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** TI-09 (seed 000 art. 16): inspectors sign the inspection record of the checks they took part in. */
@IntegrationTest
class InspectionRecordSignersTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired CaseDocuments documents;

    @Test
    @DisplayName("TI-09 the 现场检查记录 lists the assisting inspector as 技术检查员 after the enforcers; other documents list only the enforcers")
    void inspectorSignsInspectionRecord() {
        TestActor zz = fx.zz();
        CaseRef c = fx.open(zz, CaseKind.INSPECTION, "技术检查员签名");
        long leader = fx.certifiedOfficer("140525", "签名执法员甲");
        long member = fx.certifiedOfficer("140525", "签名执法员乙");
        service.setTeam(zz, c.id(), List.of(new NewMember(leader, TeamRole.LEADER), new NewMember(member, TeamRole.MEMBER),
                new NewMember(fx.demoInspector(), TeamRole.ASSISTANT)));
        CaseView view = service.get(zz, c.id());
        Map<String, Object> record = documents.fill(view, "INSPECTION_RECORD", CaseDocuments.DocumentFields.none());
        @SuppressWarnings("unchecked")
        List<String> signers = (List<String>) record.get("officers");
        assertThat(signers).hasSize(3);
        assertThat(signers.get(0)).startsWith("签名执法员甲").contains("执法证号");
        assertThat(signers.get(1)).startsWith("签名执法员乙").contains("执法证号");
        assertThat(signers.get(2)).isEqualTo("刘文斌（技术检查员）").doesNotContain("执法证号");
        Map<String, Object> order = documents.fill(view, "RECTIFICATION_ORDER", CaseDocuments.DocumentFields.none());
        assertThat((List<?>) order.get("officers")).hasSize(2).noneMatch(l -> l.toString().contains("技术检查员"));
    }
}
