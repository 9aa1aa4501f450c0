package cn.anjian.kernel;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DateText}: a date (or date and time) typed as text is one field error with a Chinese message. */
class DateTextTests {

    record Form(@DateText String day, @DateText(time = true) String at) {
    }

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    Set<String> errors(String day, String at) {
        return validator.validate(new Form(day, at)).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    @DisplayName("blank is valid (required is @NotBlank's); real dates and times pass, with seconds or an offset")
    void valid() {
        assertThat(errors(null, null)).isEmpty();
        assertThat(errors(" ", "")).isEmpty();
        assertThat(errors(" 2024-02-29 ", "2026-05-01T09:30")).isEmpty();
        assertThat(errors("2026-05-01", "2026-05-01T09:30:15")).isEmpty();
        assertThat(errors("2026-05-01", "2026-05-01T09:30:00+08:00")).isEmpty();
    }

    @Test
    @DisplayName("a word, a non-existent day (2026-02-30) or month are refused, each with its own Chinese message")
    void invalid() {
        assertThat(errors("2026-02-30", "2026-13-01T09:00"))
                .containsExactlyInAnyOrder("day: 须为有效日期（格式 YYYY-MM-DD）", "at: 须为有效时间（格式 2026-05-01T09:30）");
        assertThat(errors("明天", "2026-05-01")).hasSize(2);
        Set<ConstraintViolation<Form>> v = validator.validate(new Form("2026/05/01", null));
        assertThat(v).singleElement().satisfies(x -> assertThat(x.getMessage()).isEqualTo("须为有效日期（格式 YYYY-MM-DD）"));
    }
}
