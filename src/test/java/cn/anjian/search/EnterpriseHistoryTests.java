package cn.anjian.search;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.EnterpriseContacts;
import cn.anjian.enterprises.EnterpriseContacts.Contacts;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12: the enterprise page with its history (cases, decisions, fines) and contacts, scoped. */
@IntegrationTest
class EnterpriseHistoryTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired EnterpriseContacts contacts;

    SearchFixture data;
    Jurisdiction city;

    @BeforeEach
    void setUp() {
        data = new SearchFixture(jdbc, jurisdictions);
        city = jurisdictions.findByCode("140500").orElseThrow();
    }

    long caseOf(Jurisdiction j, String number, long enterpriseId) {
        long id = data.kase(j, number, "戊历史煤业");
        jdbc.sql("UPDATE enf_case SET enterprise_id = :e, party_kind = 'LEGAL_PERSON' WHERE id = :id")
                .param("e", enterpriseId).param("id", id).update();
        return id;
    }

    @Test
    @DisplayName("ORG-03 the enterprise's history lists its cases in the actor's scope only, with decision and fine")
    void historyInScope() throws Exception {
        long e = data.enterprise(data.zz, "戊历史煤业");
        long county = caseOf(data.zz, "戊历史案〔2026〕1号", e);
        long byCity = caseOf(city, "戊历史市案〔2026〕2号", e);
        long unrelated = data.kase(data.zz, "戊历史案〔2026〕3号", "别家");
        jdbc.sql("""
                        INSERT INTO enf_case_decision (case_id, kind, measures, fine_yuan, party_kind, document_type, document_number,
                                                       issued_at, issued_by)
                        VALUES (:c, 'PENALTY', '罚款', 30000.00, 'LEGAL_PERSON', 'PENALTY_DECISION', '戊罚〔2026〕1号', now(), 'search_test')""")
                .param("c", county).update();

        TestActor countyUser = data.actor(data.zz, "hist_zz", "case:read", "enterprise:read");
        mvc.perform(get("/cases/enterprise-history/" + e).with(TestActors.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases/" + county + "\"")))
                .andExpect(content().string(containsString("戊罚〔2026〕1号")))
                .andExpect(content().string(containsString("30,000.00")))
                .andExpect(content().string(containsString("行政处罚决定")))
                .andExpect(content().string(not(containsString("/cases/" + byCity + "\""))))
                .andExpect(content().string(not(containsString("/cases/" + unrelated + "\""))));
        TestActor cityUser = data.actor(city, "hist_city", "case:read", "enterprise:read");
        mvc.perform(get("/cases/enterprise-history/" + e).with(TestActors.as(cityUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases/" + county + "\"")))
                .andExpect(content().string(containsString("href=\"/cases/" + byCity + "\"")));
        // the page loads the history panel for case readers only; another county's user gets 404 for the enterprise
        mvc.perform(get("/enterprises/" + e).with(TestActors.as(countyUser)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/cases/enterprise-history/" + e)));
        TestActor enterpriseOnly = data.actor(data.zz, "hist_ent", "enterprise:read");
        mvc.perform(get("/enterprises/" + e).with(TestActors.as(enterpriseOnly)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/cases/enterprise-history/"))));
        mvc.perform(get("/cases/enterprise-history/" + e).with(TestActors.as(enterpriseOnly))).andExpect(status().isForbidden());
        TestActor foreign = data.actor(data.other, "hist_other", "case:read", "enterprise:read");
        mvc.perform(get("/enterprises/" + e).with(TestActors.as(foreign))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("IAM-06 the legal representative and contact are shown, the phone masked; a bad phone is refused inline, nothing stored")
    void contacts() throws Exception {
        long e = data.enterprise(data.zz, "己联系人煤业");
        TestActor manager = data.actor(data.zz, "hist_mgr", "enterprise:read", "enterprise:manage");
        int version = jdbc.sql("SELECT version FROM ent_enterprise WHERE id = :id").param("id", e).query(Integer.class).single();
        mvc.perform(post("/enterprises/" + e + "/contacts").with(csrf()).with(TestActors.as(manager))
                        .param("version", String.valueOf(version)).param("legalRepresentative", "王法人")
                        .param("contactName", "赵联系").param("contactPhone", "1390000111"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("联系电话格式不正确：手机号为 11 位数字")));
        assertThat(contacts.of(manager, e).empty()).isTrue();
        mvc.perform(post("/enterprises/" + e + "/contacts").with(csrf()).with(TestActors.as(manager))
                        .param("version", String.valueOf(version)).param("legalRepresentative", "王法人")
                        .param("contactName", "赵联系").param("contactPhone", "13900001111"))
                .andExpect(status().is3xxRedirection());
        assertThat(contacts.of(manager, e)).isEqualTo(new Contacts("王法人", "赵联系", "13900001111"));
        mvc.perform(get("/enterprises/" + e).with(TestActors.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王法人")))
                .andExpect(content().string(containsString("139****1111")))
                .andExpect(content().string(not(containsString("13900001111"))));
        // a stale version is refused; a blank phone keeps the stored one
        assertThatThrownBy(() -> contacts.change(manager, e, version, new Contacts("新法人", null, null)))
                .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.kind()).isEqualTo(BusinessException.Kind.CONFLICT));
        contacts.change(manager, e, version + 1, new Contacts("新法人", null, null));
        assertThat(contacts.of(manager, e)).isEqualTo(new Contacts("新法人", null, "13900001111"));
        // another county cannot read them (404)
        assertThatThrownBy(() -> contacts.of(data.actor(data.other, "hist_o2", "enterprise:read"), e))
                .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }
}
