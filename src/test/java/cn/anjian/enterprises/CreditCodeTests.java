package cn.anjian.enterprises;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTests {

    // the worked example of GB 32100-2015
    static final String VALID = "91350100M000100Y43";

    @Test
    @DisplayName("a valid unified social credit code is accepted")
    void valid() {
        assertThat(CreditCode.check(VALID)).isEqualTo(VALID);
        assertThat(CreditCode.complete("91350100M000100Y4").value()).isEqualTo(VALID);
        assertThat(CreditCode.check(" " + VALID + " ")).isEqualTo(VALID);
    }

    @Test
    @DisplayName("one character changed is refused by the check character")
    void oneCharChanged() {
        String changed = "91350100M000101Y43";
        assertThatThrownBy(() -> CreditCode.check(changed)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("校验位错误").hasMessageContaining("第 18 位应为");
        // every single substitution in the first 17 positions is caught
        for (int i = 0; i < 17; i++) {
            for (char c : CreditCode.CHARSET.toCharArray()) {
                if (c == VALID.charAt(i)) {
                    continue;
                }
                String s = VALID.substring(0, i) + c + VALID.substring(i + 1);
                assertThatThrownBy(() -> CreditCode.check(s)).isInstanceOf(BusinessException.class);
            }
        }
    }

    @Test
    @DisplayName("wrong length, lowercase, forbidden letters and blank are refused as bad input")
    void badShapes() {
        assertThatThrownBy(() -> CreditCode.check(VALID.substring(0, 17))).hasMessageContaining("应为 18 位");
        assertThatThrownBy(() -> CreditCode.check(VALID + "0")).hasMessageContaining("应为 18 位");
        assertThatThrownBy(() -> CreditCode.check(VALID.toLowerCase())).hasMessageContaining("字母须大写");
        assertThatThrownBy(() -> CreditCode.check("91350100I000100Y43")).hasMessageContaining("不得使用 I、O、S、V、Z");
        assertThatThrownBy(() -> CreditCode.check("  ")).hasMessageContaining("不能为空");
        assertThatThrownBy(() -> CreditCode.check(VALID.toLowerCase()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
    }
}
