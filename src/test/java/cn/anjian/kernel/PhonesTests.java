package cn.anjian.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

class PhonesTests {

    @ParameterizedTest
    @ValueSource(strings = {"13800000000", "19912345678", "0356-1234567", "03561234567", "010-12345678", "0356-1234567-801",
            "+86 13800000000", "+86-356-1234567"})
    @DisplayName("Issue 12 defect 11: an 11-digit mobile or a landline with area code is a phone number")
    void accepted(String phone) {
        assertThat(Phones.valid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "12345", "1380000000", "138000000001", "12800000000", "356-1234567", "0356-123", "abc"})
    @DisplayName("Issue 12 defect 11: a 7-digit local number, a short or malformed number is refused")
    void refused(String phone) {
        assertThat(Phones.valid(phone)).isFalse();
    }
}
