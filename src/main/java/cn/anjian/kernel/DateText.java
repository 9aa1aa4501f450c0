package cn.anjian.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A form record's date field, kept as typed text: when filled it must be a real date (YYYY-MM-DD; 2026-02-30
 * is refused). Checked as a constraint, so its error shows next to the field together with the others (a
 * {@code LocalDate} field would fail while binding and hide them); blank passes (add {@code @NotBlank}).
 * Convert after {@code refusal.check(errors)} with {@link Params#date}.
 */
@Documented
@Constraint(validatedBy = DateText.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface DateText {

    String message() default "须为有效日期（格式 YYYY-MM-DD）";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check: blank, or a date {@link LocalDate#parse} accepts. */
    final class Check implements ConstraintValidator<DateText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                LocalDate.parse(value.strip());
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
