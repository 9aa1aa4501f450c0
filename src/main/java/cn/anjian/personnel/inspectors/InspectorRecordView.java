package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

import cn.anjian.personnel.common.RecordRules;

/** TI-18/TI-19: misconduct and its handling, insurance, commendations, threats and the response. */
public record InspectorRecordView(long id, String category, String kind, LocalDate occurredOn, LocalDate untilOn,
                                  String description, String handling, String response, String recordedBy) {

    public String categoryLabel() {
        return RecordRules.categoryLabel(category);
    }

    public String kindLabel() {
        return RecordRules.kindLabel(category, kind);
    }

    public String handlingLabel() {
        return RecordRules.handlingLabel(handling);
    }
}
