package cn.anjian.enforcement.joint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CASE-08 as zz_unithead of 泽州县应急管理局. */
@IntegrationTest
class JointOperationTests {

    static final AtomicInteger SEQ = new AtomicInteger(700);

    @Autowired JointOperations operations;
    @Autowired JointCases jointCases;
    @Autowired Cases cases;
    @Autowired Enterprises enterprises;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    Actor head;
    TestActor web;

    @BeforeEach
    void setUp() {
        head = users.actor("zz_unithead").orElseThrow();
        web = new TestActor(head.userId(), head.username(), head.displayName(), head.agencyId(), head.agencyName(),
                head.unitId(), head.jurisdictionId(), head.scope(), Set.of("case:read", "plan:manage", "case:manage"));
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM enf_joint_operation").query(Long.class).single();
    }

    JointOperations.NewOperation op(String planNumber, List<Long> agencies, List<String> external) {
        return new JointOperations.NewOperation("联合检查" + SEQ.incrementAndGet(), "联合执法检查方案", planNumber,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 5), agencies, external);
    }

    CaseRef openCase() {
        String code = CreditCode.complete("91140525MD" + String.format("%07d", SEQ.incrementAndGet() * 7883 % 10_000_000)).value();
        long e = enterprises.create(head, new EnterpriseForm("联合执法测试企业" + SEQ.get(), code, EnterpriseKind.LEGAL_PERSON,
                Industry.HAZARDOUS_CHEMICALS, "泽州县测试镇", new BigDecimal("35.5"), new BigDecimal("112.8"), null, RiskGrade.B,
                EnterpriseStatus.OPERATING)).id();
        return cases.open(head, new NewCase(CaseKind.INSPECTION, CaseSource.SPECIAL_CAMPAIGN, "联合执法检查方案", "泽应急发〔2026〕15号",
                LocalDate.of(2026, 3, 1), e, null, "联合检查案件" + SEQ.get(), null, null));
    }

    @Test
    @DisplayName("CASE-08 the lead department's plan document (title, number, date) is required; nothing is stored without it")
    void planDocumentRequired() throws Exception {
        long before = count();
        String[][] bad = {{"planTitle", ""}, {"planNumber", " "}, {"planDate", ""}, {"planDate", "2026-02-30"},
                {"startDate", "2026-13-01"}, {"endDate", "2026-03-01"}, {"title", ""}, {"external", ""}, {"agencyIds", "abc"}};
        for (String[] b : bad) {
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>(java.util.Map.of("title", "联合检查",
                    "planTitle", "方案", "planNumber", "泽应急发〔2026〕1号", "planDate", "2026-03-01", "startDate", "2026-03-02",
                    "endDate", "2026-03-30", "external", "泽州县公安局"));
            form.put(b[0], b[1]);
            var request = post("/joint-operations").with(TestActors.as(web)).with(csrf());
            form.forEach(request::param);
            mvc.perform(request).andExpect(status().isBadRequest());
        }
        assertThat(count()).isEqualTo(before);
        assertThatThrownBy(() -> operations.create(head, op(null, List.of(), List.of("泽州县公安局"))))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).code()).isEqualTo("JOINT-PLAN");
        // the lead cannot also be a participant
        assertThatThrownBy(() -> operations.create(head, op("1号", List.of(head.agencyId()), List.of())))
                .isInstanceOf(BusinessException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("CASE-08 participating departments (agencies and external ones) are recorded and cases link to the operation")
    void participantsAndCases() throws Exception {
        Agency mine = operations.candidateAgencies(head).stream().filter(a -> a.kind() == AgencyKind.MINE_SAFETY).findFirst().orElseThrow();
        long id = operations.create(head, op("泽应急发〔2026〕21号", List.of(mine.id()), List.of("泽州县公安局", "泽州县市场监督管理局", "泽州县公安局")));
        JointOperations.Operation o = operations.get(head, id);
        assertThat(o.leadAgencyId()).isEqualTo(head.agencyId());
        assertThat(o.participants()).extracting(JointOperations.Participant::name)
                .containsExactly(mine.name(), "泽州县公安局", "泽州县市场监督管理局");
        assertThat(o.participants().get(0).agencyId()).isEqualTo(mine.id());
        assertThat(o.participants().get(1).external()).isTrue();

        CaseRef c1 = openCase();
        CaseRef c2 = openCase();
        mvc.perform(post("/joint-operations/{id}/cases", id).param("caseId", c1.caseNumber()).with(TestActors.as(web)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        jointCases.link(head, id, c2.id());
        assertThat(jointCases.linked(head, id)).extracting(JointCases.LinkedCase::id).containsExactly(c1.id(), c2.id());
        assertThat(jdbc.sql("SELECT joint_operation_id FROM enf_case WHERE id = :id").param("id", c1.id()).query(Long.class).single())
                .isEqualTo(id);
        assertThatThrownBy(() -> jointCases.link(head, id, c1.id())).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.CONFLICT);
        mvc.perform(get("/joint-operations/{id}", id).with(TestActors.as(web))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(c1.caseNumber())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("泽州县市场监督管理局")));
        jointCases.unlink(head, id, c2.id());
        assertThat(jointCases.linked(head, id)).extracting(JointCases.LinkedCase::id).containsExactly(c1.id());

        // another county cannot see it; unknown case ids answer 404
        Actor sc = users.actor("sc_unithead").orElseThrow();
        assertThatThrownBy(() -> operations.get(sc, id)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> jointCases.resolve(head, "泽应急案〔1999〕1号"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> jointCases.link(head, id, 999_999_999L)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND);
        mvc.perform(get("/joint-operations").param("status", "X").with(TestActors.as(web))).andExpect(status().isBadRequest());
        mvc.perform(get("/joint-operations").with(TestActors.as(web))).andExpect(status().isOk());
    }
}
