package cn.anjian.publicity.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import cn.anjian.kernel.Masking;

class NameMaskingTests {

    @Test
    @DisplayName("PUB-12 names on public pages: 张*明, 张*, 欧**华, a single character hidden")
    void names() {
        assertThat(Masking.name("张晓明")).isEqualTo("张*明");
        assertThat(Masking.name("张明")).isEqualTo("张*");
        assertThat(Masking.name("欧阳振华")).isEqualTo("欧**华");
        assertThat(Masking.name("欧阳建国华")).isEqualTo("欧***华");
        assertThat(Masking.name("明")).isEqualTo("*");
        assertThat(Masking.name(" ")).isEmpty();
        assertThat(Masking.name(null)).isNull();
    }
}
