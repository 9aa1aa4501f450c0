package cn.anjian.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    @DisplayName("IAM-06 an ID-card number keeps its first 4 and last 4 characters")
    void idCard() {
        assertThat(Masking.idCard("140525199001011234")).isEqualTo("1405**********1234");
        assertThat(Masking.idCard("14052519900101123X")).isEqualTo("1405**********123X");
    }

    @Test
    @DisplayName("IAM-06 a phone number keeps its first 3 and last 4 digits")
    void phone() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    @DisplayName("IAM-06 masking is null-safe and masks short values completely")
    void nullAndShort() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.idCard(null)).isNull();
        assertThat(Masking.phone("")).isEmpty();
        assertThat(Masking.phone("12345")).isEqualTo("*****");
        assertThat(Masking.phone("1234567890")).isEqualTo("**********");
        assertThat(Masking.idCard("1405251234")).isEqualTo("**********");
    }
}
