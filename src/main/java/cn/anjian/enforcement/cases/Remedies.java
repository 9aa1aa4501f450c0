package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-15 / STAT-07: the party's reconsideration (复议) and litigation (诉讼) against the case decision, recorded on the
 * case with the filing date, the body, then the outcome; counted by reporting's statistics through {@code enf_stat_remedy_view} (STAT-07).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Remedies implements cn.anjian.enforcement.CaseRemedies {

    static final String WHAT = "复议、诉讼";

    private final CaseService cases;
    private final RemedyRepository repository;
    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Jurisdictions jurisdictions;

    public List<CoercionViews.RemedyView> list(Actor actor, long caseId) {
        cases.get(actor, caseId);
        return jdbc.sql("SELECT * FROM enf_case_remedy WHERE case_id = :c ORDER BY filed_on, id").param("c", caseId)
                .query((rs, i) -> {
                    RemedyKind k = RemedyKind.valueOf(rs.getString("kind"));
                    String o = rs.getString("outcome");
                    RemedyOutcome out = o == null ? null : RemedyOutcome.valueOf(o);
                    java.sql.Date on = rs.getDate("outcome_on");
                    return new CoercionViews.RemedyView(rs.getLong("id"), k.name(), k.label(), rs.getDate("filed_on").toLocalDate(),
                            rs.getString("body"), o, out == null ? "审理中" : out.label(), on == null ? null : on.toLocalDate(),
                            rs.getString("note"));
                }).list();
    }

    /** Records a reconsideration or lawsuit filed on {@code filedOn} (not before the decision, not in the future). */
    @Transactional
    public CoercionViews.RemedyView file(Actor actor, long caseId, RemedyKind kind, LocalDate filedOn, String body) {
        return file(actor, caseId, new RemedyFiling(kind, filedOn, body, null));
    }

    /**
     * Records a filing once nothing is wrong with it ({@link #problems}: the first problem is the refusal, nothing is
     * stored). A reconsideration received by an agency above is counted there too (STAT-07 受理行政复议案件数).
     */
    @Transactional
    public CoercionViews.RemedyView file(Actor actor, long caseId, RemedyFiling f) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        if (!cases.decisionIssued(caseId)) {
            throw new BusinessException("CASE-15-REMEDY-NO-DECISION", "本案尚未签发处理决定，无可申请复议或提起诉讼的决定");
        }
        Checked v = check(c, f);
        if (!v.problems().isEmpty()) {
            throw v.problems().get(0).refusal();
        }
        Remedy r = repository.save(Remedy.filed(caseId, c.scopePath(), f.kind(), f.filedOn(), v.body(), cases.now(), actor.username())
                .reviewedBy(v.agency() == null ? null : v.agency().id(), v.agency() == null ? null : v.agency().scopePath()));
        r.recorded();
        repository.save(r);
        return list(actor, caseId).stream().filter(x -> x.id() == r.id()).findFirst().orElseThrow();
    }

    /** Everything wrong with a filing at once (the form shows each next to its field); empty when it may be recorded. */
    public List<RemedyFiling.Problem> problems(Actor actor, long caseId, RemedyFiling f) {
        return check(cases.get(actor, caseId), f).problems();
    }

    /**
     * The bodies that may receive a reconsideration of the case (行政复议法第二十四条): the people's government at the
     * level of the deciding agency (a township's: the county's), then the emergency-management agencies above, nearest first.
     */
    public List<RemedyFiling.ReviewBody> reviewBodies(Actor actor, long caseId) {
        return reviewBodies(cases.get(actor, caseId));
    }

    private List<RemedyFiling.ReviewBody> reviewBodies(CaseView c) {
        Jurisdiction j = jurisdictions.get(agencies.get(c.agencyId()).jurisdictionId());
        Jurisdiction government = j.level() == Jurisdiction.TOWNSHIP && j.parentId() != null ? jurisdictions.get(j.parentId()) : j;
        List<RemedyFiling.ReviewBody> all = new ArrayList<>();
        all.add(new RemedyFiling.ReviewBody(null, government.name() + "人民政府"));
        List<Jurisdiction> up = new ArrayList<>(jurisdictions.ancestors(j.id()));
        Collections.reverse(up);
        up.forEach(u -> agencies.findAgency(u.id(), AgencyKind.EMERGENCY_MANAGEMENT).filter(Agency::active)
                .ifPresent(a -> all.add(new RemedyFiling.ReviewBody(a.id(), a.name()))));
        return all;
    }

    private record Checked(List<RemedyFiling.Problem> problems, String body, Agency agency) {
    }

    private Checked check(CaseView c, RemedyFiling f) {
        List<RemedyFiling.Problem> problems = new ArrayList<>();
        if (f.kind() == null) {
            problems.add(new RemedyFiling.Problem("kind", "CASE-15-REMEDY-KIND", "请选择行政复议或行政诉讼"));
        }
        if (f.filedOn() == null || f.filedOn().isAfter(cases.today())) {
            problems.add(new RemedyFiling.Problem("filedOn", "CASE-15-REMEDY-DATE", "请填写申请（起诉）日期（不晚于今天）"));
        }
        String body = f.body() == null || f.body().isBlank() ? null : f.body().strip();
        if (body != null && (body.length() > 200 || body.chars().anyMatch(ch -> Character.isISOControl(ch)))) {
            problems.add(new RemedyFiling.Problem("body", "CASE-15-REMEDY-BODY", "复议机关或人民法院的名称不能超过 200 个字，且不能含有控制字符"));
            body = null;
        }
        Agency agency = null;
        if (f.reviewAgencyId() != null) {
            agency = reviewBodies(c).stream().filter(b -> f.reviewAgencyId().equals(b.agencyId())).findFirst()
                    .map(b -> agencies.get(b.agencyId())).filter(a -> f.kind() != RemedyKind.LITIGATION).orElse(null);
            if (agency == null) {
                problems.add(new RemedyFiling.Problem("reviewAgencyId", "STAT-07-REVIEW-AGENCY",
                        "受理复议的应急管理部门须为本案所在行政区划的上级部门，且仅适用于行政复议"));
            } else if (body != null && !body.equals(agency.name())) {
                problems.add(new RemedyFiling.Problem("body", "CASE-15-REMEDY-BODY", "复议机关应为所选的" + agency.name()));
            } else {
                body = agency.name();
            }
        } else if (body == null && f.kind() != null) {
            problems.add(new RemedyFiling.Problem("body", "CASE-15-REMEDY-BODY",
                    f.kind() == RemedyKind.RECONSIDERATION ? "请选择复议机关" : "请填写受理的人民法院"));
        }
        return new Checked(List.copyOf(problems), body, agency);
    }

    @Transactional
    public CoercionViews.RemedyView decide(Actor actor, long caseId, long remedyId, RemedyOutcome outcome, LocalDate on, String note) {
        Guards.require(actor, "case:manage");
        cases.get(actor, caseId);
        Remedy r = repository.findById(remedyId).filter(x -> x.caseId() == caseId).orElseThrow(() -> BusinessException.notFound(WHAT));
        if (on != null && on.isAfter(cases.today())) {
            throw BusinessException.badInput("CASE-15-REMEDY-DATE", "结果日期不能晚于今天");
        }
        r.decide(outcome, on, Guards.text(note, 2000, "说明"), cases.now(), actor.username());
        try {
            repository.save(r);
        } catch (OptimisticLockingFailureException e) {
            throw BusinessException.conflict("CASE-15-REMEDY-DECIDED", "该复议（诉讼）结果已被他人登记");
        }
        return list(actor, caseId).stream().filter(v -> v.id() == remedyId).findFirst().orElseThrow();
    }

    @Override
    public boolean anyRemedy(Actor actor, long caseId) {
        return !list(actor, caseId).isEmpty();
    }

    @Override
    @Transactional
    public void fileRemedy(Actor actor, long caseId, RemedyKind kind, LocalDate filedOn, String body, Long reviewAgencyId) {
        file(actor, caseId, new RemedyFiling(kind, filedOn, body, reviewAgencyId));
    }
}
