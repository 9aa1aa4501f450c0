package cn.anjian.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The API's JSON is read as typed, in one place: no scalar coercions ({@code 1.5} or {@code "12"} for a count,
 * {@code true} for a title are refused, not stored as 1, 12 and "true"), {@code null} for a number refused, and no
 * text holding a NUL or a bidirectional override (U+202A–U+202E, U+2066–U+2069) — PostgreSQL refuses the first, the
 * second makes a name read differently from what it is. Each refusal is a 400 MALFORMED-BODY.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonTyping() {
        return builder -> {
            builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .withCoercionConfig(LogicalType.Textual, c -> c
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .withCoercionConfig(LogicalType.Integer, c -> c
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .withCoercionConfig(LogicalType.Float, c -> c
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .withCoercionConfig(LogicalType.Boolean, c -> c
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
            builder.addModule(new SimpleModule("anjian-strict-text").addDeserializer(String.class, new CleanText()));
        };
    }

    /** Text as Jackson reads it, refused when it holds a character no user types. */
    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            if (s != null) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == 0 || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                        return (String) ctxt.handleWeirdStringValue(String.class, s, "含有不可见的控制字符或改变文字方向的字符");
                    }
                }
            }
            return s;
        }
    }
}
