package cn.anjian.settings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import cn.anjian.kernel.BusinessException;

/**
 * A configurable rule parameter, declared in code by the module that uses it: its key
 * ({@code module.thing}), Chinese name, the rule it parameterises (an ID, never shown), the regulation and
 * article it comes from, its type with bounds and unit, and its default (the value in RULES.md).
 * Values are entered and shown in {@link #unit()}; a duration is stored as ISO-8601 so a later change of
 * unit cannot reinterpret old versions.
 */
public record Setting<T extends Comparable<? super T>>(String key, String name, String rule, String regulation,
                                                      String article, SettingType type, String unit, T defaultValue,
                                                      T min, T max, ChronoUnit durationUnit) {

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (key == null || !key.matches("[a-z]+(\\.[a-z0-9-]+)+") || key.length() > 100) {
            throw new IllegalArgumentException("setting key must look like module.thing-name: " + key);
        }
        if ((min != null && defaultValue.compareTo(min) < 0) || (max != null && defaultValue.compareTo(max) > 0)) {
            throw new IllegalArgumentException("default of " + key + " is out of its bounds");
        }
        if ((type == SettingType.DURATION) != (durationUnit != null)) {
            throw new IllegalArgumentException("a duration setting (and only one) names its unit: " + key);
        }
    }

    public static Setting<Integer> integer(String key, String name, String rule, String regulation, String article,
                                           String unit, int defaultValue, int min, int max) {
        return new Setting<>(key, name, rule, regulation, article, SettingType.INTEGER, unit, defaultValue, min, max, null);
    }

    public static Setting<BigDecimal> decimal(String key, String name, String rule, String regulation, String article,
                                              String unit, BigDecimal defaultValue, BigDecimal min, BigDecimal max) {
        return new Setting<>(key, name, rule, regulation, article, SettingType.DECIMAL, unit, defaultValue, min, max, null);
    }

    /** A duration entered and shown as a whole number of {@code unit} (seconds, minutes, hours or days). */
    public static Setting<Duration> duration(String key, String name, String rule, String regulation, String article,
                                             ChronoUnit unit, long defaultValue, long min, long max) {
        return new Setting<>(key, name, rule, regulation, article, SettingType.DURATION, unitLabel(unit),
                Duration.of(defaultValue, unit), Duration.of(min, unit), Duration.of(max, unit), unit);
    }

    public static Setting<Boolean> flag(String key, String name, String rule, String regulation, String article,
                                        boolean defaultValue) {
        return new Setting<>(key, name, rule, regulation, article, SettingType.BOOLEAN, "", defaultValue, null, null, null);
    }

    /** The module part of the key ({@code enforcement} of {@code enforcement.avoidance-look-back-years}). */
    public String module() {
        return key.substring(0, key.indexOf('.'));
    }

    /**
     * Parses what an administrator typed and checks the bounds; refuses with a Chinese message
     * ({@code SETTING-VALUE}, bad input) naming the type or the range.
     */
    public T accept(String input) {
        if (input == null || input.isBlank()) {
            throw BusinessException.badInput("SETTING-VALUE", "请填写新值");
        }
        T value = parse(input.strip());
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            throw BusinessException.badInput("SETTING-VALUE", "取值须在 " + range() + (unit.isEmpty() ? " " : "") + "之间");
        }
        return value;
    }

    private T parse(String s) {
        Object v = switch (type) {
            case INTEGER -> s.matches("-?\\d{1,9}") ? Integer.valueOf(s) : refuse("须为整数");
            case DECIMAL -> s.matches("-?\\d{1,12}(\\.\\d{1,6})?") ? new BigDecimal(s) : refuse("须为数字，最多六位小数，如 0.60");
            case DURATION -> s.matches("\\d{1,9}") ? Duration.of(Long.parseLong(s), durationUnit) : refuse("须为不小于 0 的整数（单位：" + unit + "）");
            case BOOLEAN -> switch (s) {
                case "true", "是" -> Boolean.TRUE;
                case "false", "否" -> Boolean.FALSE;
                default -> refuse("须为“是”或“否”");
            };
        };
        return cast(v);
    }

    private static Object refuse(String message) {
        throw BusinessException.badInput("SETTING-VALUE", "新值" + message);
    }

    /** The text stored in a version row. */
    public String stored(T value) {
        return type == SettingType.DECIMAL ? ((BigDecimal) value).toPlainString() : value.toString();
    }

    /** A stored version's value (written by {@link #stored}, so it parses). */
    public T fromStored(String text) {
        Object v = switch (type) {
            case INTEGER -> Integer.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case DURATION -> Duration.parse(text);
            case BOOLEAN -> Boolean.valueOf(text);
        };
        return cast(v);
    }

    /** The value as the form field takes it (a number in the unit, or true/false). */
    public String input(T value) {
        return switch (type) {
            case DURATION -> Long.toString(((Duration) value).dividedBy(durationUnit.getDuration()));
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            default -> value.toString();
        };
    }

    /** The value with its unit, for people: "3 年", "5 秒", "是". */
    public String display(T value) {
        if (type == SettingType.BOOLEAN) {
            return Boolean.TRUE.equals(value) ? "是" : "否";
        }
        return unit.isEmpty() ? input(value) : input(value) + " " + unit;
    }

    /** "0 – 50 年", or "" for a yes/no setting. */
    public String range() {
        if (min == null || max == null) {
            return "";
        }
        return input(min) + " 到 " + input(max) + (unit.isEmpty() ? "" : " " + unit);
    }

    @SuppressWarnings("unchecked")
    private T cast(Object v) {
        return (T) v;
    }

    private static String unitLabel(ChronoUnit unit) {
        return switch (unit) {
            case SECONDS -> "秒";
            case MINUTES -> "分钟";
            case HOURS -> "小时";
            case DAYS -> "天";
            default -> throw new IllegalArgumentException("unsupported duration unit " + unit);
        };
    }
}
