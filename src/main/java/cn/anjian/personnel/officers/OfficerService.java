package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.AwardEligibility;
import cn.anjian.personnel.CertificateAction;
import cn.anjian.personnel.CertificateKind;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.CertificateView;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.ExamResult;
import cn.anjian.personnel.NewCertificate;
import cn.anjian.personnel.NewOfficer;
import cn.anjian.personnel.NewTraining;
import cn.anjian.personnel.OfficerDetail;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.Officers;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonRoles;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PostCaseView;
import cn.anjian.personnel.PostStatus;
import cn.anjian.personnel.RotationRow;
import cn.anjian.personnel.ShortfallRow;
import cn.anjian.personnel.TrainingKind;
import cn.anjian.personnel.TrainingView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OfficerService implements Officers, EnforcerEligibility, PersonRoles {

    static final String WHAT = "执法人员";
    static final String CERT = "执法证件";
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final People people;
    private final Agencies agencies;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfficerService(JdbcClient jdbc, People people, Agencies agencies, Deadlines deadlines,
                   ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.agencies = agencies;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- the officer role ----

    @Override
    @Transactional
    public OfficerDetail register(Actor actor, long personId, NewOfficer officer) {
        registerOnly(actor, personId, officer);
        return get(actor, personId);
    }

    /** {@link #register} without reading the whole officer back (the import does not need it). */
    @Transactional
    void registerOnly(Actor actor, long personId, NewOfficer officer) {
        requireManage(actor);
        PersonRef person = personRef(personId).orElseThrow(() -> BusinessException.notFound("人员"));
        ScopeSql.requireInScope(actor, person.scopePath(), "人员");
        if (officer == null) {
            throw BusinessException.badInput("OFF-INPUT", "请填写执法人员信息");
        }
        if (isOfficer(personId)) {
            throw BusinessException.conflict("OFF-DUPLICATE", person.name() + "已登记为执法人员");
        }
        Long unitId = officer.unitId();
        if (unitId != null) {
            OrgUnit unit = agencies.getUnit(actor, unitId);
            if (unit.agencyId() != person.agencyId()) {
                throw BusinessException.badInput("OFF-UNIT", "内设机构“" + unit.name() + "”不属于" + person.agencyName());
            }
        }
        LocalDate hiredOn = pastDate(officer.hiredOn(), "入职日期", false);
        PostStatus post = officer.postStatus() == null ? PostStatus.OFF_POST : officer.postStatus();
        LocalDate since = officer.postSince() == null ? today() : pastDate(officer.postSince(), "岗位变动日期", true);
        jdbc.sql("""
                        INSERT INTO off_officer (person_id, name, agency_id, unit_id, scope_path, post_status, post_since, hired_on, created_at)
                        VALUES (:p, :name, :a, :u, :path, :post, :since, :hired, :now)""")
                .param("name", person.name())
                .param("p", personId).param("a", person.agencyId()).param("u", unitId).param("path", person.scopePath())
                .param("post", post.name()).param("since", since).param("hired", hiredOn)
                .param("now", OffsetDateTime.now(clock)).update();
        recordPostChange(personId, post, since, "登记为执法人员");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitId", unitId);
        after.put("hiredOn", hiredOn);
        after.put("post", post.name());
        after.put("postSince", since);
        publish(actor, "personnel.officer.registered", "officer", personId, null, after);
        if (post == PostStatus.ON_POST) {
            openPostCaseIfUncertified(personId, "NO_CERTIFICATE", null, since);
        }
    }

    /** What registering needs of the person, in one query. */
    record PersonRef(long id, String name, long agencyId, String agencyName, String scopePath) {
    }

    private Optional<PersonRef> personRef(long personId) {
        return jdbc.sql("SELECT p.id, p.name, p.agency_id, a.name, p.scope_path FROM per_person p JOIN org_agency_view a ON a.id = p.agency_id WHERE p.id = :id")
                .param("id", personId)
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    @Override
    public boolean isOfficer(long personId) {
        return jdbc.sql("SELECT count(*) FROM off_officer WHERE person_id = :p").param("p", personId)
                .query(Integer.class).single() > 0;
    }

    @Override
    public OfficerDetail get(Actor actor, long personId) {
        PersonView person = people.get(actor, personId);
        OfficerRecord o = officer(personId).orElseThrow(() -> BusinessException.notFound(WHAT));
        List<CertificateView> certs = certificates(personId);
        List<TrainingView> trainings = trainings(personId);
        LocalDate day = today();
        List<PostCaseView> cases = jdbc.sql(POST_CASE_SELECT + " WHERE c.person_id = :p ORDER BY c.id DESC")
                .param("p", personId).param("today", day).query(OfficerService::mapCase).list();
        Optional<LocalDate> lastRotation = OfficerRules.lastRotation(trainings);
        LocalDate due = OfficerRules.rotationDue(lastRotation, o.since3());
        RotationRow rotation = new RotationRow(personId, person.name(), person.agencyName(), lastRotation.orElse(null), due,
                due.isBefore(day));
        return new OfficerDetail(person, o.unitId(), o.unitName(), o.hiredOn(), o.post(), o.postSince(), o.version(),
                certs, trainings, cases, OfficerRules.yearHours(trainings, day.getYear()),
                OfficerRules.eligibility(personId, day, certs, people.roles(personId)),
                award(personId, day.getYear(), trainings), rotation);
    }

    record OfficerRecord(long personId, Long unitId, String unitName, PostStatus post, LocalDate postSince,
                         LocalDate hiredOn, String scopePath, long jurisdictionId, int version) {
        /** Start of the OFF-07 clock when there was no rotation yet: hire date, else first post date. */
        LocalDate since3() {
            return hiredOn != null ? hiredOn : postSince;
        }
    }

    private Optional<OfficerRecord> officer(long personId) {
        return jdbc.sql("""
                        SELECT o.person_id, o.unit_id, u.name AS unit_name, o.post_status, o.post_since, o.hired_on, o.scope_path,
                               p.jurisdiction_id, o.version
                        FROM off_officer o JOIN per_person p ON p.id = o.person_id LEFT JOIN org_unit_view u ON u.id = o.unit_id
                        WHERE o.person_id = :p""")
                .param("p", personId)
                .query((rs, n) -> new OfficerRecord(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        PostStatus.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7), rs.getLong(8), rs.getInt(9)))
                .optional();
    }

    private OfficerRecord officerInScope(Actor actor, long personId) {
        OfficerRecord o = officer(personId).orElseThrow(() -> BusinessException.notFound(WHAT));
        ScopeSql.requireInScope(actor, o.scopePath(), WHAT);
        return o;
    }

    // ---- trainings ----

    @Override
    @Transactional
    public TrainingView addTraining(Actor actor, long personId, NewTraining t) {
        requireManage(actor);
        officerInScope(actor, personId);
        if (t == null) {
            throw BusinessException.badInput("OFF-INPUT", "请填写培训信息");
        }
        String course = text(t.course(), "课程名称", 100, true);
        if (t.kind() == null) {
            throw BusinessException.badInput("OFF-TRAINING-KIND", "请选择培训类别");
        }
        BigDecimal hours = hours(t.classHours());
        LocalDate start = pastDate(t.startDate(), "培训开始日期", true);
        LocalDate end = pastDate(t.endDate(), "培训结束日期", true);
        if (end.isBefore(start)) {
            throw BusinessException.badInput("OFF-TRAINING-DATES", "培训结束日期不能早于开始日期");
        }
        ExamResult exam = t.examResult() == null ? ExamResult.NONE : t.examResult();
        boolean centralised = Boolean.TRUE.equals(t.centralised());
        long id = jdbc.sql("""
                        INSERT INTO off_training (person_id, course, kind, class_hours, start_date, end_date, centralised,
                            exam_result, safety_law_exam, training_year, created_at)
                        VALUES (:p, :course, :kind, :hours, :start, :end, :central, :exam, :law, :year, :now) RETURNING id""")
                .param("p", personId).param("course", course).param("kind", t.kind().name()).param("hours", hours)
                .param("start", start).param("end", end).param("central", centralised).param("exam", exam.name())
                .param("law", t.kind() == TrainingKind.PRE_JOB).param("year", end.getYear())
                .param("now", OffsetDateTime.now(clock)).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO off_year_hours (person_id, year, hours, trainings) VALUES (:p, :y, :h, 1)
                        ON CONFLICT (year, person_id) DO UPDATE SET hours = off_year_hours.hours + EXCLUDED.hours,
                            trainings = off_year_hours.trainings + 1""")
                .param("p", personId).param("y", end.getYear())
                .param("h", t.kind().countsForYear() ? hours : BigDecimal.ZERO).update();
        jdbc.sql("""
                        UPDATE off_officer o SET (hours_year, year_hours, year_trainings) = (
                            SELECT y.year, y.hours, y.trainings FROM off_year_hours y WHERE y.person_id = o.person_id
                            ORDER BY y.year DESC LIMIT 1)
                        WHERE o.person_id = :p""").param("p", personId).update();
        TrainingView view = new TrainingView(id, personId, course, t.kind(), hours, start, end, centralised, exam);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personId", personId);
        after.put("course", course);
        after.put("kind", t.kind().name());
        after.put("classHours", hours);
        after.put("startDate", start);
        after.put("endDate", end);
        after.put("centralised", centralised);
        after.put("exam", exam.name());
        publish(actor, "personnel.officer.training-added", "training", id, null, after);
        return view;
    }

    List<TrainingView> trainings(long personId) {
        return jdbc.sql("""
                        SELECT id, person_id, course, kind, class_hours, start_date, end_date, centralised, exam_result
                        FROM off_training WHERE person_id = :p ORDER BY end_date DESC, id DESC""")
                .param("p", personId)
                .query((rs, n) -> new TrainingView(rs.getLong(1), rs.getLong(2), rs.getString(3), TrainingKind.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getBoolean(8),
                        ExamResult.valueOf(rs.getString(9))))
                .list();
    }

    // ---- certificates ----

    @Override
    @Transactional
    public CertificateView addCertificate(Actor actor, long personId, NewCertificate c) {
        requireManage(actor);
        OfficerRecord o = officerInScope(actor, personId);
        if (c == null) {
            throw BusinessException.badInput("OFF-INPUT", "请填写证件信息");
        }
        String number = text(c.number(), "证件编号", 40, true);
        if (!number.matches("[0-9A-Za-z\\-\\u4e00-\\u9fa5（）()]+")) {
            throw BusinessException.badInput("OFF-CERT-NUMBER", "证件编号只能包含汉字、字母、数字、括号和 -");
        }
        if (c.kind() == null) {
            throw BusinessException.badInput("OFF-CERT-KIND", "请选择证件类别");
        }
        String issuer = text(c.issuer(), "发证机关", 100, true);
        LocalDate from = date(c.validFrom(), "有效期起", true);
        LocalDate to = date(c.validTo(), "有效期止", true);
        if (to.isBefore(from)) {
            throw BusinessException.badInput("OFF-CERT-DATES", "有效期止不能早于有效期起");
        }
        if (from.isAfter(today())) {
            throw BusinessException.badInput("OFF-CERT-DATES", "有效期起不能晚于今天，请在证件生效后登记");
        }
        if (from.plusYears(20).isBefore(to)) {
            throw BusinessException.badInput("OFF-CERT-DATES", "证件有效期不能超过 20 年");
        }
        // OFF-01 / OFF-08: the gate before anything is written
        OfficerRules.requireCertifiable(trainings(personId));
        if (jdbc.sql("SELECT count(*) FROM off_certificate WHERE number = :n").param("n", number).query(Integer.class).single() > 0) {
            throw BusinessException.conflict("OFF-CERT-DUPLICATE", "证件编号 " + number + " 已登记");
        }
        long id = jdbc.sql("""
                        INSERT INTO off_certificate (person_id, number, kind, issuer, valid_from, valid_to, status, status_on, created_at)
                        VALUES (:p, :n, :k, :i, :f, :t, 'VALID', :today, :now) RETURNING id""")
                .param("p", personId).param("n", number).param("k", c.kind().name()).param("i", issuer)
                .param("f", from).param("t", to).param("today", today()).param("now", OffsetDateTime.now(clock))
                .query(Long.class).single();
        refreshCertificateSummary(personId);
        CertificateView view = findCertificate(id).orElseThrow();
        publish(actor, "personnel.officer.certificate-added", "certificate", id, null, snapshot(view));
        if (c.kind() == CertificateKind.ENFORCEMENT && view.validOn(today())) {
            closeOpenCase(personId, "NO_CERTIFICATE", "已取得行政执法证");
        }
        return view;
    }

    @Override
    @Transactional
    public CertificateView changeCertificate(Actor actor, long certificateId, int version, CertificateAction action,
                                             LocalDate on, String reason) {
        requireManage(actor);
        CertificateView before = certificateInScope(actor, certificateId);
        if (action == null) {
            throw BusinessException.badInput("OFF-CERT-ACTION", "请选择证件操作");
        }
        CertificateStatus target = OfficerRules.next(before.status(), action);
        LocalDate day = on == null ? today() : pastDate(on, "生效日期", true);
        String why = text(reason, "原因", 500, action != CertificateAction.REINSTATE);
        int rows = jdbc.sql("""
                        UPDATE off_certificate SET status = :s, status_on = :d, status_reason = :r, version = version + 1
                        WHERE id = :id AND version = :v""")
                .param("s", target.name()).param("d", day).param("r", why).param("id", certificateId).param("v", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("off_certificate " + certificateId);
        }
        refreshCertificateSummary(before.personId());
        CertificateView after = findCertificate(certificateId).orElseThrow();
        publish(actor, "personnel.officer.certificate-" + action.name().toLowerCase(), "certificate", certificateId,
                snapshot(before), snapshot(after));
        if (before.kind() == CertificateKind.ENFORCEMENT
                && (target == CertificateStatus.REVOKED || target == CertificateStatus.CANCELLED)) {
            openPostCaseIfUncertified(before.personId(), target.name(), certificateId, day);
        }
        return after;
    }

    @Override
    @Transactional
    public CertificateView returnCertificate(Actor actor, long certificateId, int version, LocalDate on, String receivedBy) {
        requireManage(actor);
        CertificateView before = certificateInScope(actor, certificateId);
        OfficerRules.requireReturnable(before.status());
        LocalDate day = on == null ? today() : pastDate(on, "交回日期", true);
        String receiver = text(receivedBy, "接收人", 50, true);
        int rows = jdbc.sql("""
                        UPDATE off_certificate SET status = 'RETURNED', status_on = :d, returned_on = :d, received_by = :r,
                            version = version + 1 WHERE id = :id AND version = :v""")
                .param("d", day).param("r", receiver).param("id", certificateId).param("v", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("off_certificate " + certificateId);
        }
        refreshCertificateSummary(before.personId());
        CertificateView after = findCertificate(certificateId).orElseThrow();
        publish(actor, "personnel.officer.certificate-returned", "certificate", certificateId, snapshot(before), snapshot(after));
        return after;
    }

    /**
     * The officer's current enforcement certificate, copied onto the officer row for the list: the VALID
     * one with the latest end (time-independent, so it never goes stale), else the latest of the others.
     */
    private void refreshCertificateSummary(long personId) {
        jdbc.sql("""
                        UPDATE off_officer o SET (cert_number, cert_status, cert_valid_to) = (
                            SELECT c.number, c.status, c.valid_to FROM off_certificate c
                            WHERE c.person_id = o.person_id AND c.kind = 'ENFORCEMENT'
                            ORDER BY (c.status = 'VALID') DESC, c.valid_to DESC, c.id DESC LIMIT 1)
                        WHERE o.person_id = :p""").param("p", personId).update();
    }

    @Override
    public Optional<CertificateView> findCertificate(long certificateId) {
        return jdbc.sql(CERT_SELECT + " WHERE id = :id").param("id", certificateId).query(OfficerService::mapCert).optional();
    }

    private CertificateView certificateInScope(Actor actor, long certificateId) {
        CertificateView c = findCertificate(certificateId).orElseThrow(() -> BusinessException.notFound(CERT));
        OfficerRecord o = officer(c.personId()).orElseThrow(() -> BusinessException.notFound(CERT));
        ScopeSql.requireInScope(actor, o.scopePath(), CERT);
        return c;
    }

    List<CertificateView> certificates(long personId) {
        return jdbc.sql(CERT_SELECT + " WHERE person_id = :p ORDER BY valid_to DESC, id DESC").param("p", personId)
                .query(OfficerService::mapCert).list();
    }

    private static final String CERT_SELECT = """
            SELECT id, person_id, number, kind, issuer, valid_from, valid_to, status, status_on, status_reason, returned_on,
                   received_by, version FROM off_certificate""";

    static CertificateView mapCert(ResultSet rs, int n) throws SQLException {
        return new CertificateView(rs.getLong(1), rs.getLong(2), rs.getString(3), CertificateKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
                CertificateStatus.valueOf(rs.getString(8)), localDate(rs, 9), rs.getString(10), localDate(rs, 11),
                rs.getString(12), rs.getInt(13));
    }

    // ---- post and OFF-04 ----

    @Override
    @Transactional
    public OfficerDetail changePost(Actor actor, long personId, int version, PostStatus status, LocalDate on, String reason) {
        requireManage(actor);
        OfficerRecord o = officerInScope(actor, personId);
        if (status == null) {
            throw BusinessException.badInput("OFF-POST", "请选择岗位状态");
        }
        if (status == o.post()) {
            throw BusinessException.badInput("OFF-POST", "该人员已经" + status.label());
        }
        LocalDate day = on == null ? today() : pastDate(on, "岗位变动日期", true);
        if (day.isBefore(o.postSince())) {
            throw BusinessException.badInput("OFF-POST", "岗位变动日期不能早于上次变动日期 " + o.postSince());
        }
        String why = text(reason, "原因", 500, false);
        int rows = jdbc.sql("UPDATE off_officer SET post_status = :s, post_since = :d, version = version + 1 WHERE person_id = :p AND version = :v")
                .param("s", status.name()).param("d", day).param("p", personId).param("v", version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("off_officer " + personId);
        }
        recordPostChange(personId, status, day, why);
        publish(actor, "personnel.officer.post-changed", "officer", personId,
                Map.of("post", o.post().name(), "since", o.postSince()), Map.of("post", status.name(), "since", day));
        if (status == PostStatus.OFF_POST) {
            meetOpenCase(personId, day);
        } else {
            openPostCaseIfUncertified(personId, "NO_CERTIFICATE", null, day);
        }
        return get(actor, personId);
    }

    private void recordPostChange(long personId, PostStatus status, LocalDate day, String reason) {
        jdbc.sql("INSERT INTO off_post_change (person_id, post_status, effective_on, reason, created_at) VALUES (:p, :s, :d, :r, :now)")
                .param("p", personId).param("s", status.name()).param("d", day).param("r", reason)
                .param("now", OffsetDateTime.now(clock)).update();
    }

    /** OFF-04: an officer on post without a valid enforcement certificate gets 10 calendar days (CAL-03) to be moved off. */
    private void openPostCaseIfUncertified(long personId, String cause, Long certificateId, LocalDate from) {
        OfficerRecord o = officer(personId).orElseThrow();
        if (o.post() != PostStatus.ON_POST) {
            return;
        }
        boolean certified = certificates(personId).stream()
                .anyMatch(c -> c.kind() == CertificateKind.ENFORCEMENT && c.validOn(today()));
        boolean open = jdbc.sql("SELECT count(*) FROM off_post_case WHERE person_id = :p AND met_on IS NULL")
                .param("p", personId).query(Integer.class).single() > 0;
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
        long id = jdbc.sql("""
                        INSERT INTO off_post_case (person_id, cause, certificate_id, opened_on, due_date, deadline_id, scope_path, created_at)
                        VALUES (:p, :c, :cert, :on, :due, :d, :path, :now) RETURNING id""")
                .param("p", personId).param("c", cause).param("cert", certificateId).param("on", from).param("due", due)
                .param("d", deadline.value()).param("path", o.scopePath()).param("now", OffsetDateTime.now(clock))
                .query(Long.class).single();
        publish(null, "personnel.officer.post-case-opened", "officer-post-case", id, null,
                Map.of("personId", personId, "cause", cause, "due", due));
    }

    private void meetOpenCase(long personId, LocalDate day) {
        jdbc.sql("SELECT id, deadline_id FROM off_post_case WHERE person_id = :p AND met_on IS NULL").param("p", personId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().ifPresent(c -> {
                    jdbc.sql("UPDATE off_post_case SET met_on = :d WHERE id = :id").param("d", day).param("id", c[0]).update();
                    deadlines.markMet(new DeadlineId(c[1]), clock.instant());
                    publish(null, "personnel.officer.post-case-met", "officer-post-case", c[0], null, Map.of("metOn", day));
                });
    }

    private void closeOpenCase(long personId, String cause, String why) {
        jdbc.sql("SELECT id, deadline_id FROM off_post_case WHERE person_id = :p AND met_on IS NULL AND cause = :c")
                .param("p", personId).param("c", cause)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().ifPresent(c -> {
                    jdbc.sql("UPDATE off_post_case SET met_on = :d WHERE id = :id").param("d", today()).param("id", c[0]).update();
                    deadlines.waive(new DeadlineId(c[1]), why);
                    publish(null, "personnel.officer.post-case-closed", "officer-post-case", c[0], null, Map.of("reason", why));
                });
    }

    private static final String POST_CASE_SELECT = """
            SELECT c.id, c.person_id, p.name, c.cause, c.opened_on, c.due_date, c.deadline_id, c.met_on,
                   (c.met_on IS NULL AND c.due_date < :today) AS overdue
            FROM off_post_case c JOIN per_person p ON p.id = c.person_id""";

    static PostCaseView mapCase(ResultSet rs, int n) throws SQLException {
        String cause = rs.getString(4);
        String label = switch (cause) {
            case "REVOKED" -> "执法证被吊销";
            case "CANCELLED" -> "执法证被注销";
            default -> "未取得有效执法证";
        };
        return new PostCaseView(rs.getLong(1), rs.getLong(2), rs.getString(3), cause, label, rs.getDate(5).toLocalDate(),
                rs.getDate(6).toLocalDate(), rs.getLong(7), localDate(rs, 8), rs.getBoolean(9));
    }

    @Override
    public List<PostCaseView> postCases(Actor actor, boolean overdueOnly) {
        return jdbc.sql(POST_CASE_SELECT + " WHERE c.met_on IS NULL AND " + ScopeSql.condition("c.scope_path")
                        + (overdueOnly ? " AND c.due_date < :today" : "") + " ORDER BY c.due_date, c.id LIMIT 500")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("today", today())
                .query(OfficerService::mapCase).list();
    }

    // ---- lists and reports ----

    @Override
    public PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, int page, int size) {
        OfficerFilter f = filter == null ? OfficerFilter.none() : filter;
        int s = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pg = Math.max(0, Math.min(page, 100_000));
        LocalDate day = today();
        // one table: the officer row carries name, current certificate (V7_3) and latest training year (V7_4)
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("o.scope_path"));
        Map<String, Object> params = new HashMap<>();
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.name() != null && !f.name().isBlank()) {
            where.append(" AND o.name LIKE :name");
            params.put("name", "%" + like(text(f.name(), "姓名", 50, false)) + "%");
        }
        if (f.unitId() != null) {
            where.append(" AND o.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.post() != null) {
            where.append(" AND o.post_status = :post");
            params.put("post", f.post().name());
        }
        if (f.certificate() != null && !f.certificate().isBlank()) {
            params.put("today", day);
            switch (f.certificate()) {
                case "VALID" -> where.append(" AND o.cert_status = 'VALID' AND o.cert_valid_to >= :today");
                case "NONE" -> where.append(" AND (o.cert_status IS DISTINCT FROM 'VALID' OR o.cert_valid_to < :today)");
                case "EXPIRED" -> where.append(" AND o.cert_status = 'VALID' AND o.cert_valid_to < :today");
                default -> {
                    CertificateStatus st;
                    try {
                        st = CertificateStatus.valueOf(f.certificate());
                    } catch (IllegalArgumentException e) {
                        throw BusinessException.badInput("OFF-FILTER", "未知的证件状态筛选条件");
                    }
                    where.append(" AND EXISTS (SELECT 1 FROM off_certificate c WHERE c.person_id = o.person_id AND c.status = :cst)");
                    params.put("cst", st.name());
                }
            }
        }
        params.put("year", day.getYear());
        if (Boolean.TRUE.equals(f.shortfall())) {
            // the officer row carries its latest training year (V7_4): another year means none this year
            where.append(" AND o.post_status = 'ON_POST' AND (o.hours_year IS DISTINCT FROM :year OR o.year_hours < :min"
                    + " OR o.year_trainings = 0)");
            params.put("min", OfficerRules.YEARLY_HOURS);
        }
        long total = jdbc.sql("SELECT count(*) FROM off_officer o" + where).params(params).query(Long.class).single();
        List<OfficerRow> rows = jdbc.sql("""
                        SELECT o.person_id, o.name, p.id_card, a.name AS agency_name, o.unit_id, u.name AS unit_name, o.post_status,
                               o.cert_number, o.cert_status, o.cert_valid_to,
                               CASE WHEN o.hours_year = :year THEN o.year_hours ELSE 0 END AS hours,
                               CASE WHEN o.hours_year = :year THEN o.year_trainings ELSE 0 END AS trainings
                        FROM (SELECT o.* FROM off_officer o""" + where
                        + " ORDER BY o.name, o.person_id LIMIT :limit OFFSET :offset) o"
                        + " JOIN per_person p ON p.id = o.person_id JOIN org_agency_view a ON a.id = o.agency_id"
                        + " LEFT JOIN org_unit_view u ON u.id = o.unit_id ORDER BY o.name, o.person_id")
                .params(params).param("limit", s).param("offset", (long) pg * s)
                .query((rs, n) -> {
                    BigDecimal hours = rs.getBigDecimal("hours");
                    String st = rs.getString("cert_status");
                    PostStatus post = PostStatus.valueOf(rs.getString("post_status"));
                    return new OfficerRow(rs.getLong(1), rs.getString(2), cn.anjian.kernel.Masking.idCard(rs.getString(3)),
                            rs.getString(4), (Long) rs.getObject(5), rs.getString(6), post, rs.getString(8),
                            st == null ? null : CertificateStatus.valueOf(st), localDate(rs, 10), hours,
                            post == PostStatus.ON_POST && OfficerRules.shortfall(hours, rs.getInt("trainings")));
                }).list();
        return new PageResult<>(rows, pg, s, total);
    }

    @Override
    public PageResult<ShortfallRow> shortfalls(Actor actor, int year, int page, int size) {
        int y = year(year);
        int s = Math.max(1, Math.min(size, 1000));
        int pg = Math.max(0, Math.min(page, 100_000));
        // one aggregate over the yearly summary: on-post officers in scope below 24 h or without any training
        record Line(ShortfallRow row, long total) {
        }
        List<Line> lines = jdbc.sql("""
                        SELECT o.person_id, p.name, a.name, u.name, coalesce(t.hours, 0) AS hours, coalesce(t.trainings, 0) AS n,
                               count(*) OVER () AS total
                        FROM off_officer o
                        JOIN per_person p ON p.id = o.person_id
                        JOIN org_agency_view a ON a.id = o.agency_id
                        LEFT JOIN org_unit_view u ON u.id = o.unit_id
                        LEFT JOIN off_year_hours t ON t.person_id = o.person_id AND t.year = :year
                        WHERE\s""" + ScopeSql.condition("o.scope_path") + """
                         AND o.post_status = 'ON_POST'
                          AND (t.person_id IS NULL OR t.hours < :min OR t.trainings = 0)
                        ORDER BY coalesce(t.hours, 0), p.name, o.person_id LIMIT :limit OFFSET :offset""")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("year", y).param("min", OfficerRules.YEARLY_HOURS)
                .param("limit", s).param("offset", (long) pg * s)
                .query((rs, n) -> {
                    BigDecimal h = rs.getBigDecimal(5);
                    BigDecimal missing = OfficerRules.YEARLY_HOURS.subtract(h).max(BigDecimal.ZERO);
                    return new Line(new ShortfallRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), y, h,
                            rs.getInt(6), missing), rs.getLong(7));
                }).list();
        long total = lines.isEmpty() ? (pg == 0 ? 0 : countShortfalls(actor, y)) : lines.get(0).total();
        List<ShortfallRow> items = lines.stream().map(Line::row).toList();
        return new PageResult<>(items, pg, s, total);
    }

    private long countShortfalls(Actor actor, int year) {
        return jdbc.sql("""
                        SELECT count(*) FROM off_officer o LEFT JOIN off_year_hours t ON t.person_id = o.person_id AND t.year = :year
                        WHERE\s""" + ScopeSql.condition("o.scope_path") + """
                         AND o.post_status = 'ON_POST' AND (t.person_id IS NULL OR t.hours < :min OR t.trainings = 0)""")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("year", year).param("min", OfficerRules.YEARLY_HOURS)
                .query(Long.class).single();
    }

    @Override
    public List<RotationRow> rotationDue(Actor actor, LocalDate day, int withinDays) {
        LocalDate d = day == null ? today() : date(day, "日期", true);
        int within = Math.max(0, Math.min(withinDays, 3650));
        return jdbc.sql("""
                        SELECT * FROM (
                          SELECT o.person_id, p.name, a.name AS agency_name, r.last_rotation,
                                 (coalesce(r.last_rotation, o.hired_on, o.post_since) + INTERVAL '3 years')::date AS due
                          FROM off_officer o
                          JOIN per_person p ON p.id = o.person_id
                          JOIN org_agency_view a ON a.id = o.agency_id
                          LEFT JOIN LATERAL (SELECT max(t.end_date) AS last_rotation FROM off_training t
                                             WHERE t.person_id = o.person_id AND t.kind = 'ROTATION'
                                               AND t.end_date - t.start_date + 1 >= :minDays) r ON TRUE
                          WHERE\s""" + ScopeSql.condition("o.scope_path") + """
                           AND o.post_status = 'ON_POST') x
                        WHERE x.due <= :limitDay ORDER BY x.due, x.person_id LIMIT 500""")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("minDays", OfficerRules.ROTATION_MIN_DAYS)
                .param("limitDay", d.plusDays(within))
                .query((rs, n) -> {
                    LocalDate due = rs.getDate(5).toLocalDate();
                    return new RotationRow(rs.getLong(1), rs.getString(2), rs.getString(3), localDate(rs, 4), due, due.isBefore(d));
                }).list();
    }

    // ---- OFF-06 ----

    @Override
    public AwardEligibility awardEligibility(Actor actor, long personId, int year) {
        officerInScope(actor, personId);
        return award(personId, year(year), trainings(personId));
    }

    private AwardEligibility award(long personId, int year, List<TrainingView> trainings) {
        List<String> reasons = new ArrayList<>();
        BigDecimal hours = OfficerRules.yearHours(trainings, year);
        int count = OfficerRules.trainingsIn(trainings, year);
        if (OfficerRules.shortfall(hours, count)) {
            reasons.add("未完成 " + year + " 年度培训学习计划（轮训 " + hours.stripTrailingZeros().toPlainString()
                    + " 学时，" + count + " 次培训；应不少于 24 学时且至少一次）");
        }
        jdbc.sql("SELECT reason FROM off_award_flag WHERE person_id = :p AND year = :y").param("p", personId).param("y", year)
                .query(String.class).optional().ifPresent(r -> reasons.add("恶意不取得执法证件：" + r));
        return new AwardEligibility(personId, year, reasons.isEmpty(), List.copyOf(reasons));
    }

    @Override
    @Transactional
    public void flagDeliberateNoCertificate(Actor actor, long personId, int year, String reason) {
        requireManage(actor);
        officerInScope(actor, personId);
        int y = year(year);
        String why = text(reason, "原因", 500, true);
        int rows = jdbc.sql("""
                        INSERT INTO off_award_flag (person_id, year, reason, recorded_by, created_at) VALUES (:p, :y, :r, :by, :now)
                        ON CONFLICT (person_id, year) DO NOTHING""")
                .param("p", personId).param("y", y).param("r", why).param("by", actor.username())
                .param("now", OffsetDateTime.now(clock)).update();
        if (rows == 0) {
            throw BusinessException.conflict("OFF-06-DUPLICATE", y + " 年度已记录该情形");
        }
        publish(actor, "personnel.officer.award-flagged", "officer", personId, null, Map.of("year", y, "reason", why));
    }

    // ---- OFF-03 and roles ----

    @Override
    public Eligibility check(long personId, LocalDate day) {
        LocalDate d = day == null ? today() : day;
        if (people.find(personId).isEmpty()) {
            return new Eligibility(personId, d, false, null, List.of("人员不存在"));
        }
        return OfficerRules.eligibility(personId, d, certificates(personId), people.roles(personId));
    }

    @Override
    public List<PersonRole> rolesOf(long personId) {
        return officer(personId).map(o -> List.of(new PersonRole(PersonRole.OFFICER, "执法人员", o.post().label(),
                o.post() == PostStatus.ON_POST))).orElse(List.of());
    }

    // ---- helpers ----

    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission("personnel:manage") && !actor.hasPermission("personnel:import")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "PERSONNEL-FORBIDDEN", "您没有维护执法人员信息的权限");
        }
    }

    private int year(int year) {
        if (year < 2000 || year > today().getYear() + 1) {
            throw BusinessException.badInput("OFF-YEAR", "年度须在 2000 到 " + (today().getYear() + 1) + " 之间");
        }
        return year;
    }

    static BigDecimal hours(BigDecimal h) {
        if (h == null) {
            throw BusinessException.badInput("OFF-HOURS", "请填写学时");
        }
        if (h.signum() <= 0 || h.compareTo(new BigDecimal("2000")) > 0) {
            throw BusinessException.badInput("OFF-HOURS", "学时须大于 0 且不超过 2000");
        }
        if (h.stripTrailingZeros().scale() > 1) {
            throw BusinessException.badInput("OFF-HOURS", "学时最多保留 1 位小数");
        }
        return h.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    static LocalDate date(LocalDate d, String label, boolean required) {
        if (d == null) {
            if (required) {
                throw BusinessException.badInput("OFF-DATE", "请填写" + label);
            }
            return null;
        }
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw BusinessException.badInput("OFF-DATE", label + "须在 1950-01-01 到 2100-12-31 之间");
        }
        return d;
    }

    private LocalDate pastDate(LocalDate d, String label, boolean required) {
        LocalDate v = date(d, label, required);
        if (v != null && v.isAfter(today())) {
            throw BusinessException.badInput("OFF-DATE", label + "不能晚于今天");
        }
        return v;
    }

    static String text(String value, String label, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw BusinessException.badInput("OFF-REQUIRED", "请填写" + label);
            }
            return null;
        }
        if (v.length() > max) {
            throw BusinessException.badInput("OFF-TOO-LONG", label + "不能超过 " + max + " 个字");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.badInput("OFF-CONTROL", label + "含有不可见的控制字符");
        }
        return v;
    }

    private static String like(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDate localDate(ResultSet rs, int col) throws SQLException {
        java.sql.Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    private void publish(Actor actor, String action, String type, long id, Map<String, ?> before, Map<String, ?> after) {
        events.publishEvent(new AuditableEvent(action, type, String.valueOf(id), before, after,
                actor == null ? null : actor.username(), null));
    }

    private static Map<String, Object> snapshot(CertificateView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", c.personId());
        m.put("number", c.number());
        m.put("kind", c.kind().name());
        m.put("issuer", c.issuer());
        m.put("validFrom", c.validFrom());
        m.put("validTo", c.validTo());
        m.put("status", c.status().name());
        m.put("statusOn", c.statusOn());
        m.put("reason", c.statusReason());
        m.put("returnedOn", c.returnedOn());
        m.put("receivedBy", c.receivedBy());
        return m;
    }
}
