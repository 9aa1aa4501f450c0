package cn.anjian.enforcement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.PersonAccounts;
import cn.anjian.personnel.PersonnelFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "我的案件" (issue 12, workbench): a login account is linked to the person recorded in personnel (per_person.user_id, set
 * by HR); the case list's "我的案件" tab and the workbench's "my open cases by stage" show the cases whose current team
 * includes that person (CASE-02 teams, CASE-03 stages).
 */
@IntegrationTest
class MyCasesTests {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired CaseList list;
    @Autowired PersonAccounts accounts;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    /** A real account of the Zezhou bureau, as a case officer. */
    TestActor account(TestActor like) {
        String name = "mycase_" + SEQ.incrementAndGet() + "_" + System.nanoTime() % 100000;
        long id = users.createUser(name, "我的案件测试" + SEQ.get(), like.agencyId(), null, Set.of("OFFICER"), "Anjian@2026x", false);
        return new TestActor(id, name, "我的案件测试", like.agencyId(), like.agencyName(), like.unitId(), like.jurisdictionId(),
                like.scope(), Set.of(CaseFixtures.CASE_PERMS));
    }

    TestActor hr() {
        return PersonnelFixtures.hr(fx.jurisdictions, fx.agencies, "140525");
    }

    @Test
    @DisplayName("CASE-02 我的案件: the list shows only cases whose current team includes the account's person; removed from the team, the case leaves it")
    void mineFilter() {
        TestActor zz = fx.zz();
        TestActor me = account(zz);
        long mine = fx.certifiedOfficer("140525", "我的案件甲");
        long other = fx.certifiedOfficer("140525", "我的案件乙");
        long third = fx.certifiedOfficer("140525", "我的案件丙");
        CaseRef a = fx.open(zz, CaseKind.INSPECTION, "我的案件-参与");
        cases.setTeam(zz, a.id(), fx.team(mine, other));
        CaseRef b = fx.open(zz, CaseKind.INSPECTION, "我的案件-未参与");
        cases.setTeam(zz, b.id(), fx.team(other, third));

        CaseFilter f = CaseFilter.mine(null);
        assertThat(list.list(me, f, null, null, 100).items()).isEmpty(); // not linked yet: nothing is "mine"
        accounts.link(hr(), mine, me.userId());
        assertThat(list.list(me, f, null, null, 100).items()).extracting(CaseRow::id).containsExactly(a.id());
        assertThat(list.count(me, CaseFilter.mine(CaseStage.INITIATION))).isEqualTo(1);
        cases.setTeam(zz, a.id(), fx.team(other, third));
        assertThat(list.list(me, f, null, null, 100).items()).isEmpty();
    }

    @Test
    @DisplayName("我的案件: HR links an account of the person's agency only; an account already linked is refused (409); without personnel:manage 403; audited")
    void linkRules() {
        TestActor zz = fx.zz();
        TestActor me = account(zz);
        TestActor scAccount = account(fx.sc());
        long p1 = fx.certifiedOfficer("140525", "关联账户甲");
        long p2 = fx.certifiedOfficer("140525", "关联账户乙");
        assertThatThrownBy(() -> accounts.link(hr(), p1, scAccount.userId()))
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("PER-ACCOUNT-AGENCY"));
        accounts.link(hr(), p1, me.userId());
        assertThatThrownBy(() -> accounts.link(hr(), p2, me.userId()))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.CONFLICT));
        assertThatThrownBy(() -> accounts.link(zz, p2, null))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThat(accounts.personOf(me.userId())).contains(p1);
        assertThat(accounts.choices(hr(), p2)).noneMatch(a -> a.userId() == me.userId());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'personnel.person.account-linked' AND subject_id = :s")
                .param("s", String.valueOf(p1)).query(Long.class).single()).isEqualTo(1);
        accounts.link(hr(), p1, null);
        assertThat(accounts.personOf(me.userId())).isEmpty();
    }

    @Test
    @DisplayName("我的案件 API: PUT links (204) and ends the link; another agency's account is a 422 problem, a person out of scope 404")
    void api() throws Exception {
        TestActor me = account(fx.zz());
        TestActor scAccount = account(fx.sc());
        long p = fx.certifiedOfficer("140525", "接口关联甲");
        mvc.perform(put("/api/v1/personnel/people/{id}/account", p).with(csrf()).with(TestActors.as(hr()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":" + me.userId() + "}"))
                .andExpect(status().isNoContent());
        assertThat(accounts.personOf(me.userId())).contains(p);
        mvc.perform(put("/api/v1/personnel/people/{id}/account", p).with(csrf()).with(TestActors.as(hr()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":" + scAccount.userId() + "}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("PER-ACCOUNT-AGENCY"));
        long scPerson = fx.certifiedOfficer("140927", "接口关联乙");
        mvc.perform(put("/api/v1/personnel/people/{id}/account", scPerson).with(csrf()).with(TestActors.as(hr()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":null}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/personnel/people/{id}/account", p).with(csrf()).with(TestActors.as(hr()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":null}"))
                .andExpect(status().isNoContent());
        assertThat(accounts.personOf(me.userId())).isEmpty();
    }

    @Test
    @DisplayName("我的案件: the tab and the workbench's 我的在办案件 count (linking to the same list); an unlinked account gets a hint; HR links on the person page")
    void pages() throws Exception {
        TestActor zz = fx.zz();
        TestActor me = account(zz);
        mvc.perform(get("/cases").param("mine", "true").with(TestActors.as(me))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"tab-mine\""), containsString("id=\"mine-unlinked\""))));
        long mine = fx.certifiedOfficer("140525", "工作台甲");
        long other = fx.certifiedOfficer("140525", "工作台乙");
        CaseRef a = fx.open(zz, CaseKind.INSPECTION, "我的案件-工作台");
        cases.setTeam(zz, a.id(), fx.team(mine, other));
        cases.transition(zz, a.id(), CaseStage.INVESTIGATION, null);
        mvc.perform(post("/personnel/people/{id}/account", mine).with(csrf()).with(TestActors.as(hr()))
                        .param("userId", String.valueOf(me.userId())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/personnel/people/{id}", mine).with(TestActors.as(hr()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已关联：我的案件测试")));
        mvc.perform(get("/cases").param("mine", "true").with(TestActors.as(me))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("我的案件-工作台"), not(containsString("id=\"mine-unlinked\"")))));
        String card = mvc.perform(get("/cases/workbench").with(TestActors.as(me))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("我的在办案件"),
                        containsString("href=\"/cases?mine=true&amp;stage=INVESTIGATION\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(card).containsPattern("id=\"count-mine-investigation\"[^>]*>\\s*<div class=\"count\">1</div>")
                .containsPattern("id=\"count-mine-initiation\"[^>]*>\\s*<div class=\"count\">0</div>");
    }

    @Test
    @DisplayName("我的案件 demo: zz_officer is linked to 王建国, who leads the Zezhou demo cases' teams")
    void demo() {
        long wang = jdbc.sql("SELECT id FROM per_person WHERE id_card = :c")
                .param("c", IdCardNumber.complete("140525" + "19780312011").value()).query(Long.class).single();
        long officer = users.actor("zz_officer").orElseThrow().userId();
        assertThat(accounts.personOf(officer)).contains(wang);
        assertThat(list.list(users.actor("zz_officer").orElseThrow(), CaseFilter.mine(null), null, null, 100).items()).isNotEmpty();
    }
}
