package cn.anjian.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form record's date field as typed: blank, or a real date YYYY-MM-DD (2026-02-30 is refused); with
 * {@code time = true} a date and time as a {@code datetime-local} input sends it (2026-05-01T09:30, seconds
 * or an offset allowed). The field stays a String, so a bad date is one field error shown with the others
 * instead of a binding failure that hides them (docs/conventions.md "Web kit"); the record converts it
 * (e.g. {@link Params#date}). Whether it is required or in range is for {@code @NotBlank} and the domain.
 */
@Documented
@Constraint(validatedBy = DateText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateText {

    String DATE_MESSAGE = "{cn.anjian.kernel.DateText.message}";
    String TIME_MESSAGE = "{cn.anjian.kernel.DateText.time.message}";

    /** Defaults to the date message, or the date-and-time message when {@link #time()}. */
    String message() default DATE_MESSAGE;

    /** A date and a time of day instead of a date. */
    boolean time() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Blank is valid (required is {@code @NotBlank}'s); anything else must parse as an ISO date (and time). */
    final class Check implements ConstraintValidator<DateText, String> {

        private boolean time;
        private boolean defaultMessage;

        @Override
        public void initialize(DateText annotation) {
            time = annotation.time();
            defaultMessage = DATE_MESSAGE.equals(annotation.message());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || parses(value.strip())) {
                return true;
            }
            if (time && defaultMessage) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(TIME_MESSAGE).addConstraintViolation();
            }
            return false;
        }

        private boolean parses(String v) {
            return time ? parses(v, OffsetDateTime::parse) || parses(v, LocalDateTime::parse) : parses(v, LocalDate::parse);
        }

        private static boolean parses(String v, java.util.function.Function<String, ?> parser) {
            try {
                parser.apply(v);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
