package cn.anjian.experts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.experts.meetings.MeetingKind;
import cn.anjian.experts.meetings.MeetingOpinions;
import cn.anjian.experts.meetings.Meetings;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** EXP-17: the joint opinion of a held meeting, a numbered .docx through documents (on 140921, owned by this test). */
@IntegrationTest
class MeetingOpinionTests {

    static final String[] PERMS = {"expert:read", "expert:manage", "file:upload"};

    @Autowired MockMvc mvc;
    @Autowired ExpertRegistry registry;
    @Autowired Meetings meetings;
    @Autowired MeetingOpinions opinions;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    TestActor hr;

    TestActor actor(String code, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局"));
        return new TestActor(870_000 + j.id(), "opinion_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(perms));
    }

    static NewExpert expert(int n, String field, String sub) {
        return new NewExpert("会商专家" + n, IdCardNumber.complete("14092119800101" + String.format("%03d", n)).value(),
                "13900004444", "高级工程师", ExpertLevel.SENIOR, "某研究院", null, field, List.of(sub), null, null);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
    }

    @BeforeEach
    void setUp() {
        hr = actor("140921", PERMS);
    }

    @AfterEach
    void clean() {
        long a = hr.agencyId();
        jdbc.sql("DELETE FROM exp_meeting_attendance WHERE meeting_id IN (SELECT id FROM exp_meeting WHERE agency_id = :a)").param("a", a).update();
        jdbc.sql("DELETE FROM exp_meeting WHERE agency_id = :a").param("a", a).update();
        jdbc.sql("DELETE FROM exp_expert_sub WHERE expert_id IN (SELECT id FROM exp_expert WHERE agency_id = :a)").param("a", a).update();
        jdbc.sql("DELETE FROM exp_expert WHERE agency_id = :a").param("a", a).update();
    }

    long held(MeetingKind kind, String field, String title, Set<Long> present) {
        long id = meetings.plan(hr, new Meetings.NewMeeting(kind, field, today(), title, "一、雨季防治水形势研判"));
        meetings.hold(hr, id, today(), null, new Meetings.Minutes() {
            public String name() {
                return "纪要.txt";
            }

            public String contentType() {
                return "text/plain";
            }

            public long size() {
                return 6;
            }

            public InputStream open() {
                return new ByteArrayInputStream("会议纪要正文".getBytes());
            }
        }, present);
        return id;
    }

    static int serial(String number) {
        return Integer.parseInt(number.replaceAll(".*〕(\\d+)号$", "$1"));
    }

    String docxText(long meeting) throws Exception {
        byte[] bytes = mvc.perform(get("/experts/meetings/" + meeting + "/opinion").with(TestActors.as(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("EXP-17 a held meeting's joint opinion is a numbered .docx with subject, day, present and absent experts by name, opinions and conclusion; numbers run gapless per agency and year (a refusal takes none); issued once, audited; the form shows every error at once; another county gets 404")
    void jointOpinion() throws Exception {
        long a = registry.admit(hr, expert(1, "COAL", "COAL_GAS"));
        registry.admit(hr, expert(2, "COAL", "COAL_WATER"));
        long c = registry.admit(hr, expert(3, "LAW", "LW_ADMIN"));
        long quarterly = held(MeetingKind.QUARTERLY, "COAL", "煤矿专家组第一次会商", Set.of(a));

        // before the meeting is held: refused, no number taken
        long planned = meetings.plan(hr, new Meetings.NewMeeting(MeetingKind.PLENARY, null, today(), "年度全体会议", "议程"));
        long numbers = jdbc.sql("SELECT count(*) FROM doc_number WHERE type_code = 'EXPERT_MEETING_OPINION' AND agency_id = :a")
                .param("a", hr.agencyId()).query(Long.class).single();
        assertThatThrownBy(() -> opinions.issue(hr, planned, "意见", "结论")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("EXP-17-OPINION-STATE"));

        mvc.perform(post("/experts/meetings/" + quarterly + "/opinion").with(TestActors.as(hr)).with(csrf())
                        .param("opinions", " ").param("conclusion", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请更正标出的 2 处填写内容")));
        mvc.perform(post("/experts/meetings/" + quarterly + "/opinion").with(TestActors.as(actor("140927", PERMS))).with(csrf())
                        .param("opinions", "越权").param("conclusion", "越权"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM doc_number WHERE type_code = 'EXPERT_MEETING_OPINION' AND agency_id = :a")
                .param("a", hr.agencyId()).query(Long.class).single()).isEqualTo(numbers);

        mvc.perform(post("/experts/meetings/" + quarterly + "/opinion").with(TestActors.as(hr)).with(csrf())
                        .param("opinions", "专家一致认为雨季水害风险上升，需加强探放水。").param("conclusion", "建议开展防治水专项检查。"))
                .andExpect(status().is3xxRedirection());
        String first = jdbc.sql("SELECT opinion_number FROM exp_meeting WHERE id = :id").param("id", quarterly).query(String.class).single();
        assertThat(first).contains("〔" + today().getYear() + "〕");
        assertThatThrownBy(() -> opinions.issue(hr, quarterly, "再次", "再次")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("EXP-17-OPINION-ISSUED"));

        long plenary = held(MeetingKind.PLENARY, null, "年度全体专家会议", Set.of(a, c));
        String second = opinions.issue(hr, plenary, "各专业组汇报年度工作。", "通过年度工作报告。");
        assertThat(serial(second)).isEqualTo(serial(first) + 1);

        String text = docxText(quarterly);
        assertThat(text).contains("专家会商意见（会议纪要）").contains(first).contains("煤矿专家组第一次会商")
                .contains(hr.agencyName()).contains("专家意见：专家一致认为雨季水害风险上升，需加强探放水。")
                .contains("会商结论：建议开展防治水专项检查。").contains("出席专家：会商专家1（共 1 人）")
                .contains("缺席专家：会商专家2（共 1 人）");
        assertThat(docxText(plenary)).contains(second).contains("出席专家：会商专家1、会商专家3（共 2 人）").contains("缺席专家：会商专家2（共 1 人）");
        mvc.perform(get("/experts/meetings/" + quarterly).with(TestActors.as(hr))).andExpect(status().isOk())
                .andExpect(content().string(containsString(first))).andExpect(content().string(containsString("下载会商意见")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'experts.meeting.opinion-issued' AND subject_id = :id")
                .param("id", String.valueOf(quarterly)).query(Long.class).single()).isEqualTo(1);
    }
}
