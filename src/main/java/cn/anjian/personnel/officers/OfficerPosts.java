package cn.anjian.personnel.officers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.PostStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts: moving an officer on or off enforcement posts, and OFF-04 (10 days to move an uncertified officer off). */
@Service
@Transactional(readOnly = true)
class OfficerPosts {

    private final OfficerRepository officers;
    private final OfficerRecords records;
    private final PostCaseRepository cases;
    private final Deadlines deadlines;
    private final CertificateReturns returns;
    private final OfficerSupport support;
    private final JdbcClient jdbc;

    OfficerPosts(OfficerRepository officers, OfficerRecords records, PostCaseRepository cases, Deadlines deadlines,
                 CertificateReturns returns, OfficerSupport support, JdbcClient jdbc) {
        this.returns = returns;
        this.officers = officers;
        this.records = records;
        this.cases = cases;
        this.deadlines = deadlines;
        this.support = support;
        this.jdbc = jdbc;
    }

    /** Moves the officer; returns nothing, the facade reads the detail back. */
    @Transactional
    void changePost(Actor actor, long personId, int version, PostStatus status, LocalDate on, String reason) {
        OfficerSupport.requireManage(actor);
        records.officerInScope(actor, personId);
        Officer o = officers.findById(personId).orElseThrow(() -> BusinessException.notFound(OfficerSupport.WHAT));
        o.checkMove(status);
        PostStatus from = o.postStatus;
        LocalDate fromSince = o.postSince;
        LocalDate day = on == null ? support.today() : support.pastDate(on, "岗位变动日期", true);
        String why = OfficerSupport.text(reason, "原因", 500, false);
        o.move(version, status, day);
        officers.save(o);
        recordPostChange(personId, status, day, why);
        support.publish(actor, "personnel.officer.post-changed", "officer", personId,
                Map.of("post", from.name(), "since", fromSince), Map.of("post", status.name(), "since", day));
        if (status == PostStatus.OFF_POST) {
            meetOpenCase(personId, day);
            returns.leftPost(personId, o.name, day); // OFF-05: no longer enforces from that day; certificates go back
        } else {
            returns.backOnPost(personId);
            openPostCaseIfUncertified(personId, "NO_CERTIFICATE", null, day);
        }
    }

    void recordPostChange(long personId, PostStatus status, LocalDate day, String reason) {
        jdbc.sql("INSERT INTO off_post_change (person_id, post_status, effective_on, reason, created_at) VALUES (:p, :s, :d, :r, :now)")
                .param("p", personId).param("s", status.name()).param("d", day).param("r", reason)
                .param("now", support.now()).update();
    }

    /** OFF-04: an officer on post without a valid enforcement certificate gets 10 calendar days (CAL-03) to be moved off. */
    void openPostCaseIfUncertified(long personId, String cause, Long certificateId, LocalDate from) {
        OfficerRecords.OfficerRecord o = records.officer(personId).orElseThrow();
        if (o.post() != PostStatus.ON_POST) {
            return;
        }
        boolean certified = records.certificates(personId).stream()
                .anyMatch(c -> c.kind() == CertificateKind.ENFORCEMENT && c.validOn(support.today()));
        boolean open = cases.findOpen(personId).isPresent();
        if (certified || open) {
            return;
        }
        Instant start = from.atTime(LocalTime.NOON).atZone(Zones.SHANGHAI).toInstant();
        String name = jdbc.sql("SELECT name FROM per_person WHERE id = :p").param("p", personId).query(String.class).single();
        DeadlineId deadline = deadlines.open(new NewDeadline("officer-post", String.valueOf(personId), "OFF-04", null,
                o.unitId(), o.jurisdictionId(), o.scopePath(), Period.calendarDays(OfficerRules.OFF_POST_DAYS), start,
                "调离执法岗位：" + name));
        LocalDate due = deadlines.find(deadline).orElseThrow().dueDate();
        if (due == null) { // a PENDING deadline (year without holiday data): the post case still needs its date, as before
            throw new BusinessException(cn.anjian.calendar.WorkingCalendar.NO_DATA, "调岗期限所在年度的节假日安排尚未录入，暂不能计算期限");
        }
        long id = cases.save(PostCase.open(personId, cause, certificateId, from, due, deadline.value(), o.scopePath(),
                support.now().toInstant())).id;
        support.publish(null, "personnel.officer.post-case-opened", "officer-post-case", id, null,
                Map.of("personId", personId, "cause", cause, "due", due));
    }

    private void meetOpenCase(long personId, LocalDate day) {
        cases.findOpen(personId).ifPresent(c -> {
            c.end(day);
            cases.save(c);
            deadlines.markMet(new DeadlineId(c.deadlineId), support.clock().instant());
            support.publish(null, "personnel.officer.post-case-met", "officer-post-case", c.id, null, Map.of("metOn", day));
        });
    }

    /** The officer obtained what was missing: the open case of that cause closes, its deadline is waived. */
    void closeOpenCase(long personId, String cause, String why) {
        cases.findOpen(personId).filter(c -> c.cause.equals(cause)).ifPresent(c -> {
            c.end(support.today());
            cases.save(c);
            deadlines.waive(new DeadlineId(c.deadlineId), why);
            support.publish(null, "personnel.officer.post-case-closed", "officer-post-case", c.id, null, Map.of("reason", why));
        });
    }

    /** One statement, so no transaction of its own (the officer list page runs it on every request: a COMMIT round trip). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    List<PostCaseView> postCases(Actor actor, boolean overdueOnly) {
        return jdbc.sql(OfficerRecords.POST_CASE_SELECT + " WHERE c.met_on IS NULL AND " + ScopeSql.condition("c.scope_path")
                        + (overdueOnly ? " AND c.due_date < :today" : "") + " ORDER BY c.due_date, c.id LIMIT 500")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("today", support.today())
                .query(OfficerRecords::mapCase).list();
    }
}
