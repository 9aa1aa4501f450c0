package cn.anjian.experts.meetings;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.experts.pool.Pool;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.experts.pool.Pools;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-17 (seed 002 art. 14): the quarterly consultation meetings of each field group and the annual plenary. A
 * quarterly meeting opens the quarter's deadline for holding it (due on the quarter's last day, one per field and
 * quarter); holding it records the day, the minutes (a stored file) and each expert present or absent, and meets
 * the deadline.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Meetings {

    static final String WHAT = "专家会议";

    /** A meeting to plan; {@code field} only for a quarterly meeting. */
    public record NewMeeting(MeetingKind kind, String field, LocalDate plannedOn, String title, String agenda) {
    }

    private final MeetingRepository meetings;
    private final Pools pools;
    private final PoolStructure structure;
    private final Deadlines deadlines;
    private final Files files;
    private final JdbcClient jdbc;
    private final Clock clock;

    public long plan(Actor actor, NewMeeting m) {
        requireManage(actor);
        Params.requireBody(m, "请填写会议信息");
        if (m.kind() == null) {
            throw BusinessException.badInput("EXP-17-KIND", "请选择会议类别");
        }
        String field = null;
        if (m.kind() == MeetingKind.QUARTERLY) {
            field = structure.requireField(m.field()).code();
        }
        LocalDate today = today();
        if (m.plannedOn() == null) {
            throw BusinessException.badInput("EXP-17-PLANNED-ON", "请填写计划召开日期");
        }
        if (m.plannedOn().isBefore(quarterStart(today))) {
            throw BusinessException.badInput("EXP-17-PLANNED-ON", "计划召开日期不能早于本季度");
        }
        String title = Params.text("EXP-17-TITLE", "会议名称", m.title(), 200, true);
        String agenda = Params.text("EXP-17-AGENDA", "议题和议程", m.agenda(), 4000, true);
        Pool pool = pools.of(actor);
        Meeting x = meetings.save(Meeting.plan(pool.agencyId(), pool.scopePath(), m.kind(), field, m.plannedOn(), title, agenda,
                clock.instant(), actor.username()));
        if (x.kind() == MeetingKind.QUARTERLY && !quarterHasDeadline(x)) {
            LocalDate end = quarterStart(m.plannedOn()).plusMonths(3).minusDays(1);
            int days = (int) Math.max(1, ChronoUnit.DAYS.between(today, end));
            DeadlineId d = deadlines.open(new NewDeadline("expert-meeting", String.valueOf(x.id()), "EXP-17", null, actor.unitId(),
                    actor.jurisdictionId(), pool.scopePath(), Period.calendarDays(days), clock.instant(),
                    structure.field(field).orElseThrow().name() + "专家组第" + quarter(m.plannedOn()) + "季度会商研判工作会议"));
            x.opened(d.value());
        }
        x.planned(actor.username());
        return meetings.save(x).id();
    }

    /**
     * Records a meeting as held with its minutes file and attendance: each expert of the group (the field's active
     * experts; all active experts for the plenary) present when listed in {@code present}, absent otherwise.
     */
    public void hold(Actor actor, long id, LocalDate heldOn, String note, Minutes minutes, Set<Long> present) {
        Meeting m = load(actor, id);
        if (heldOn == null) {
            throw BusinessException.badInput("EXP-17-HELD-ON", "请填写召开日期");
        }
        if (minutes == null || minutes.size() <= 0) {
            throw BusinessException.badInput("EXP-17-MINUTES", "请上传会议纪要");
        }
        String n = Params.text("EXP-17-NOTE", "会议纪要摘要", note, 4000, false);
        Map<Long, Boolean> attendance = new LinkedHashMap<>();
        List<Long> members = members(m);
        Set<Long> given = present == null ? Set.of() : present;
        if (!members.containsAll(given)) {
            throw BusinessException.badInput("EXP-17-ATTENDANCE", "出席专家须为本专业组的在库专家");
        }
        members.forEach(e -> attendance.put(e, given.contains(e)));
        if (m.status() != MeetingStatus.PLANNED) {
            throw BusinessException.conflict("EXP-17", "该会议已登记召开情况");
        }
        files.precheck(minutes.name(), minutes.size());
        StoredFile f;
        try (InputStream in = minutes.open()) {
            f = files.store(in, minutes.name(), minutes.contentType(), null, actor);
        } catch (IOException e) {
            throw BusinessException.badInput("EXP-17-MINUTES", "会议纪要文件读取失败，请重新上传");
        }
        m.hold(heldOn, today(), f.id(), n, attendance, actor.username());
        meetings.save(m);
        if (m.deadlineId() != null) {
            deadlines.markMet(new DeadlineId(m.deadlineId()), clock.instant());
        }
    }

    /** An uploaded minutes file, opened only once the other checks pass. */
    public interface Minutes {
        String name();

        String contentType();

        long size();

        InputStream open() throws IOException;
    }

    /** The minutes file of a held meeting in the actor's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public StoredFile minutes(Actor actor, long id) {
        Long file = jdbc.sql("SELECT minutes_file_id FROM exp_meeting WHERE id = :id AND" + ScopeSql.condition("scope_path"))
                .param("id", id).param(ScopeSql.PARAM, actor.scope().pattern()).query(Long.class).optional()
                .orElseThrow(() -> BusinessException.notFound(WHAT));
        if (file == null) {
            throw BusinessException.notFound("会议纪要");
        }
        return files.find(file, actor);
    }

    /** The experts whose attendance a meeting records: the field group's active experts, or every active one. */
    List<Long> members(Meeting m) {
        return jdbc.sql("SELECT id FROM exp_expert WHERE agency_id = :a AND status = 'ACTIVE'"
                        + (m.fieldCode() == null ? "" : " AND field_code = :f") + " ORDER BY id")
                .param("a", m.agencyId()).params(m.fieldCode() == null ? Map.of() : Map.of("f", m.fieldCode()))
                .query(Long.class).list();
    }

    private boolean quarterHasDeadline(Meeting x) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM exp_meeting WHERE agency_id = :a AND kind = 'QUARTERLY' AND field_code = :f
                               AND year = (SELECT year FROM exp_meeting WHERE id = :id)
                               AND quarter = (SELECT quarter FROM exp_meeting WHERE id = :id)
                               AND deadline_id IS NOT NULL AND id <> :id)""")
                .param("a", x.agencyId()).param("f", x.fieldCode()).param("id", x.id()).query(Boolean.class).single();
    }

    private Meeting load(Actor actor, long id) {
        requireManage(actor);
        return ScopeSql.requireInScope(actor, meetings.findById(id), Meeting::scopePath, WHAT);
    }

    static void requireManage(Actor actor) {
        if (!actor.hasPermission("expert:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有维护专家库的权限");
        }
    }

    static int quarter(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), (quarter(d) - 1) * 3 + 1, 1);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
    }
}
