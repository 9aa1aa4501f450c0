package cn.anjian.personnel.supervisors;

import java.time.LocalDate;

import cn.anjian.personnel.common.RecordRules;

/** SS-08: misconduct and its handling, insurance, commendations, threats and the response (labels as inspectors'). */
public record SupervisorRecordView(long id, long supervisorId, String category, String kind, LocalDate occurredOn,
                                   LocalDate untilOn, String description, String handling, String response,
                                   String recordedBy) {

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
