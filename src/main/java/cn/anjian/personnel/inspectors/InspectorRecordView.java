package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

/** TI-18/TI-19: misconduct and its handling, insurance, commendations, threats and the response. */
public record InspectorRecordView(long id, String category, String kind, LocalDate occurredOn, LocalDate untilOn,
                                  String description, String handling, String response, String recordedBy) {

    public String categoryLabel() {
        return switch (category) {
            case "MISCONDUCT" -> "违规行为及处理";
            case "INSURANCE" -> "人身意外伤害保险";
            case "COMMENDATION" -> "表彰奖励";
            case "THREAT" -> "恐吓威胁、不实投诉及处置";
            default -> category;
        };
    }

    public String kindLabel() {
        return switch (category) {
            case "MISCONDUCT" -> Misconduct.valueOf(kind).getLabel();
            case "THREAT" -> "FALSE_ACCUSATION".equals(kind) ? "不实投诉、诬告、诽谤、侮辱" : "恐吓威胁、滋事骚扰、攻击辱骂、人身财产侵害";
            default -> kind;
        };
    }

    public String handlingLabel() {
        return handling == null ? "" : Misconduct.Handling.valueOf(handling).getLabel();
    }
}
