package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.experts.pool.Pool;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-05 on the portal: the candidates under public notice (name, employer, field, title — never ID card or phone) and
 * the objection form, open only while the notice runs.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ApplicationNotice {

    private final ApplicationIntake intake;
    private final ApplicationRepository applications;
    private final ObjectionRepository objections;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A candidate as the public notice shows him. */
    public record Candidate(long id, String name, String gender, String employer, String title, String level,
                            String fieldName, LocalDate noticeFrom, LocalDate noticeUntil) {
    }

    @Transactional(readOnly = true)
    public List<Candidate> candidates(Pool pool) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        return jdbc.sql("""
                SELECT a.id, a.name, a.gender, a.employer_name, a.title, a.level, f.name AS field_name, a.notice_from, a.notice_until
                FROM exp_application a JOIN exp_field f ON f.code = a.field_code
                WHERE a.agency_id = :agency AND a.status = 'NOTICE' AND a.notice_from <= :today AND a.notice_until >= :today
                ORDER BY f.ord, a.name, a.id""")
                .param("agency", pool.agencyId()).param("today", Date.valueOf(today))
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("name"),
                        Gender.valueOf(rs.getString("gender")).label(), rs.getString("employer_name"), rs.getString("title"),
                        ApplicationLevel.valueOf(rs.getString("level")).label(), rs.getString("field_name"),
                        rs.getDate("notice_from").toLocalDate(), rs.getDate("notice_until").toLocalDate())).list();
    }

    /** Files an objection to a candidate of this portal's pool; refused once the notice is over (nothing stored). */
    public void object(String portal, long applicationId, String content, String contact) {
        Pool pool = intake.portalPool(portal);
        ExpertApplication x = applications.findById(applicationId).filter(a -> a.agencyId == pool.agencyId())
                .orElseThrow(() -> BusinessException.notFound("公示对象"));
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        if (x.status != ApplicationStatus.NOTICE || today.isBefore(x.noticeFrom) || today.isAfter(x.noticeUntil)) {
            throw new BusinessException("EXP-05-NOTICE", "该人员不在公示期内，不能再提出异议");
        }
        String text = Params.text("EXP-05-CONTENT", "异议内容", content, 2000, true);
        String who = Params.text("EXP-05-CONTACT", "联系方式", contact, 100, false);
        Objection o = objections.save(Objection.file(applicationId, text, who, clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("applicationId", applicationId);
        after.put("objectionId", o.id);
        events.publishEvent(new AuditableEvent("experts.application.objection-filed", ApplicationReview.SUBJECT,
                String.valueOf(applicationId), null, after, "public-portal", null));
    }
}
