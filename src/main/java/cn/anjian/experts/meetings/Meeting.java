package cn.anjian.experts.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** EXP-17: a meeting of the pool, planned with its agenda, then held with its minutes and attendance. */
@Table("exp_meeting")
class Meeting extends AbstractAggregateRoot<Meeting> {

    @Table("exp_meeting_attendance")
    record Attendance(long expertId, boolean present) {
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long agencyId;
    private String scopePath;
    private MeetingKind kind;
    private String fieldCode;
    private int year;
    private Integer quarter;
    private LocalDate plannedOn;
    private LocalDate heldOn;
    private String title;
    private String agenda;
    private Long minutesFileId;
    private String minutesNote;
    private MeetingStatus status;
    private Long deadlineId;
    private String opinions;
    private String conclusion;
    private String opinionNumber;
    private Long opinionFileId;
    private Instant createdAt;
    private String createdBy;
    @MappedCollection(idColumn = "meeting_id")
    private Set<Attendance> attendance = new java.util.HashSet<>();

    @PersistenceCreator
    private Meeting() {
    }

    static Meeting plan(long agencyId, String scopePath, MeetingKind kind, String fieldCode, LocalDate plannedOn, String title,
                        String agenda, Instant now, String by) {
        Meeting m = new Meeting();
        m.agencyId = agencyId;
        m.scopePath = scopePath;
        m.kind = kind;
        m.fieldCode = fieldCode;
        m.plannedOn = plannedOn;
        m.year = plannedOn.getYear();
        m.quarter = kind == MeetingKind.QUARTERLY ? (plannedOn.getMonthValue() - 1) / 3 + 1 : null;
        m.title = title;
        m.agenda = agenda;
        m.status = MeetingStatus.PLANNED;
        m.createdAt = now;
        m.createdBy = by;
        return m;
    }

    /** Records the meeting as held: the day (not in the future), the minutes file, who was present and who absent. */
    void hold(LocalDate on, LocalDate today, long minutesFile, String note, Map<Long, Boolean> present, String by) {
        if (status != MeetingStatus.PLANNED) {
            throw BusinessException.conflict("EXP-17", "该会议已登记召开情况");
        }
        if (on.isAfter(today)) {
            throw BusinessException.badInput("EXP-17-HELD-ON", "召开日期不能晚于今天");
        }
        if (present.isEmpty()) {
            throw BusinessException.badInput("EXP-17-ATTENDANCE", "没有可登记出席情况的专家");
        }
        status = MeetingStatus.HELD;
        heldOn = on;
        minutesFileId = minutesFile;
        minutesNote = note;
        attendance = present.entrySet().stream().map(e -> new Attendance(e.getKey(), e.getValue())).collect(Collectors.toSet());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("heldOn", on.toString());
        after.put("present", present.values().stream().filter(b -> b).count());
        after.put("absent", present.values().stream().filter(b -> !b).count());
        registerEvent(new AuditableEvent("experts.meeting.held", "expert-meeting", String.valueOf(id),
                Map.of("status", MeetingStatus.PLANNED.name()), after, by, null));
    }

    /** The joint opinion can be issued once, after the meeting was held (checked before a number is taken). */
    void requireOpinionOpen() {
        if (status != MeetingStatus.HELD) {
            throw BusinessException.conflict("EXP-17-OPINION-STATE", "会议尚未登记召开情况，不能形成会商意见");
        }
        if (opinionNumber != null) {
            throw BusinessException.conflict("EXP-17-OPINION-ISSUED", "该会议已形成会商意见（" + opinionNumber + "）");
        }
    }

    /** The joint opinion issued: its text, number and document kept on the meeting, audited. */
    void opinionIssued(String opinionText, String conclusionText, String number, long fileId, String by) {
        requireOpinionOpen();
        opinions = opinionText;
        conclusion = conclusionText;
        opinionNumber = number;
        opinionFileId = fileId;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", number);
        after.put("conclusion", conclusionText);
        registerEvent(new AuditableEvent("experts.meeting.opinion-issued", "expert-meeting", String.valueOf(id), null, after, by, null));
    }

    void opened(long deadline) {
        deadlineId = deadline;
    }

    /** Audited once the meeting has its id. */
    void planned(String by) {
        registerEvent(new AuditableEvent("experts.meeting.planned", "expert-meeting", String.valueOf(id), null, audit(), by, null));
    }

    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("field", fieldCode == null ? "" : fieldCode);
        m.put("plannedOn", plannedOn.toString());
        m.put("title", title);
        return m;
    }

    Long id() {
        return id;
    }

    long agencyId() {
        return agencyId;
    }

    String scopePath() {
        return scopePath;
    }

    MeetingKind kind() {
        return kind;
    }

    String fieldCode() {
        return fieldCode;
    }

    Long deadlineId() {
        return deadlineId;
    }

    MeetingStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String agenda() {
        return agenda;
    }

    LocalDate heldOn() {
        return heldOn;
    }
}
