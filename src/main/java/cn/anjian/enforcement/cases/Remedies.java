package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
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
    private final cn.anjian.org.Agencies agencies;

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
        return file(actor, caseId, kind, filedOn, body, null);
    }

    /**
     * As above; {@code reviewAgencyId}: the reconsideration body is an emergency-management agency of a jurisdiction above
     * the case's (STAT-07 受理行政复议案件数 counts it there), else null.
     */
    @Transactional
    public CoercionViews.RemedyView file(Actor actor, long caseId, RemedyKind kind, LocalDate filedOn, String body, Long reviewAgencyId) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        if (!cases.decisionIssued(caseId)) {
            throw new BusinessException("CASE-15-REMEDY-NO-DECISION", "本案尚未签发处理决定，无可申请复议或提起诉讼的决定");
        }
        if (kind == null) {
            throw BusinessException.badInput("CASE-15-REMEDY-KIND", "请选择行政复议或行政诉讼");
        }
        if (filedOn == null || filedOn.isAfter(cases.today())) {
            throw BusinessException.badInput("CASE-15-REMEDY-DATE", "请填写申请（起诉）日期（不晚于今天）");
        }
        String b = Guards.text(body, 200, kind == RemedyKind.RECONSIDERATION ? "复议机关" : "人民法院");
        if (b == null) {
            throw BusinessException.badInput("CASE-15-REMEDY-BODY", kind == RemedyKind.RECONSIDERATION ? "请填写复议机关" : "请填写受理的人民法院");
        }
        String reviewPath = null;
        if (reviewAgencyId != null) {
            cn.anjian.org.Agency a = agencies.findById(reviewAgencyId)
                    .filter(x -> kind == RemedyKind.RECONSIDERATION && c.scopePath().startsWith(x.scopePath())
                            && !c.scopePath().equals(x.scopePath()))
                    .orElseThrow(() -> BusinessException.badInput("STAT-07-REVIEW-AGENCY",
                            "受理复议的应急管理部门须为本案所在行政区划的上级部门，且仅适用于行政复议"));
            reviewPath = a.scopePath();
        }
        Remedy r = repository.save(Remedy.filed(caseId, c.scopePath(), kind, filedOn, b, cases.now(), actor.username())
                .reviewedBy(reviewAgencyId, reviewPath));
        r.recorded();
        repository.save(r);
        return list(actor, caseId).stream().filter(v -> v.id() == r.id()).findFirst().orElseThrow();
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
        file(actor, caseId, kind, filedOn, body, reviewAgencyId);
    }
}
