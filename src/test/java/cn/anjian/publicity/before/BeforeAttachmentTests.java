package cn.anjian.publicity.before;

import static cn.anjian.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** PUB-01: legal bases and discretion benchmarks as attached documents, downloadable by anyone while the item is published. */
@IntegrationTest
class BeforeAttachmentTests {

    static final byte[] PDF = "%PDF-1.4\n% 裁量基准\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ActingUsers users;
    @Autowired DisclosureItems items;
    @Autowired Files files;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    TestActor user(String username) {
        Actor a = users.actor(username).orElseThrow();
        Set<String> perms = new HashSet<>(Set.of("home:view", "portal:content"));
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), perms);
    }

    long legalBasis(TestActor office, String title) {
        return items.create(office, BeforeKind.LEGAL_BASIS, new DisclosureItems.Input(title, null,
                String.valueOf(items.units(office).get(0).id()), "0",
                Map.of("category", "裁量基准", "issuer", "山西省应急管理厅 晋应急发〔2026〕1号", "summary", "罚款裁量的情形与幅度")));
    }

    @Test
    @DisplayName("PUB-01 an attached benchmark is downloadable anonymously only while its item is published, re-hashed; before and after it is 404")
    void publicOnlyWhilePublished() throws Exception {
        TestActor office = user("zz_office");
        long id = legalBasis(office, "附件测试：行政处罚自由裁量基准");
        mvc.perform(multipart("/publicity/before/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "自由裁量基准.pdf", "application/pdf", PDF)).with(csrf()).with(as(office)))
                .andExpect(status().is3xxRedirection());
        long fileId = jdbc.sql("SELECT file_id FROM pub_before_attachment WHERE item_id = :i").param("i", id).query(Long.class).single();
        // a draft's file is not public
        mvc.perform(get("/public/files/" + fileId).with(from("10.61.0.1"))).andExpect(status().isNotFound());

        items.publish(office, id);
        byte[] body = mvc.perform(get("/public/files/" + fileId).with(from("10.61.0.1"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().exists("X-Content-SHA256"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(PDF);
        mvc.perform(get("/public/before/items/" + id).with(from("10.61.0.1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/public/files/" + fileId)))
                .andExpect(content().string(containsString("自由裁量基准.pdf")));
        mvc.perform(get("/public/before/bases").with(from("10.61.0.1")))
                .andExpect(content().string(containsString("/public/files/" + fileId)));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'files.file.made-public' AND subject_id = :f")
                .param("f", String.valueOf(fileId)).query(Long.class).single()).isOne();

        items.unpublish(office, id);
        mvc.perform(get("/public/files/" + fileId).with(from("10.61.0.1"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/before/items/" + id).with(from("10.61.0.1"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PUB-01 a file no published item holds (another upload, an unknown id, a malformed id) is 404/400 for the anonymous public")
    void otherFilesAreNotPublic() throws Exception {
        TestActor office = user("zz_office");
        long other = files.store(new ByteArrayInputStream(PDF), "内部材料.pdf", null, null, office).id();
        mvc.perform(get("/public/files/" + other).with(from("10.61.0.2"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/files/999999999").with(from("10.61.0.2"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/files/abc").with(from("10.61.0.2"))).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("PUB-01 only PDF or .docx documents are attached: another name or a content that is not one is refused inline, nothing attached")
    void onlyDocuments() throws Exception {
        TestActor office = user("zz_office");
        long id = legalBasis(office, "附件测试：类型限制");
        mvc.perform(multipart("/publicity/before/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "脚本.html", "text/html", "<script>x</script>".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(office)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("只能附 PDF 或 Word")));
        assertThatThrownBy(() -> items.attach(office, id, new ByteArrayInputStream("<html></html>".getBytes(StandardCharsets.UTF_8)),
                "伪装.pdf", 13)).isInstanceOf(BusinessException.class).hasMessageContaining("不是 PDF");
        mvc.perform(multipart("/publicity/before/" + id + "/attachments").with(csrf()).with(as(office)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择要上传")));
        assertThat(jdbc.sql("SELECT count(*) FROM pub_before_attachment WHERE item_id = :i").param("i", id).query(Long.class).single()).isZero();
        // another county's item is 404 before the upload is looked at
        TestActor shenchi = user("sc_office");
        mvc.perform(multipart("/publicity/before/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)).with(csrf()).with(as(shenchi)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PUB-01 a removed attachment of a published item stops being public at once")
    void removal() throws Exception {
        TestActor office = user("zz_office");
        long id = legalBasis(office, "附件测试：移除");
        items.publish(office, id);
        long fileId = items.attach(office, id, new ByteArrayInputStream(PDF), "执法依据.pdf", PDF.length);
        mvc.perform(get("/public/files/" + fileId).with(from("10.61.0.3"))).andExpect(status().isOk());
        mvc.perform(post("/publicity/before/" + id + "/attachments/" + fileId + "/remove").with(csrf()).with(as(office)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/files/" + fileId).with(from("10.61.0.3"))).andExpect(status().isNotFound());
    }
}
