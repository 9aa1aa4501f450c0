package cn.anjian.kernel;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ListKitRows#esc} skips the escaper when nothing needs escaping: the answer must stay Thymeleaf's escaping. */
class ListKitRowsEscTests {

    @Test
    @DisplayName("every single character, and texts with and without markup, escape as Thymeleaf escapes them")
    void sameAsThymeleaf() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "晋" + (char) c + "a";
            assertThat(ListKitRows.esc(s)).as("U+%04X", c).isEqualTo(HtmlEscape.escapeHtml4Xml(s));
        }
        for (String s : new String[] {"", "泽州县", "A&B", "<script>", "\"'", "𠀋 x", "\uD800", "a\uDC00b", "x\u0000y"}) {
            assertThat(ListKitRows.esc(s)).as(s).isEqualTo(HtmlEscape.escapeHtml4Xml(s));
        }
        assertThat(ListKitRows.esc(null)).isEmpty();
        String plain = "晋城市应急管理局";
        assertThat(ListKitRows.esc(plain)).isSameAs(plain);
    }
}
