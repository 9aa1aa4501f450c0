package cn.anjian.documents;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class IssuedDocumentsTests {

    @Autowired IssuedDocuments issued;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    TestActor actor(String code, String name) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        return new TestActor(9100, name, name, a.id(), a.name(), null, j.id(), new Scope(j.path()), Set.of("file:read"));
    }

    @Test
    @DisplayName("CASE-05 issue: number taken, .docx generated and stored in the subject's jurisdiction, verified download in scope only")
    void issue() {
        TestActor city = actor("140500", "doc_city");
        TestActor county = actor("140525", "doc_county");
        TestActor other = actor("140927", "doc_other");
        // a city user issues for a county subject: the file belongs to the county, so county users can download it
        IssuedDocument d = issued.issue("INSPECTION_RECORD", county.agencyId(), "case", "issued-test-1",
                Map.of("date", LocalDate.now(), "partyName", "某煤业", "address", "泽州县", "inspectionTime", "今天", "inspectionPlace", "某煤业井口",
                        "officers", "王某、李某", "facts", "未发现问题"), county.scope().path(), city);
        assertThat(d.number().text()).startsWith("泽应急检记〔");
        assertThat(d.fileName()).isEqualTo("现场检查记录-" + d.number().text() + ".docx");
        DocumentFile f = issued.find(d.fileId(), county);
        assertThat(f.size()).isEqualTo(d.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        issued.copyVerified(d.fileId(), county, out);
        assertThat(out.size()).isEqualTo((int) d.size());
        assertThatThrownBy(() -> issued.find(d.fileId(), other)).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("an unknown template or a missing field takes no number")
    void refusals() {
        TestActor county = actor("140525", "doc_county2");
        long before = jdbc.sql("SELECT count(*) FROM doc_number").query(Long.class).single();
        assertThatThrownBy(() -> issued.issue("NO_SUCH", county.agencyId(), "case", "x", Map.of(), county.scope().path(), county))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> issued.issue("INSPECTION_RECORD", county.agencyId(), "case", "x", Map.of(), county.scope().path(), county))
                .hasMessageContaining("缺少必填内容");
        assertThat(jdbc.sql("SELECT count(*) FROM doc_number").query(Long.class).single()).isEqualTo(before);
    }
}
