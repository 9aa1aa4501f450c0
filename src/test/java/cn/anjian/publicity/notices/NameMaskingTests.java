package cn.anjian.publicity.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NameMaskingTests {

    @Test
    @DisplayName("PUB-12 names on public pages: 张*明, 张*, 欧**华, a single character hidden")
    void names() {
        assertThat(NameMasking.name("张晓明")).isEqualTo("张*明");
        assertThat(NameMasking.name("张明")).isEqualTo("张*");
        assertThat(NameMasking.name("欧阳振华")).isEqualTo("欧**华");
        assertThat(NameMasking.name("欧阳建国华")).isEqualTo("欧***华");
        assertThat(NameMasking.name("明")).isEqualTo("*");
        assertThat(NameMasking.name(" ")).isEmpty();
        assertThat(NameMasking.name(null)).isNull();
    }
}
