package cn.anjian.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.kernel.CodeLabels;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** Issue 12: the audit page's before/after read as labels — no enum code, no field key. */
@IntegrationTest
class AuditValueLabelsTests {

    private static final TestActors.TestActor AUDITOR = TestActors.actor("audit_admin", 1, "/1/", "audit:read");
    private static final Pattern DETAILS = Pattern.compile("<details.*?</details>", Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    @DisplayName("Issue 12: a case's stage code reads as its label, under the field's Chinese name (lastStage：REGISTRATION → 原环节：立案)")
    void stageCode() {
        assertThat(AuditValues.readable(json, "enforcement.case.stage-changed", "{\"lastStage\":\"INITIATION\",\"stage\":\"INVESTIGATION\"}"))
                .containsEntry("原环节", CodeLabels.label("enforcement", "lastStage", "INITIATION").orElseThrow())
                .containsEntry("环节", "调查取证");
        assertThat(AuditValues.readable(json, "enforcement.case.stage-changed", "{\"stage\":\"INVESTIGATION\"}").values())
                .noneMatch(v -> v.contains("INVESTIGATION"));
    }

    @Test
    @DisplayName("Issue 12: one constant in several enums is told apart by module and field; role codes, rule IDs, lists, references and yes/no")
    void ambiguousAndOthers() {
        assertThat(AuditValues.text("legalreview", "outcome", "APPROVE")).isEqualTo("同意");
        assertThat(AuditValues.text("identity", "roles", "GENERAL_OFFICE")).isEqualTo("综合办公室");
        assertThat(AuditValues.text("calendar", "ruleId", "LR-11")).contains("法制审核").doesNotContain("LR-11");
        assertThat(AuditValues.text("personnel", "specialties", "COAL_MINE,NON_COAL_MINE")).doesNotContain("COAL_MINE").contains("、");
        assertThat(AuditValues.text("enforcement", "origin", "DRAW_RESULT/1")).isEqualTo("双随机抽查结果（1）");
        assertThat(AuditValues.text("enforcement", "title", "泽州县巴公煤业年度监督检查")).isEqualTo("泽州县巴公煤业年度监督检查");
        assertThat(AuditValues.readable(json, "org.unit.created", "{\"enabled\":true,\"unknownKey\":\"x\"}"))
                .containsEntry("启用", "是").containsEntry(FieldLabels.UNKNOWN, "x");
    }

    @Test
    @DisplayName("Issue 12: every field the demo's audit entries record has a Chinese name")
    void everyDemoFieldNamed() {
        List<String> keys = jdbc.sql("""
                SELECT DISTINCT k FROM audit_entry a,
                LATERAL jsonb_object_keys(CASE WHEN jsonb_typeof(coalesce(a.before, a.after)) = 'object'
                    THEN coalesce(a.before, '{}'::jsonb) || coalesce(a.after, '{}'::jsonb) ELSE '{}'::jsonb END) k""")
                .query(String.class).list();
        assertThat(keys).isNotEmpty();
        assertThat(keys).filteredOn(k -> !FieldLabels.known(k)).isEmpty();
    }

    @Test
    @DisplayName("Issue 12: no raw enum code in the rendered audit page's before/after for the demo entries")
    void noRawCodeOnThePage() throws Exception {
        Set<String> codes = new LinkedHashSet<>(jdbc.sql("""
                SELECT DISTINCT v #>> '{}' FROM audit_entry a,
                LATERAL jsonb_each(CASE WHEN jsonb_typeof(coalesce(a.before, a.after)) = 'object'
                    THEN coalesce(a.before, '{}'::jsonb) || coalesce(a.after, '{}'::jsonb) ELSE '{}'::jsonb END) AS e(k, v)
                WHERE jsonb_typeof(v) = 'string' AND (v #>> '{}') ~ '^[A-Z][A-Z0-9_]{2,}$'""").query(String.class).list());
        assertThat(codes).contains("INVESTIGATION", "APPROVED");
        StringBuilder shown = new StringBuilder();
        String url = "/audit?size=100";
        for (int page = 0; url != null && page < 60; page++) {
            String html = mvc.perform(get(url).with(TestActors.as(AUDITOR))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            Matcher m = DETAILS.matcher(html);
            while (m.find()) {
                shown.append(m.group().replaceAll("<[^>]+>", " ")).append('\n');
            }
            Matcher next = Pattern.compile("id=\"next-page\" href=\"(?:https?://[^/\"]+)?([^\"]+)\"").matcher(html);
            url = next.find() ? next.group(1).replace("&amp;", "&") : null;
        }
        assertThat(shown).contains("调查取证");
        List<String> raw = new ArrayList<>();
        for (String c : codes) {
            if (Pattern.compile("(?<![A-Za-z0-9_])" + c + "(?![A-Za-z0-9_])").matcher(shown).find()) {
                raw.add(c);
            }
        }
        assertThat(raw).isEmpty();
    }
}
