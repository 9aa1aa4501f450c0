package cn.anjian.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12 defect 5: audio and video answer HTTP range requests so players can seek. */
@IntegrationTest
class MediaRangeTests {

    static final TestActors.TestActor OFFICER = TestActors.actor("officer", 42, "/1/5/42/", "file:upload", "file:read");
    static final TestActors.TestActor OTHER = TestActors.actor("other", 43, "/1/5/43/", "file:upload", "file:read");

    @Autowired MockMvc mvc;

    static byte[] mp4(int size) {
        byte[] b = new byte[size];
        new Random().nextBytes(b);
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    long upload(byte[] bytes, String name) throws Exception {
        String body = mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", name, "video/mp4", bytes))
                        .with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    @DisplayName("Issue 12 defect 5: a video announces Accept-Ranges; a byte range answers 206 with Content-Range and exactly those bytes")
    void partialContent() throws Exception {
        byte[] video = mp4(200_000);
        long id = upload(video, "执法记录仪.mp4");
        String url = "/api/v1/files/" + id + "/content";
        mvc.perform(get(url).with(TestActors.as(OFFICER))).andExpect(status().isOk())
                .andExpect(header().string("Accept-Ranges", "bytes")).andExpect(content().bytes(video));
        mvc.perform(get(url).header("Range", "bytes=100-199").with(TestActors.as(OFFICER)))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 100-199/200000"))
                .andExpect(header().string("Content-Length", "100"))
                .andExpect(header().string("Content-Type", "video/mp4"))
                .andExpect(content().bytes(Arrays.copyOfRange(video, 100, 200)));
        // open-ended and suffix ranges (a player seeking to the end)
        mvc.perform(get(url).header("Range", "bytes=199990-").with(TestActors.as(OFFICER)))
                .andExpect(status().isPartialContent()).andExpect(header().string("Content-Range", "bytes 199990-199999/200000"))
                .andExpect(content().bytes(Arrays.copyOfRange(video, 199_990, 200_000)));
        mvc.perform(get(url).header("Range", "bytes=-10").with(TestActors.as(OFFICER)))
                .andExpect(status().isPartialContent()).andExpect(content().bytes(Arrays.copyOfRange(video, 199_990, 200_000)));
        // a range beyond the end reads up to the end
        byte[] tail = mvc.perform(get(url).header("Range", "bytes=150000-999999").with(TestActors.as(OFFICER)))
                .andExpect(status().isPartialContent()).andReturn().getResponse().getContentAsByteArray();
        assertThat(tail).isEqualTo(Arrays.copyOfRange(video, 150_000, 200_000));
    }

    @Test
    @DisplayName("Issue 12 defect 5: an unsatisfiable or malformed range answers 416 with Content-Range bytes */size; out of scope stays 404")
    void badRanges() throws Exception {
        long id = upload(mp4(5_000), "现场.mp4");
        String url = "/api/v1/files/" + id + "/content";
        mvc.perform(get(url).header("Range", "bytes=5000-6000").with(TestActors.as(OFFICER)))
                .andExpect(status().isRequestedRangeNotSatisfiable()).andExpect(header().string("Content-Range", "bytes */5000"));
        mvc.perform(get(url).header("Range", "bytes=abc").with(TestActors.as(OFFICER)))
                .andExpect(status().isRequestedRangeNotSatisfiable());
        mvc.perform(get(url).header("Range", "bytes=0-9").with(TestActors.as(OTHER))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Issue 12 defect 5: other types ignore Range and are sent whole and verified (no Accept-Ranges)")
    void otherTypesWhole() throws Exception {
        byte[] pdf = ("%PDF-1.4 range " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String body = mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf))
                        .with(csrf()).with(TestActors.as(OFFICER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/files/" + id + "/content").header("Range", "bytes=0-3").with(TestActors.as(OFFICER)))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Accept-Ranges")).andExpect(content().bytes(pdf));
    }
}
