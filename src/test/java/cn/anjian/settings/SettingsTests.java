package cn.anjian.settings;

import java.time.LocalDate;
import java.util.Map;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.enforcement.cases.EnforcementSettings;
import cn.anjian.kernel.BusinessException;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import cn.anjian.settings.internal.SettingsAdministration.NewVersion;
import cn.anjian.settings.internal.SettingsAdministration.VersionRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static cn.anjian.settings.SettingsTestSupport.PROVINCE_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SettingsTests {

    static final Setting<Integer> LOOK_BACK = EnforcementSettings.AVOIDANCE_LOOK_BACK_YEARS;
    static final String KEY = LOOK_BACK.key();
    static final TestActors.TestActor CITY_ADMIN = TestActors.actor("city-sysadmin", 777, "/1/777/",
            "settings:read", "settings:manage", "home:view");
    static final TestActors.TestActor OFFICER = TestActors.actor("settings-officer", 7001, "/1/777/7001/", "home:view", "case:read");

    @Autowired Settings settings;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    @AfterEach
    void cleanUp() {
        SettingsTestSupport.reset(jdbc, store, LOOK_BACK);
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long versions() {
        return jdbc.sql("select count(*) from stg_version where setting_key = :k").param("k", KEY).query(Long.class).single();
    }

    @Test
    @DisplayName("EXP-08 a new look-back applies from its effective date and not the day before; earlier days keep the old value")
    void effectiveFrom() {
        LocalDate d = today().plusDays(10);
        assertThat(settings.value(LOOK_BACK, d)).isEqualTo(3);
        SettingsTestSupport.schedule(admin, LOOK_BACK, "5", d);
        assertThat(settings.value(LOOK_BACK, d.minusDays(1))).isEqualTo(3);
        assertThat(settings.value(LOOK_BACK, d)).isEqualTo(5);
        assertThat(settings.value(LOOK_BACK, d.plusYears(1))).isEqualTo(5);

        SettingsTestSupport.schedule(admin, LOOK_BACK, "4", d.plusDays(10));
        assertThat(settings.value(LOOK_BACK, d.plusDays(9))).isEqualTo(5);
        assertThat(settings.value(LOOK_BACK, d.plusDays(10))).isEqualTo(4);
        // a second version for the same day replaces the first before it applies; both stay in the history
        SettingsTestSupport.schedule(admin, LOOK_BACK, "6", d.plusDays(10));
        assertThat(settings.value(LOOK_BACK, d.plusDays(10))).isEqualTo(6);
        var row = admin.setting(KEY);
        assertThat(row.currentDisplay()).isEqualTo("3 年");
        assertThat(row.currentSince()).isNull();
        assertThat(row.history()).extracting(VersionRow::value).containsExactly("6", "4", "5");
        assertThat(row.history()).extracting(VersionRow::state).containsExactly("待生效", "已被取代", "待生效");

        // once the day arrives the page shows it in force
        clock.set(d.atTime(9, 0));
        store.changed();
        var later = admin.setting(KEY);
        assertThat(later.currentDisplay()).isEqualTo("5 年");
        assertThat(later.currentSince()).isEqualTo(d);
        assertThat(later.history()).extracting(VersionRow::state).containsExactly("待生效", "已被取代", "生效中");
        assertThat(versions()).isEqualTo(3);
    }

    @Test
    @DisplayName("a past effective date, a value of the wrong type or out of bounds and a missing reason are all refused at once, nothing stored")
    void refusals() {
        Map<String, String> problems = admin.problems(KEY, new NewVersion("51", today().minusDays(1).toString(), " "));
        assertThat(problems).containsOnlyKeys("value", "effectiveFrom", "reason");
        assertThat(problems.get("value")).contains("0 到 50 年");
        assertThat(problems.get("effectiveFrom")).contains("不能早于今天");
        assertThat(admin.problems(KEY, new NewVersion("三年", today().toString(), "依据")))
                .containsOnlyKeys("value").extractingByKey("value").asString().contains("须为整数");
        assertThatThrownBy(() -> admin.schedule(PROVINCE_ADMIN, KEY, new NewVersion("-1", today().toString(), "依据")))
                .isInstanceOf(BusinessException.class)
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        assertThatThrownBy(() -> admin.schedule(PROVINCE_ADMIN, KEY, new NewVersion("4", today().minusDays(1).toString(), "依据")))
                .hasMessageContaining("历史不能改写");
        assertThat(versions()).isZero();
        // today itself is allowed
        admin.schedule(PROVINCE_ADMIN, KEY, new NewVersion("4", today().toString(), "依据"));
        assertThat(settings.value(LOOK_BACK, today())).isEqualTo(4);
    }

    @Test
    @DisplayName("IAM-01 only a province-level system administrator changes settings; a city one reads them")
    void provinceOnly() {
        assertThat(admin.mayManage(PROVINCE_ADMIN)).isTrue();
        assertThat(admin.mayManage(CITY_ADMIN)).isFalse();
        assertThatThrownBy(() -> admin.schedule(CITY_ADMIN, KEY, new NewVersion("4", today().plusDays(1).toString(), "依据")))
                .satisfies(t -> {
                    assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
                    assertThat(((BusinessException) t).code()).isEqualTo("SETTING-PROVINCE-ONLY");
                });
        assertThat(versions()).isZero();
    }

    @Test
    @DisplayName("AUD-01 a change is audited with the value it replaces on that day and the new one")
    void audited() {
        LocalDate d = today().plusDays(3);
        SettingsTestSupport.schedule(admin, LOOK_BACK, "5", d);
        var entry = jdbc.sql("""
                select actor, before->>'value' as was, after->>'value' as now, after->>'effectiveFrom' as from_day
                from audit_entry where action = 'settings.version.scheduled' and subject_id = :k order by id desc limit 1""")
                .param("k", KEY).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        assertThat(entry).containsExactly("province-sysadmin", "3", "5", d.toString());
    }

    @Test
    @DisplayName("the page lists the settings by module with value, default, source and history; a city administrator only reads")
    void page() throws Exception {
        SettingsTestSupport.schedule(admin, LOOK_BACK, "5", today().plusDays(2));
        mvc.perform(get("/admin/settings").with(TestActors.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("规则参数")))
                .andExpect(content().string(containsString("执法办案")))
                .andExpect(content().string(containsString("回避审查追溯年限")))
                .andExpect(content().string(containsString("社会监督员意见线索答复期限")))
                .andExpect(content().string(containsString("《中华人民共和国行政处罚法》")))
                .andExpect(content().string(containsString("待生效")))
                .andExpect(content().string(containsString("安排新值")))
                .andExpect(content().string(not(containsString("EXP-08"))))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("province-sysadmin"))));
        mvc.perform(get("/admin/settings").with(TestActors.as(CITY_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只有省级系统管理员可以调整")))
                .andExpect(content().string(not(containsString("安排新值"))));
        mvc.perform(get("/admin/settings").with(TestActors.as(OFFICER))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("the form shows every problem inline at once and stores nothing; a valid value is scheduled; a city administrator is refused")
    void form() throws Exception {
        mvc.perform(post("/admin/settings/" + KEY + "/versions").with(TestActors.as(PROVINCE_ADMIN)).with(csrf())
                        .param("value", "99").param("effectiveFrom", today().minusDays(3).toString()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("取值须在 0 到 50 年之间")))
                .andExpect(content().string(containsString("生效日期不能早于今天")))
                .andExpect(content().string(containsString("请填写调整依据")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(versions()).isZero();
        mvc.perform(post("/admin/settings/" + KEY + "/versions").with(TestActors.as(PROVINCE_ADMIN)).with(csrf())
                        .param("value", "5").param("effectiveFrom", today().plusDays(1).toString()).param("reason", "晋应急发〔2027〕1号"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/settings#setting-" + KEY))
                .andExpect(flash().attribute("flashMessage", containsString("5 年")));
        assertThat(versions()).isEqualTo(1);
        mvc.perform(post("/admin/settings/" + KEY + "/versions").with(TestActors.as(CITY_ADMIN)).with(csrf())
                        .param("value", "4").param("effectiveFrom", today().plusDays(1).toString()).param("reason", "依据"))
                .andExpect(status().isForbidden());
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    @DisplayName("the API lists settings and schedules versions; refusals are problem+json (400 with every field, 403, 404)")
    void api() throws Exception {
        mvc.perform(get("/api/v1/settings").with(TestActors.as(CITY_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].settings[*].key", hasItem(KEY)))
                .andExpect(jsonPath("$[*].settings[?(@.key == '" + KEY + "')].defaultValue", hasItem("3")));
        String from = today().plusDays(5).toString();
        mvc.perform(post("/api/v1/settings/" + KEY + "/versions").with(TestActors.as(PROVINCE_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"6\",\"effectiveFrom\":\"" + from + "\",\"reason\":\"依据\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value("6"))
                .andExpect(jsonPath("$.effectiveFrom").value(from))
                .andExpect(jsonPath("$.state").value("待生效"));
        mvc.perform(get("/api/v1/settings/" + KEY).with(TestActors.as(PROVINCE_ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.history[0].value").value("6"));
        mvc.perform(post("/api/v1/settings/" + KEY + "/versions").with(TestActors.as(PROVINCE_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"x\",\"effectiveFrom\":\"2000-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("value", "effectiveFrom", "reason")));
        mvc.perform(post("/api/v1/settings/" + KEY + "/versions").with(TestActors.as(CITY_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"4\",\"effectiveFrom\":\"" + from + "\",\"reason\":\"依据\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SETTING-PROVINCE-ONLY"));
        mvc.perform(post("/api/v1/settings/no.such-key/versions").with(TestActors.as(PROVINCE_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"4\",\"effectiveFrom\":\"" + from + "\",\"reason\":\"依据\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/settings").with(TestActors.as(OFFICER))).andExpect(status().isForbidden());
        assertThat(versions()).isEqualTo(1);
    }
}
