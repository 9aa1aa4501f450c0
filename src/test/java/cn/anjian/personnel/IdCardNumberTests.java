package cn.anjian.personnel;

import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdCardNumberTests {

    @Test
    @DisplayName("GB 11643: the published example 11010519491231002X passes, birth date and gender derived")
    void knownExample() {
        IdCardNumber n = IdCardNumber.of("11010519491231002x");
        assertThat(n.value()).isEqualTo("11010519491231002X");
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(n.gender()).isEqualTo(Gender.FEMALE);
        assertThat(n.toString()).isEqualTo("1101**********002X");
    }

    @Test
    @DisplayName("GB 11643: a wrong check character is refused")
    void wrongChecksum() {
        assertThatThrownBy(() -> IdCardNumber.of("110105194912310021"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("校验位");
    }

    @Test
    @DisplayName("GB 11643: check character X computed (sum mod 11 = 2)")
    void xCheck() {
        String v = IdCards.of("14052519850101001");
        assertThat(IdCardNumber.of(v).value()).isEqualTo(v);
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    @DisplayName("15-digit old numbers are refused with a clear message")
    void fifteenDigits() {
        assertThatThrownBy(() -> IdCardNumber.of("110105491231002"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("15 位");
    }

    @Test
    @DisplayName("impossible birth dates (2026-02-30) are refused")
    void impossibleDate() {
        String first17 = "14052520260230001";
        assertThatThrownBy(() -> IdCardNumber.of(IdCards.of(first17)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不是有效日期");
    }

    @Test
    @DisplayName("letters, wrong lengths and empty input are refused as bad input")
    void malformed() {
        for (String bad : new String[] {"", "  ", null, "1405251985010100", "14052519850101001A", "A40525198501010011",
                "1405251985010100111"}) {
            assertThatThrownBy(() -> IdCardNumber.of(bad)).isInstanceOf(BusinessException.class)
                    .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        }
    }

    @Test
    @DisplayName("generated test numbers are valid")
    void generated() {
        for (int i = 0; i < 200; i++) {
            IdCardNumber n = IdCardNumber.of(IdCards.next(i % 2 == 0));
            assertThat(n.gender()).isEqualTo(i % 2 == 0 ? Gender.MALE : Gender.FEMALE);
        }
    }
}
