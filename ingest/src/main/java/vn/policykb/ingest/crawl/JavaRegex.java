package vn.policykb.ingest.crawl;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A regular expression {@link Pattern} compiles; the violation says what is wrong with it. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = JavaRegex.Validator.class)
@interface JavaRegex {

  String message() default "is not a regular expression";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Validator implements ConstraintValidator<JavaRegex, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return false;
      }
      try {
        Pattern.compile(value);
        return true;
      } catch (PatternSyntaxException e) {
        context.disableDefaultConstraintViolation();
        // the description is text, not a message template: its braces and dollars are escaped
        String description = e.getDescription().replaceAll("([\\\\{}$])", "\\\\$1");
        context.buildConstraintViolationWithTemplate("is not a regular expression: " + description)
            .addConstraintViolation();
        return false;
      }
    }
  }
}
