package cn.anjian.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form record's date field as typed: blank, or a real date YYYY-MM-DD (2026-02-30 is refused). The
 * field stays a String, so a bad date is one field error shown with the others instead of a binding
 * failure that hides them (docs/conventions.md "Web kit"); the record converts it with
 * {@link Params#date}. Whether the date is required or in range is for {@code @NotBlank} and the domain.
 */
@Documented
@Constraint(validatedBy = DateText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateText {

    String message() default "{cn.anjian.kernel.DateText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Blank is valid (required is {@code @NotBlank}'s); anything else must parse as an ISO date. */
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
