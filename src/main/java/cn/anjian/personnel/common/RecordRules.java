package cn.anjian.personnel.common;

import java.time.LocalDate;
import java.util.function.Function;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;

/**
 * The one check of a protection-and-discipline record, for technical inspectors (TI-18/TI-19) and social
 * supervisors alike (SS-08): misconduct of 000 art. 32 with its handling (art. 32–33), personal-accident
 * insurance (art. 28), commendations (art. 36), threats or false accusations with the department's
 * response (art. 34–35). The page offers Chinese labels, the API sends the constants: both are accepted
 * and stored as the constant.
 */
public final class RecordRules {

    /** The two 情形 of a THREAT record as the page offers them. */
    public static final String THREAT_LABEL = "恐吓威胁";
    public static final String FALSE_ACCUSATION_LABEL = "不实投诉、诬告";

    private RecordRules() {
    }

    /** A checked record, ready to store. */
    public record Checked(String category, String kind, LocalDate occurredOn, LocalDate untilOn, String description,
                          String handling, String response) {
    }

    /**
     * Checks a record before anything is stored.
     *
     * @param misconductCode the refusal code of a misconduct record without kind or handling (TI-18 / SS-08)
     * @param recordCode     the refusal code of the other records (TI-19 / SS-08)
     */
    public static Checked check(String misconductCode, String recordCode, String category, String kind, LocalDate occurredOn,
                                LocalDate untilOn, String description, String handling, String response, LocalDate today) {
        if (category == null) {
            throw BusinessException.badInput(recordCode, "请选择记录类别");
        }
        String k = kind == null ? "" : kind.strip();
        String h = null;
        String resp = Params.text(recordCode, "处置情况/书面意见", response, 2000, false);
        switch (category) {
            case "MISCONDUCT" -> {
                k = parse(Misconduct.class, k, Misconduct::getLabel, misconductCode, "请选择违规行为类型（第三十二条所列八种）").name();
                h = parse(Misconduct.Handling.class, handling, Misconduct.Handling::getLabel, misconductCode,
                        "请选择处理方式：警示提醒、批评教育、责令检查、追究党纪政务责任或移送司法机关").name();
            }
            case "INSURANCE" -> {
                k = Params.text(recordCode, "险种", k, 50, true);
                if (untilOn == null || occurredOn == null || !untilOn.isAfter(occurredOn)) {
                    throw BusinessException.badInput(recordCode, "请填写保险起止日期（截止晚于起始）");
                }
            }
            case "COMMENDATION" -> k = Params.text(recordCode, "表彰名称", k, 50, true);
            case "THREAT" -> {
                k = switch (k) {
                    case "THREAT", THREAT_LABEL -> "THREAT";
                    case "FALSE_ACCUSATION", FALSE_ACCUSATION_LABEL -> "FALSE_ACCUSATION";
                    default -> throw BusinessException.badInput(recordCode, "请选择情形：" + THREAT_LABEL + "或" + FALSE_ACCUSATION_LABEL);
                };
                if (resp == null) {
                    throw new BusinessException(recordCode, "请记录部门的处置情况（告知公安机关协助处置，或澄清事实、消除影响）");
                }
            }
            default -> throw BusinessException.badInput(recordCode, "记录类别不正确");
        }
        if (occurredOn == null || occurredOn.isAfter(today)) {
            throw BusinessException.badInput(recordCode, "请填写发生日期（不能晚于今天）");
        }
        String d = Params.text(recordCode, "情况说明", description, 2000, true);
        return new Checked(category, k, occurredOn, untilOn, d, h, resp);
    }

    /** Chinese label of a record's category. */
    public static String categoryLabel(String category) {
        return switch (category) {
            case "MISCONDUCT" -> "违规行为及处理";
            case "INSURANCE" -> "人身意外伤害保险";
            case "COMMENDATION" -> "表彰奖励";
            case "THREAT" -> "恐吓威胁、不实投诉及处置";
            default -> category;
        };
    }

    /** Chinese label of a record's kind (the 情形). */
    public static String kindLabel(String category, String kind) {
        return switch (category) {
            case "MISCONDUCT" -> Misconduct.valueOf(kind).getLabel();
            case "THREAT" -> "FALSE_ACCUSATION".equals(kind) ? "不实投诉、诬告、诽谤、侮辱" : "恐吓威胁、滋事骚扰、攻击辱骂、人身财产侵害";
            default -> kind;
        };
    }

    public static String handlingLabel(String handling) {
        return handling == null ? "" : Misconduct.Handling.valueOf(handling).getLabel();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, Function<E, String> label, String code,
                                               String message) {
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value.strip()) || label.apply(e).equals(value.strip())) {
                    return e;
                }
            }
        }
        throw BusinessException.badInput(code, message);
    }
}
