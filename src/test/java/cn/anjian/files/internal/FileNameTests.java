package cn.anjian.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13, finding 9: a stored file name cannot read differently from what it is. */
class FileNameTests {

    @Test
    @DisplayName("issue 13 finding 9: bidirectional overrides and isolates are stripped from file names (an .html cannot show as .png)")
    void bidiStripped() {
        String rlo = "\u202E";
        assertThat(FileService.safeName("abc" + rlo + "lmth.png")).isEqualTo("abclmth.png");
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertThat(FileService.safeName("报告" + c + ".pdf")).isEqualTo("报告.pdf");
        }
        assertThat(FileService.safeName("dir/a\u0000b\".txt")).isEqualTo("ab.txt");
        assertThat(FileService.safeName("现场照片.jpg")).isEqualTo("现场照片.jpg");
    }
}
