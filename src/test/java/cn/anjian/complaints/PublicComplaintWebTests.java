package cn.anjian.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Scope;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public's complaints and tips on the portal (CMP-01/02), the handler-only identity (CAP-08), questions (PUB-09). */
@IntegrationTest
class PublicComplaintWebTests {

    static final String KEY = "complaints.public-answer-working-days";
    static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Deadlines deadlines;
    @Autowired MutableClock clock;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;

    @AfterEach
    void cleanUp() {
        SettingsTestSupport.reset(jdbc, store, KEY);
        clock.reset();
    }

    /** Every test files from its own address, so the per-address limits of one test never touch another. */
    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static String freshAddress() {
        return "10.14." + (ADDRESS.incrementAndGet() / 250) + "." + (ADDRESS.get() % 250 + 1);
    }

    /** A browser of one address: keeps its session cookie; reads the captcha question from the page it was shown. */
    final class Visitor {
        final String address;
        jakarta.servlet.http.Cookie[] cookies = new jakarta.servlet.http.Cookie[0];
        String question;

        Visitor(String address) {
            this.address = address;
        }

        MvcResult open(String url, String... params) throws Exception {
            var req = get(url).with(from(address));
            for (int i = 0; i < params.length; i += 2) {
                req.param(params[i], params[i + 1]);
            }
            if (cookies.length > 0) {
                req.cookie(cookies);
            }
            MvcResult r = mvc.perform(req).andReturn();
            keep(r);
            return r;
        }

        void keep(MvcResult r) throws Exception {
            if (r.getResponse().getCookies().length > 0) {
                cookies = r.getResponse().getCookies();
            }
            var m = java.util.regex.Pattern.compile("id=\"captcha-question\">(\\d+) (加|减) (\\d+) 等于几？")
                    .matcher(r.getResponse().getContentAsString());
            if (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                question = String.valueOf("加".equals(m.group(2)) ? a + b : a - b);
            }
        }

        MvcResult send(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> req) throws Exception {
            req.with(csrf()).with(from(address));
            if (cookies.length > 0) {
                req.cookie(cookies);
            }
            MvcResult r = mvc.perform(req).andReturn();
            keep(r);
            return r;
        }

        String answer() {
            return question;
        }
    }

    MvcResult post(Visitor v, String captcha, String kind, boolean anonymous, String name, String phone) throws Exception {
        var req = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/public/complaints")
                .param("portal", zezhouCode())
                .param("kind", kind).param("title", "某化工厂夜间偷排").param("content", "每晚十点后厂区东侧排污口有异味废水排出")
                .param("location", "泽州县某镇").param("enterpriseName", "某化工有限公司").param("captcha", captcha);
        if (anonymous) {
            req.param("anonymous", "true");
        } else {
            req.param("contactName", name).param("contactPhone", phone);
        }
        return v.send(req);
    }

    /** Opens the form (a captcha question in the session), answers it and files; returns the tracking code. */
    String file(String address, String kind, boolean anonymous, String name, String phone) throws Exception {
        Visitor v = new Visitor(address);
        MvcResult form = v.open("/public/complaints/new");
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        MvcResult r = post(v, v.answer(), kind, anonymous, name, phone);
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        return (String) r.getFlashMap().get("filedCode");
    }

    long idOf(String code) {
        return jdbc.sql("SELECT id FROM cmp_submission WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM cmp_submission").query(Long.class).single();
    }

    TestActors.TestActor staff(String login, String... permissions) {
        var u = jdbc.sql("SELECT id, display_name, agency_id, scope_path FROM iam_user_view WHERE username = :u").param("u", login)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)}).single();
        long agency = (Long) u[2];
        long jurisdiction = jdbc.sql("SELECT jurisdiction_id FROM org_agency_view WHERE id = :a").param("a", agency)
                .query(Long.class).single();
        return new TestActors.TestActor((Long) u[0], login, (String) u[1], agency, "泽州县应急管理局", null, jurisdiction,
                new Scope((String) u[3]), java.util.Set.of(permissions));
    }

    String zezhouCode() {
        return jdbc.sql("SELECT j.code FROM org_agency_view a JOIN org_jurisdiction_view j ON j.id = a.jurisdiction_id WHERE a.name = '泽州县应急管理局'")
                .query(String.class).single();
    }

    @Test
    @DisplayName("CMP-01 an anonymous citizen files on the portal and follows it with the code alone; the code is shown once")
    void anonymousFilingAndTracking() throws Exception {
        String address = freshAddress();
        Visitor v = new Visitor(address);
        assertThat(v.open("/public/complaints/new", "portal", zezhouCode()).getResponse().getContentAsString()).contains("泽州县应急管理局");
        MvcResult r = v.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/public/complaints")
                        .param("portal", zezhouCode())
                        .param("kind", "VIOLATION_CLUE").param("title", "某化工厂夜间偷排").param("content", "排污口有异味废水")
                        .param("anonymous", "true").param("captcha", v.answer()));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        String code = (String) r.getFlashMap().get("filedCode");
        assertThat(code).matches("JD[A-Z0-9]{16}");
        var row = jdbc.sql("SELECT channel, anonymous, contact_name, a.name FROM cmp_submission s JOIN org_agency_view a ON a.id = s.agency_id WHERE tracking_code = :c")
                .param("c", code).query((rs, n) -> rs.getString(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3) + "|" + rs.getString(4)).single();
        assertThat(row).isEqualTo("PUBLIC_PORTAL|true|null|泽州县应急管理局");

        // the "filed" page shows the code from the flash only: reloading it does not show it again
        MvcResult shown = v.open("/public/complaints/filed");
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        assertThat(shown.getResponse().getContentAsString()).contains(code);
        assertThat(v.open("/public/complaints/filed").getResponse().getStatus()).isEqualTo(302);

        // anyone holding the code, without a session or an account, sees the progress (lower case typed too)
        mvc.perform(get("/public/track").param("code", code.toLowerCase()).with(from(freshAddress())))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("待受理")))
                .andExpect(content().string(containsString("某化工厂夜间偷排")));
        mvc.perform(get("/public/track").param("code", "JDAAAAAAAAAAAAAAAA").with(from(freshAddress())))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("没有找到该查询码")));
    }

    @Test
    @DisplayName("CMP-01 a wrong captcha is refused with nothing stored, and the question is used once: replaying the right answer fails too")
    void captcha() throws Exception {
        Visitor v = new Visitor(freshAddress());
        v.open("/public/complaints/new");
        String answer = v.answer();
        long before = count();
        MvcResult wrong = post(v, String.valueOf(Integer.parseInt(answer) + 1), "COMPLAINT", true, null, null);
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrong.getResponse().getContentAsString()).contains("验证码答案不正确");
        assertThat(count()).isEqualTo(before);
        // the refused page's new question may have the same answer by chance (≈ 1 in 25): then ask again, so that the
        // replayed answer is wrong for the question in force
        while (v.answer().equals(answer)) {
            v.open("/public/complaints/new");
        }
        MvcResult replay = post(v, answer, "COMPLAINT", true, null, null);
        assertThat(replay.getResponse().getStatus()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
        // the refused page asked a new question, which works once
        assertThat(post(v, v.answer(), "COMPLAINT", true, null, null).getResponse().getStatus()).isEqualTo(302);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("CMP-01 a named filing without a valid phone is refused next to the field, nothing stored")
    void namedNeedsPhone() throws Exception {
        Visitor v = new Visitor(freshAddress());
        v.open("/public/complaints/new");
        long before = count();
        MvcResult r = post(v, v.answer(), "COMPLAINT", false, "张晓明", "12345");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("请填写正确的联系电话");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("Issue 14 abuse resistance: the sixth form from one address within ten minutes answers 429; another address still files")
    void submitLimit() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/public/complaints")
                    .with(csrf()).with(from(address)).param("captcha", "0"));
        }
        long before = count();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/public/complaints")
                        .with(csrf()).with(from(address)).param("captcha", "0"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("请求过于频繁")));
        assertThat(count()).isEqualTo(before);
        assertThat(file(freshAddress(), "COMPLAINT", true, null, null)).startsWith("JD");
    }

    @Test
    @DisplayName("CMP-02 the answer period is the setting in force on the day of filing (15 working days; 10 from its date)")
    void answerPeriod() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        SettingsTestSupport.schedule(admin, KEY, "10", LocalDate.of(2026, 3, 4));
        clock.set(LocalDateTime.of(2026, 3, 3, 10, 0));
        long before = jdbc.sql("SELECT deadline_id FROM cmp_submission WHERE tracking_code = :c")
                .param("c", file(freshAddress(), "COMPLAINT", true, null, null)).query(Long.class).single();
        assertThat(deadlines.find(new DeadlineId(before)).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        clock.set(LocalDateTime.of(2026, 3, 4, 10, 0));
        long from = jdbc.sql("SELECT deadline_id FROM cmp_submission WHERE tracking_code = :c")
                .param("c", file(freshAddress(), "COMPLAINT", true, null, null)).query(Long.class).single();
        var d = deadlines.find(new DeadlineId(from)).orElseThrow();
        assertThat(d.period().amount()).isEqualTo(10);
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    @DisplayName("CMP-02 declining needs a reason (refused, nothing changed); the citizen reads the reason with the code")
    void declineWithReason() throws Exception {
        String code = file(freshAddress(), "COMPLAINT", true, null, null);
        long id = idOf(code);
        TestActors.TestActor office = staff("zz_officer", "submission:handle");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints/submissions/" + id + "/decline")
                        .with(TestActors.as(office)).with(csrf()).param("reason", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不予受理须填写理由")));
        assertThat(jdbc.sql("SELECT status FROM cmp_submission WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SUBMITTED");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints/submissions/" + id + "/decline")
                        .with(TestActors.as(office)).with(csrf()).param("reason", "不属于应急管理部门职责，请向生态环境部门反映"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/track").param("code", code).with(from(freshAddress())))
                .andExpect(content().string(containsString("不予受理")))
                .andExpect(content().string(containsString("请向生态环境部门反映")))
                .andExpect(content().string(not(containsString("zz_officer"))));
    }

    @Test
    @DisplayName("CAP-08 the submitter's name is masked in the list, the export and for colleagues; only the handler sees it, audited")
    void identityOnlyForTheHandler() throws Exception {
        String code = file(freshAddress(), "VIOLATION_CLUE", false, "欧阳振华", "13912345678");
        long id = idOf(code);
        TestActors.TestActor head = staff("zz_unithead", "submission:handle");
        TestActors.TestActor officer = staff("zz_officer", "submission:handle");
        mvc.perform(get("/complaints/submissions").param("q", code).with(TestActors.as(head)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("欧**华")))
                .andExpect(content().string(not(containsString("欧阳振华"))));
        var rows = cn.anjian.ExportDownloads.rows(mvc, get("/complaints/submissions/export").param("q", code).with(TestActors.as(head)));
        assertThat(rows).hasSize(1);
        assertThat(String.join("|", rows.get(0).values())).contains("欧**华").doesNotContain("欧阳振华").doesNotContain("13912345678");
        // before a handler is assigned nobody may look; then only the handler
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints/submissions/" + id + "/identity")
                .with(TestActors.as(head)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints/submissions/" + id + "/assign")
                .with(TestActors.as(head)).with(csrf()).param("handler", String.valueOf(officer.userId())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/complaints/submissions/" + id).with(TestActors.as(head)))
                .andExpect(content().string(containsString("欧**华"))).andExpect(content().string(not(containsString("欧阳振华"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints/submissions/" + id + "/identity")
                .with(TestActors.as(head)).with(csrf())).andExpect(status().isForbidden());
        long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'complaints.submission.identity-viewed' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints/submissions/" + id + "/identity")
                        .with(TestActors.as(officer)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("欧阳振华")))
                .andExpect(content().string(containsString("13912345678")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'complaints.submission.identity-viewed' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(audited + 1);
        // the audit trail itself never holds the name
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = :id AND (coalesce(before::text, '') || coalesce(after::text, '')) LIKE '%欧阳振华%'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("CMP-01 photos go through the file store: a PNG is kept with the complaint; a text file named .jpg is refused, nothing stored")
    void photos() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        Visitor v = new Visitor(freshAddress());
        v.open("/public/complaints/new");
        long before = count();
        MvcResult fake = v.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/public/complaints")
                .file(new org.springframework.mock.web.MockMultipartFile("photos", "现场.jpg", "image/jpeg", "<html>not a photo</html>".getBytes()))
                .param("portal", zezhouCode()).param("kind", "COMPLAINT").param("title", "带照片的投诉").param("content", "见照片")
                .param("anonymous", "true").param("captcha", v.answer()));
        assertThat(fake.getResponse().getStatus()).isEqualTo(400);
        assertThat(fake.getResponse().getContentAsString()).contains("只能上传 JPG、PNG 或 WebP 格式的照片");
        assertThat(count()).isEqualTo(before);
        MvcResult ok = v.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/public/complaints")
                .file(new org.springframework.mock.web.MockMultipartFile("photos", "现场.png", "image/png", png))
                .param("portal", zezhouCode()).param("kind", "COMPLAINT").param("title", "带照片的投诉").param("content", "见照片")
                .param("anonymous", "true").param("captcha", v.answer()));
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        long id = idOf((String) ok.getFlashMap().get("filedCode"));
        assertThat(jdbc.sql("SELECT count(*) FROM cmp_submission_file WHERE submission_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/complaints/submissions/" + id).with(TestActors.as(staff("zz_unithead", "submission:handle"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("现场.png")));
    }

    @Test
    @DisplayName("CMP-01 staff type a 12345 call; a supervisor's channel cannot be typed by staff")
    void hotlineEntry() throws Exception {
        TestActors.TestActor office = staff("zz_officer", "submission:handle");
        MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints/submissions")
                        .with(TestActors.as(office)).with(csrf()).param("channel", "HOTLINE_12345").param("kind", "HAZARD_CLUE")
                        .param("title", "某矿区道路塌陷").param("content", "12345 转来：某矿区运输道路塌陷").param("anonymous", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) r.getFlashMap().get("flashMessage")).contains("查询码 JD");
        long before = count();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints/submissions")
                        .with(TestActors.as(office)).with(csrf()).param("channel", "SUPERVISOR").param("kind", "HAZARD_CLUE")
                        .param("title", "t").param("content", "c").param("anonymous", "true"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("只能登记 12345 热线或来信")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("PUB-09 / PUB-10 a question about a published entry goes to its owning unit and is followed with the same code")
    void questionOnAnEntry() throws Exception {
        var owner = jdbc.sql("SELECT a.id, a.jurisdiction_id, a.scope_path FROM org_agency_view a WHERE a.name = '泽州县应急管理局'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).single();
        Long unit = jdbc.sql("SELECT id FROM org_unit_view WHERE agency_id = :a ORDER BY id LIMIT 1").param("a", owner[0])
                .query(Long.class).single();
        long pub = jdbc.sql("""
                        INSERT INTO pub_publication (owner_agency_id, owner_unit_id, owner_name, jurisdiction_id, scope_path, kind, title,
                            content, published_at, source_module, source_type, source_id)
                        VALUES (:a, :u, '泽州县应急管理局', :j, :p, 'INSPECTOR_CERTIFICATE_CANCELLED', '测试公示：某公司行政处罚结果', '内容',
                            now(), 'test', 'test', :s) RETURNING id""")
                .param("a", owner[0]).param("u", unit).param("j", owner[1]).param("p", owner[2])
                .param("s", String.valueOf(System.nanoTime())).query(Long.class).single();
        Visitor v = new Visitor(freshAddress());
        assertThat(v.open("/public/notices/" + pub + "/question").getResponse().getContentAsString()).contains("测试公示：某公司行政处罚结果");
        MvcResult r = v.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/public/notices/" + pub + "/question")
                        .param("type", "CORRECTION").param("content", "处罚金额与决定书不一致").param("anonymous", "true")
                        .param("captcha", v.answer()));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        String code = (String) r.getFlashMap().get("filedCode");
        var row = jdbc.sql("SELECT kind, about_ref, owner_unit_id, deadline_id FROM cmp_submission WHERE tracking_code = :c").param("c", code)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)}).single();
        assertThat(row[0]).isEqualTo("CORRECTION");
        assertThat(row[1]).isEqualTo("publication:" + pub);
        assertThat(row[2]).isEqualTo(unit);
        assertThat(deadlines.find(new DeadlineId((Long) row[3])).orElseThrow().ruleId()).isEqualTo("PUB-09");
        mvc.perform(get("/public/track").param("code", code).with(from(freshAddress())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("纠错")))
                .andExpect(content().string(containsString("测试公示：某公司行政处罚结果")));
    }
}
