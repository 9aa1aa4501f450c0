package cn.anjian.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Due;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.PeriodKind;
import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deadline (CAL-06) with its suspension history (CAL-04). Every transition checks the current state
 * and refuses with a {@link BusinessException} before changing anything. The due is always recomputed
 * from the start, the period and the total suspended amount, so repeated suspensions compose exactly.
 */
@Table("cal_deadline")
public class Deadline {

    @Id
    private Long id;
    @Version
    private Integer version;
    private final String subjectType;
    private final String subjectId;
    private final String ruleId;
    private final Long ownerUserId;
    private final Long ownerUnitId;
    private final long jurisdictionId;
    private final String scopePath;
    private final PeriodKind periodKind;
    private final int periodAmount;
    private final Instant startAt;
    private long suspendedTotal;
    private LocalDate dueDate;
    private Instant dueAt;
    private DeadlineState state;
    private boolean suspended;
    private boolean wasOverdue;
    private Instant overdueAt;
    private Instant metAt;
    private Instant waivedAt;
    private String waiveReason;
    private final Instant createdAt;
    private final String title;
    /** Who the deadline is kept for besides its owner (e.g. the supervisor awaiting an answer): he sees it too. */
    private Long partyUserId;
    @MappedCollection(idColumn = "deadline_id", keyColumn = "seq")
    private List<Suspension> suspensions = new ArrayList<>();

    @PersistenceCreator
    Deadline(Long id, Integer version, String subjectType, String subjectId, String ruleId, Long ownerUserId,
             Long ownerUnitId, long jurisdictionId, String scopePath, PeriodKind periodKind, int periodAmount,
             Instant startAt, Instant createdAt, String title) {
        this.id = id;
        this.version = version;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.ruleId = ruleId;
        this.ownerUserId = ownerUserId;
        this.ownerUnitId = ownerUnitId;
        this.jurisdictionId = jurisdictionId;
        this.scopePath = scopePath;
        this.periodKind = periodKind;
        this.periodAmount = periodAmount;
        this.startAt = startAt;
        this.createdAt = createdAt;
        this.title = title;
    }

    static Deadline open(NewDeadline n, HolidayTable table, Instant now) {
        requireText(n.subjectType(), "业务对象类型", 50);
        requireText(n.subjectId(), "业务对象编号", 100);
        requireText(n.ruleId(), "规则编号", 30);
        if (n.scopePath() == null || !n.scopePath().matches("(/\\d+)+/") || n.jurisdictionId() <= 0) {
            throw BusinessException.badInput("CAL-DEADLINE-INVALID", "期限缺少有效的管辖区划");
        }
        if (n.period() == null || n.start() == null) {
            throw BusinessException.badInput("CAL-DEADLINE-INVALID", "期限缺少期间或起算时间");
        }
        Deadline d = new Deadline(null, null, n.subjectType().strip(), n.subjectId().strip(), n.ruleId().strip(),
                n.ownerUserId(), n.ownerUnitId(), n.jurisdictionId(), n.scopePath(), n.period().kind(),
                // PostgreSQL keeps microseconds and rounds: truncated here, so a completion at the very instant the
                // clock started is never "before" the stored start
                n.period().amount(), n.start().truncatedTo(java.time.temporal.ChronoUnit.MICROS), now,
                displayTitle(n.title()));
        d.partyUserId = n.partyUserId();
        d.state = DeadlineState.PENDING;
        d.openIfComputable(table);
        return d;
    }

    /**
     * A PENDING deadline opens once the calendar can count its due (CAL-01: a year without holiday data
     * is never guessed). Returns whether it opened; still PENDING if a year it needs is still missing.
     */
    boolean openIfComputable(HolidayTable table) {
        if (state != DeadlineState.PENDING) {
            throw new BusinessException("CAL-DEADLINE-STATE", "期限" + state.label() + "，无需再计算届满时间");
        }
        Due due;
        try {
            due = computeDue(table, 0);
        } catch (BusinessException e) {
            if (WorkingCalendar.NO_DATA.equals(e.code())) {
                return false;
            }
            throw e;
        }
        state = DeadlineState.OPEN;
        setDue(due);
        return true;
    }

    /** Display text only: a long title is shortened, never a reason to refuse the caller's business action. */
    private static String displayTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        return t.length() <= 200 ? t : t.substring(0, 199) + "…";
    }

    Due computeDue(HolidayTable table, long suspendedAmount) {
        LocalDate startDay = startAt.atZone(Zones.SHANGHAI).toLocalDate();
        return switch (periodKind) {
            case WORKING_DAYS -> WorkingDayCalculator.addWorkingDays(table, startDay, periodAmount + suspendedAmount);
            case CALENDAR_DAYS -> WorkingDayCalculator.addCalendarDays(table, startDay, periodAmount + suspendedAmount);
            case HOURS -> WorkingDayCalculator.addHours(startAt.plusSeconds(suspendedAmount), periodAmount);
        };
    }

    /** CAL-04: stop the clock. Only an open, running deadline that has not yet expired can be suspended. */
    void suspend(String reason, Instant at) {
        String r = requireText(reason, "中止理由", 500);
        if (state != DeadlineState.OPEN) {
            throw new BusinessException("CAL-DEADLINE-STATE", "期限" + state.label() + "，不能中止计时");
        }
        if (suspended) {
            throw new BusinessException("CAL-DEADLINE-STATE", "期限已处于中止状态");
        }
        if (at == null || at.isBefore(startAt)) {
            throw new BusinessException("CAL-DEADLINE-TIME", "中止时间不能早于期限起算时间");
        }
        if (!at.isBefore(dueAt)) {
            throw new BusinessException("CAL-DEADLINE-STATE", "期限已届满，不能再中止计时");
        }
        suspended = true;
        suspensions.add(new Suspension(at, r, null, null));
    }

    /**
     * CAL-04: restart the clock; the due moves by what the suspension did not count (see
     * {@link cn.anjian.calendar.Deadlines}). Returns the amount added.
     */
    long resume(Instant at, HolidayTable table) {
        if (!suspended) {
            throw new BusinessException("CAL-DEADLINE-STATE", "期限未处于中止状态，不能恢复计时");
        }
        Suspension open = suspensions.get(suspensions.size() - 1);
        if (at == null || at.isBefore(open.suspendedAt())) {
            throw new BusinessException("CAL-DEADLINE-TIME", "恢复时间不能早于中止时间");
        }
        long counted = notCounted(open.suspendedAt(), at, table);
        Due due = computeDue(table, suspendedTotal + counted); // may refuse CAL-NO-DATA: nothing changed yet
        suspendedTotal += counted;
        suspensions.set(suspensions.size() - 1, open.resumed(at, counted));
        suspended = false;
        setDue(due);
        return counted;
    }

    private long notCounted(Instant from, Instant to, HolidayTable table) {
        LocalDate a = from.atZone(Zones.SHANGHAI).toLocalDate();
        LocalDate b = to.atZone(Zones.SHANGHAI).toLocalDate();
        return switch (periodKind) {
            case WORKING_DAYS -> WorkingDayCalculator.workingDaysBetween(table, a, b);
            case CALENDAR_DAYS -> b.toEpochDay() - a.toEpochDay();
            case HOURS -> Duration.between(from, to).toSeconds();
        };
    }

    /**
     * Met on time or late. A suspended deadline met while its clock is stopped was not late: the
     * suspension is closed at {@code at} without moving the due.
     */
    void markMet(Instant at) {
        if (at == null) {
            throw BusinessException.badInput("CAL-DEADLINE-TIME", "缺少完成时间");
        }
        if (state != DeadlineState.OPEN && state != DeadlineState.OVERDUE && state != DeadlineState.PENDING) {
            throw new BusinessException("CAL-DEADLINE-STATE", "期限" + state.label() + "，不能标记完成");
        }
        if (at.isBefore(startAt)) {
            throw new BusinessException("CAL-DEADLINE-TIME", "完成时间不能早于期限起算时间");
        }
        if (suspended) {
            Suspension open = suspensions.get(suspensions.size() - 1);
            suspensions.set(suspensions.size() - 1, open.resumed(at.isBefore(open.suspendedAt()) ? open.suspendedAt() : at, 0L));
            suspended = false;
        } else if (dueAt != null && !at.isBefore(dueAt)) { // a PENDING one has no due yet: not late
            wasOverdue = true;
        }
        state = DeadlineState.MET;
        metAt = at;
    }

    void waive(String reason, Instant at) {
        String r = requireText(reason, "豁免理由", 500);
        if (state != DeadlineState.OPEN && state != DeadlineState.OVERDUE && state != DeadlineState.PENDING) {
            throw new BusinessException("CAL-DEADLINE-STATE", "期限" + state.label() + "，不能豁免");
        }
        if (suspended) {
            Suspension open = suspensions.get(suspensions.size() - 1);
            suspensions.set(suspensions.size() - 1, open.resumed(at.isBefore(open.suspendedAt()) ? open.suspendedAt() : at, 0L));
            suspended = false;
        }
        state = DeadlineState.WAIVED;
        waiveReason = r;
        waivedAt = at;
    }

    private void setDue(Due due) {
        dueDate = due.date();
        dueAt = due.dueAt();
    }

    private static String requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessException.badInput("CAL-DEADLINE-REASON", what + "不能为空");
        }
        if (value.strip().length() > max) {
            throw BusinessException.badInput("CAL-DEADLINE-REASON", what + "不超过 " + max + " 字");
        }
        return value.strip();
    }

    /**
     * Issue 12 defect 2: a deadline is acted on (met, suspended, resumed, waived) only by its owner, a member of
     * its owner unit, or a head ({@code deadline:oversee}); refused before anything changes.
     */
    void requireActor(long userId, Long unitId, boolean head) {
        boolean owner = ownerUserId != null && ownerUserId == userId;
        boolean ownUnit = ownerUnitId != null && ownerUnitId.equals(unitId);
        if (!head && !owner && !ownUnit) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "CAL-DEADLINE-ACTOR",
                    "该期限由其他科室或人员负责，只有责任科室的人员和负责人可以办理");
        }
    }

    DeadlineView view() {
        return view0();
    }

    /** The view, also before the aggregate has been saved (id 0). */
    DeadlineView view0() {
        return new DeadlineView(new DeadlineId(id == null ? 0 : id), subjectType, subjectId, ruleId, ownerUserId, ownerUnitId,
                jurisdictionId, scopePath, new Period(periodKind, periodAmount), startAt, dueDate, dueAt, state,
                suspended, wasOverdue, overdueAt, metAt, waiveReason, version == null ? 0 : version, title);
    }

    java.util.Map<String, Object> auditState() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("state", state.name());
        m.put("suspended", suspended);
        m.put("dueDate", String.valueOf(dueDate));
        m.put("dueAt", String.valueOf(dueAt));
        m.put("wasOverdue", wasOverdue);
        if (metAt != null) {
            m.put("metAt", metAt.toString());
        }
        if (waiveReason != null) {
            m.put("waiveReason", waiveReason);
        }
        return m;
    }

    Instant dueAt() {
        return dueAt;
    }

    Long id() {
        return id;
    }

    String scopePath() {
        return scopePath;
    }

    List<Suspension> suspensions() {
        return List.copyOf(suspensions);
    }

    DeadlineState state() {
        return state;
    }
}
