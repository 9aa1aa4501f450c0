package cn.anjian.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    @DisplayName("IAM-02 7 characters are refused, 8 are accepted")
    void length() {
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "Abcde1!"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("至少 8 位")
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("IAM-02");
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "Abcdef1!")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IAM-02 two character classes are refused, three of four are accepted")
    void classes() {
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "abcdefgh12")).hasMessageContaining("至少三类");
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "ABCDEFGH!!")).hasMessageContaining("至少三类");
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "abcdefgh!!")).hasMessageContaining("至少三类");
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "abcdefG123")).doesNotThrowAnyException(); // upper, lower, digit
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "abcdefg12#")).doesNotThrowAnyException(); // lower, digit, symbol
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "ABCDEFG12#")).doesNotThrowAnyException(); // upper, digit, symbol
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "abcdEFG#$%")).doesNotThrowAnyException(); // upper, lower, symbol
    }

    @Test
    @DisplayName("IAM-02 a password containing the user name (any case) is refused")
    void containsUsername() {
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "ZhangSan-2026")).hasMessageContaining("不能包含用户名");
        assertThatThrownBy(() -> PasswordPolicy.check("ZHANGSAN", "xxzhangsan1!")).hasMessageContaining("不能包含用户名");
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "Zhang-San-2026")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IAM-02 empty, null and over-long passwords are refused")
    void emptyAndHuge() {
        assertThatThrownBy(() -> PasswordPolicy.check("u", null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("u", "")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("u", "Aa1!".repeat(2_500))).hasMessageContaining("不能超过");
    }
}
