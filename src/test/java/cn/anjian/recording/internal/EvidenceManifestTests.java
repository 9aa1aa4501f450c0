package cn.anjian.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EvidenceManifestTests {

    @Test
    @DisplayName("manifest.csv shows an SM3 not yet computed (anjian.files.sm3=after-commit) as 计算中, never \"null\"")
    void pendingSm3() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", "files/a.jpg");
        row.put("sha256", "ab");
        row.put("sm3", null);
        String csv = EvidenceExport.csv(List.of(row));
        assertThat(csv).contains("计算中").doesNotContain("null");
    }
}
