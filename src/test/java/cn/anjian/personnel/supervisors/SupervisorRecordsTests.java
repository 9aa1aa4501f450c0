package cn.anjian.personnel.supervisors;

import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.complaints.SupervisorFixture;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SS-08: equipment, insurance, misconduct, protection and commendation records for supervisors, as for inspectors. */
@IntegrationTest
class SupervisorRecordsTests {

    @Autowired SupervisorRecords records;
    @Autowired SupervisorCancellations cancellations;
    @Autowired JdbcClient jdbc;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    long stored(long supervisorId) {
        return jdbc.sql("SELECT count(*) FROM per_supervisor_record WHERE supervisor_id = :s").param("s", supervisorId)
                .query(Long.class).single();
    }

    @Test
    @DisplayName("SS-08 the same record rules as inspectors: misconduct needs its handling, a threat the department's response; refused ones store nothing")
    void recordsAsInspectors() {
        SupervisorFixture fx = new SupervisorFixture(jdbc, users);
        SupervisorFixture.Agency zezhou = fx.agency("泽州县应急管理局");
        TestActors.TestActor hr = SupervisorFixture.staff(zezhou, "zz_hr_r", "personnel:read", "supervisor:manage");
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "记录监督员", LocalDate.now(clock).minusMonths(6));
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> records.addRecord(hr, s.supervisorId(), "MISCONDUCT", "对执法对象态度蛮横、行为粗暴、故意刁难或者吃拿卡要",
                today, null, "态度蛮横", null, null)).extracting("code").isEqualTo("SS-08");
        assertThatThrownBy(() -> records.addRecord(hr, s.supervisorId(), "THREAT", "恐吓威胁", today, null, "受到威胁", null, null))
                .extracting("code").isEqualTo("SS-08");
        assertThatThrownBy(() -> records.addRecord(hr, s.supervisorId(), "INSURANCE", "人身意外伤害保险", today, today,
                "保单", null, null)).extracting("kind").isEqualTo(BusinessException.Kind.BAD_INPUT);
        assertThat(stored(s.supervisorId())).isZero();
        records.addRecord(hr, s.supervisorId(), "MISCONDUCT", "对执法对象态度蛮横、行为粗暴、故意刁难或者吃拿卡要", today, null,
                "态度蛮横", "CRITICISM", "已谈话");
        records.addRecord(hr, s.supervisorId(), "INSURANCE", "人身意外伤害保险", today, today.plusYears(1), "保单 P-1", null, null);
        records.addRecord(hr, s.supervisorId(), "COMMENDATION", "优秀社会监督员", today, null, "线索属实", null, null);
        records.addRecord(hr, s.supervisorId(), "THREAT", "不实投诉、诬告", today, null, "被诬告", null, "已澄清事实");
        assertThat(records.records(s.supervisorId())).extracting(SupervisorRecordView::kind)
                .containsExactlyInAnyOrder("ABUSIVE_CONDUCT", "人身意外伤害保险", "优秀社会监督员", "FALSE_ACCUSATION");
        assertThat(records.records(s.supervisorId())).anyMatch(r -> "批评教育".equals(r.handlingLabel()));
    }

    @Test
    @DisplayName("SS-08 equipment issued to a serving supervisor is tracked for return once the certificate is destroyed; none issued after")
    void equipmentTracked() {
        SupervisorFixture fx = new SupervisorFixture(jdbc, users);
        SupervisorFixture.Agency zezhou = fx.agency("泽州县应急管理局");
        TestActors.TestActor hr = SupervisorFixture.staff(zezhou, "zz_hr_e", "personnel:read", "supervisor:manage");
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "装备监督员", LocalDate.now(clock).minusMonths(6));
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> records.issueEquipment(hr, s.supervisorId(), "WEAPON", "x", today)).extracting("code").isEqualTo("SS-08");
        records.issueEquipment(hr, s.supervisorId(), "PROTECTIVE", "安全帽", today);
        records.issueEquipment(hr, s.supervisorId(), "TECHNICAL", "执法记录仪", today);
        cancellations.recordDestruction(hr, s.supervisorId(), "本人辞去", today, null);
        assertThat(jdbc.sql("SELECT item FROM per_supervisor_equipment WHERE supervisor_id = :s AND returned_on IS NULL")
                .param("s", s.supervisorId()).query(String.class).list())
                .containsExactlyInAnyOrder("安全帽", "执法记录仪", "社会监督员工作证");
        assertThatThrownBy(() -> records.issueEquipment(hr, s.supervisorId(), "PROTECTIVE", "手套", today))
                .extracting("code").isEqualTo("SS-08");
    }

    @Test
    @DisplayName("SS-08 page: the record form offers Chinese 情形 labels; a posted label is stored, a missing date shows inline (400) and stores nothing")
    void recordPage() throws Exception {
        SupervisorFixture fx = new SupervisorFixture(jdbc, users);
        SupervisorFixture.Agency zezhou = fx.agency("泽州县应急管理局");
        TestActors.TestActor hr = SupervisorFixture.staff(zezhou, "zz_hr_p", "personnel:read", "supervisor:manage");
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "页面监督员", LocalDate.now(clock).minusMonths(6));
        String url = "/personnel/supervisors/" + s.supervisorId();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(TestActors.as(hr)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("装备、保险、违规处理、权益保护与表彰", "value=\"不实投诉、诬告\"").doesNotContain("FALSE_ACCUSATION");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url + "/records")
                        .param("category", "THREAT").param("kind", "恐吓威胁").param("occurredOn", "")
                        .param("description", "受到威胁").param("response", "已报警")
                        .with(TestActors.as(hr)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
        assertThat(stored(s.supervisorId())).isZero();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url + "/records")
                        .param("category", "THREAT").param("kind", "恐吓威胁").param("occurredOn", LocalDate.now(clock).toString())
                        .param("description", "受到威胁").param("response", "已告知公安机关")
                        .with(TestActors.as(hr)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        assertThat(records.records(s.supervisorId())).singleElement().extracting(SupervisorRecordView::kind).isEqualTo("THREAT");
    }
}
