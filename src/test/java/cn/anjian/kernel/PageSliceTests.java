package cn.anjian.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageSliceTests {

    @Test
    @DisplayName("a page past the end shows the last page; an empty list and a negative page show page 0")
    void clamped() {
        assertThat(PageSlice.of(0, 20, 0).page()).isZero();
        assertThat(PageSlice.of(5, 20, 0).page()).isZero();
        assertThat(PageSlice.of(-1, 20, 45).page()).isZero();
        assertThat(PageSlice.of(1, 20, 45).page()).isEqualTo(1);
        assertThat(PageSlice.of(9, 20, 45).page()).isEqualTo(2);
        assertThat(PageSlice.of(9, 20, 40).page()).isEqualTo(1);
    }

    @Test
    @DisplayName("the SQL window of a page")
    void window() {
        assertThat(PageSlice.of(2, 20, 45).window()).isEqualTo(" LIMIT 20 OFFSET 40");
        assertThat(PageSlice.of(0, 20, 0).window()).isEqualTo(" LIMIT 20 OFFSET 0");
    }
}
