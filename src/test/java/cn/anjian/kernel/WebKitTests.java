package cn.anjian.kernel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The web kit's plain parts: the text/enum checks of {@link Params}, {@link FilterUrl} and {@link Fmt}. */
class WebKitTests {

    enum Color {
        RED("红色"), GREEN("绿色");

        private final String label;

        Color(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    @Test
    @DisplayName("text: stripped, blank is null or 请填写, length in characters, line breaks allowed")
    void text() {
        assertThat(Params.text("名称", "  甲乙  ", 2)).isEqualTo("甲乙");
        assertThat(Params.text("名称", "   ", 2)).isNull();
        assertThat(Params.text("说明", "第一行\n第二行\t完", 20)).isEqualTo("第一行\n第二行\t完");
        assertThatThrownBy(() -> Params.requiredText("名称", " ", 5)).isInstanceOf(BusinessException.class)
                .hasMessage("请填写名称").matches(e -> ((BusinessException) e).kind() == BusinessException.Kind.BAD_INPUT);
        assertThatThrownBy(() -> Params.text("名称", "甲乙丙", 2)).hasMessage("名称不能超过 2 个字");
        assertThatThrownBy(() -> Params.text("X-CODE", "名称", "甲", 0, false))
                .matches(e -> ((BusinessException) e).code().equals("X-CODE"));
    }

    @Test
    @DisplayName("text: NUL, other control characters and bidi overrides are refused with a Chinese 400")
    void invisibleCharacters() {
        assertThatThrownBy(() -> Params.text("名称", "甲\u0000乙", 10)).hasMessageContaining("控制字符");
        assertThatThrownBy(() -> Params.text("名称", "甲\u0007乙", 10)).hasMessageContaining("控制字符");
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertThatThrownBy(() -> Params.text("名称", "甲" + c + "乙", 10))
                    .isInstanceOf(BusinessException.class).hasMessageContaining("文字方向");
        }
    }

    @Test
    @DisplayName("choice: by name, case-insensitive; a wrong value lists the Chinese labels, never the names")
    void choice() {
        assertThat(Params.choice(Color.class, "颜色", "red", Color::label)).isEqualTo(Color.RED);
        assertThat(Params.choice(Color.class, "颜色", "", Color::label)).isNull();
        assertThatThrownBy(() -> Params.choice(Color.class, "颜色", "BLUE", Color::label))
                .hasMessage("颜色“BLUE”不是可选值（可选：红色、绿色）").hasMessageNotContaining("GREEN");
        assertThatThrownBy(() -> Params.requiredChoice("X-COLOR", Color.class, "颜色", null, Color::label))
                .hasMessage("请选择颜色").matches(e -> ((BusinessException) e).code().equals("X-COLOR"));
    }

    @Test
    @DisplayName("FilterUrl: set filters only, encoded once, page last")
    void filterUrl() {
        FilterUrl url = FilterUrl.of("/cases").with("q", "泽州 煤矿").with("stage", " ").with("kind", null).with("unit", 7);
        assertThat(url.page(2)).isEqualTo("/cases?q=%E6%B3%BD%E5%B7%9E%20%E7%85%A4%E7%9F%BF&unit=7&page=2");
        assertThat(FilterUrl.of("/cases").toString()).isEqualTo("/cases");
    }

    @Test
    @DisplayName("Fmt: yyyy-MM-dd, yyyy-MM-dd HH:mm in Beijing time, hours with at most one decimal, — for empty")
    void fmt() {
        Instant t = Instant.parse("2026-03-04T16:30:00Z");
        assertThat(Fmt.dateTime(t)).isEqualTo("2026-03-05 00:30");
        assertThat(Fmt.date(t)).isEqualTo("2026-03-05");
        assertThat(Fmt.date(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(Fmt.chineseDate(LocalDate.of(2026, 1, 2))).isEqualTo("2026年1月2日");
        assertThat(Fmt.dateTime(null)).isEqualTo("—");
        assertThat(Fmt.hours(2)).isEqualTo("2");
        assertThat(Fmt.hours(new BigDecimal("1.25"))).isEqualTo("1.3");
        assertThat(Fmt.hours(new BigDecimal("8.0"))).isEqualTo("8");
        assertThat(Fmt.hours(null)).isEqualTo("—");
        assertThat(Fmt.text(" ")).isEqualTo("—");
    }
}
