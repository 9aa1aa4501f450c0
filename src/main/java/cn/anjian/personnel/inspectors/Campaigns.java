package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-03..TI-06: open recruitment of full-time inspectors on an approved plan. */
@Service
@Transactional(readOnly = true)
class Campaigns {

    static final String WHAT = "招聘活动";
    static final String APPLICANT = "应聘人员";
    private static final String SELECT = """
            SELECT c.*, p.title AS plan_title, a.name AS agency_name FROM ti_campaign c
            JOIN ti_hiring_plan p ON p.id = c.plan_id JOIN org_agency_view a ON a.id = c.agency_id
            """;

    private final JdbcClient jdbc;
    private final HiringPlans plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Campaigns(JdbcClient jdbc, HiringPlans plans, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    record NewCampaign(Long planId, String title, String positions, String requirements, HiringMethod hiringMethod,
                       String schedule, BigDecimal writtenWeight) {
    }

    CampaignView get(Actor actor, long id) {
        CampaignView c = jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CampaignView.class).optional()
                .orElseThrow(() -> BusinessException.notFound(WHAT));
        ScopeSql.requireInScope(actor, c.scopePath(), WHAT);
        return c;
    }

    List<CampaignView> list(Actor actor, Long planId) {
        var spec = jdbc.sql(SELECT + " WHERE " + ScopeSql.condition("c.scope_path")
                        + (planId == null ? "" : " AND c.plan_id = :plan") + " ORDER BY c.id DESC LIMIT 200")
                .param(ScopeSql.PARAM, actor.scope().pattern());
        if (planId != null) {
            spec = spec.param("plan", planId);
        }
        return spec.query(CampaignView.class).list();
    }

    List<StageRecord> stages(long campaignId) {
        return jdbc.sql("SELECT stage, results, recorded_by, recorded_at FROM ti_campaign_stage WHERE campaign_id = :c ORDER BY recorded_at, stage")
                .param("c", campaignId).query(StageRecord.class).list();
    }

    /** Applicants ranked: eligible ones by total score (then written score), rejected ones last. */
    List<ApplicantView> applicants(long campaignId) {
        return jdbc.sql("""
                SELECT * FROM ti_applicant WHERE campaign_id = :c
                ORDER BY (status = 'REJECTED'), total_score DESC NULLS LAST, written_score DESC NULLS LAST, id""")
                .param("c", campaignId).query(ApplicantView.class).list();
    }

    ApplicantView applicant(Actor actor, long campaignId, long applicantId) {
        get(actor, campaignId);
        return jdbc.sql("SELECT * FROM ti_applicant WHERE id = :id AND campaign_id = :c").param("id", applicantId)
                .param("c", campaignId).query(ApplicantView.class).optional()
                .orElseThrow(() -> BusinessException.notFound(APPLICANT));
    }

    /** TI-01 (approved plan only), TI-03 (announcement content), TI-04 (written weight). */
    @Transactional
    CampaignView open(Actor actor, NewCampaign n) {
        if (n.planId() == null) {
            throw BusinessException.badInput("REQUIRED", "请选择聘用计划");
        }
        PlanView plan = plans.requireApproved(actor, n.planId());
        String title = InspectorRules.text(n.title(), "招聘活动名称", 100);
        InspectorRules.checkAnnouncement(n.positions(), n.requirements(), n.hiringMethod(), n.schedule());
        if (n.hiringMethod() == HiringMethod.EXAM_AND_ASSESSMENT) {
            throw BusinessException.badInput("TI-03", "一次招聘活动选择考试或考核其中一种方式");
        }
        HiringMethod planMethod = HiringMethod.valueOf(plan.hiringMethod());
        if (planMethod != HiringMethod.EXAM_AND_ASSESSMENT && planMethod != n.hiringMethod()) {
            throw new BusinessException("TI-01", "招聘方式须与批准的聘用计划一致（" + planMethod.getLabel() + "）");
        }
        BigDecimal w = null;
        if (n.hiringMethod() == HiringMethod.EXAM) {
            w = InspectorRules.writtenWeight(n.writtenWeight() != null ? n.writtenWeight() : plan.writtenWeight());
        }
        Map<String, Object> p = new HashMap<>();
        p.put("plan", plan.id());
        p.put("agency", plan.agencyId());
        p.put("scope", plan.scopePath());
        p.put("title", title);
        p.put("positions", InspectorRules.text(n.positions(), "招聘岗位", 2000));
        p.put("requirements", InspectorRules.text(n.requirements(), "应聘条件", 2000));
        p.put("method", n.hiringMethod().name());
        p.put("schedule", InspectorRules.text(n.schedule(), "时间安排", 2000));
        p.put("weight", w == null ? null : w.toPlainString());
        p.put("at", OffsetDateTime.now(clock));
        long id = jdbc.sql("""
                INSERT INTO ti_campaign (plan_id, agency_id, scope_path, title, positions, requirements, hiring_method,
                    schedule, written_weight, created_at)
                VALUES (:plan, :agency, :scope, :title, :positions, :requirements, :method, :schedule,
                    CAST(:weight AS NUMERIC), :at) RETURNING id""").params(p).query(Long.class).single();
        CampaignView c = get(actor, id);
        events.publishEvent(AuditableEvent.change("ti.campaign.opened", "ti-campaign", id, null, snapshot(c)));
        return c;
    }

    /**
     * TI-03: records the next stage's results, in order. Completing the qualification review applies
     * the eligibility results (TI-05/06); completing the written exam/assessment needs the scores of
     * every qualified applicant (exam route); completing the interview computes totals (TI-04).
     */
    @Transactional
    CampaignView recordStage(Actor actor, long id, Stage stage, String results) {
        CampaignView c = get(actor, id);
        InspectorRules.checkNextStage(c.last(), stage, results);
        List<ApplicantView> applicants = applicants(id);
        switch (stage) {
            case QUALIFICATION_REVIEW -> {
                if (applicants.isEmpty()) {
                    throw new BusinessException("TI-03", "尚无报名人员，不能进行资格审查");
                }
                jdbc.sql("UPDATE ti_applicant SET status = CASE WHEN eligible THEN 'QUALIFIED' ELSE 'REJECTED' END, version = version + 1 WHERE campaign_id = :c")
                        .param("c", id).update();
            }
            case WRITTEN_OR_ASSESSMENT -> {
                if (c.exam() && applicants.stream().anyMatch(a -> "QUALIFIED".equals(a.status()) && a.writtenScore() == null)) {
                    throw new BusinessException("TI-03", "还有资格审查通过的人员没有笔试成绩，请先录入");
                }
            }
            case INTERVIEW -> {
                if (applicants.stream().anyMatch(a -> "QUALIFIED".equals(a.status()) && a.interviewScore() == null)) {
                    throw new BusinessException("TI-03", "还有资格审查通过的人员没有面试成绩，请先录入");
                }
            }
            default -> { }
        }
        int rows = jdbc.sql("UPDATE ti_campaign SET last_stage = :s, version = version + 1 WHERE id = :id AND version = :v")
                .param("s", stage.name()).param("id", id).param("v", c.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("ti_campaign " + id);
        }
        jdbc.sql("INSERT INTO ti_campaign_stage (campaign_id, stage, results, recorded_by, recorded_at) VALUES (:c, :s, :r, :by, :at)")
                .param("c", id).param("s", stage.name()).param("r", results.strip()).param("by", actor.username())
                .param("at", OffsetDateTime.now(clock)).update();
        events.publishEvent(AuditableEvent.change("ti.campaign.stage-recorded", "ti-campaign", id,
                Map.of("lastStage", String.valueOf(c.lastStage())), Map.of("lastStage", stage.name(), "results", results.strip())));
        return get(actor, id);
    }

    /** Registration is open after the announcement and until the registration stage is recorded. */
    @Transactional
    ApplicantView register(Actor actor, long campaignId, String name, String idCard, Application a) {
        CampaignView c = get(actor, campaignId);
        if (c.last() != Stage.ANNOUNCEMENT) {
            throw new BusinessException("TI-03", c.last() == null ? "招聘公告尚未发布，不能报名" : "报名已结束，不能再报名");
        }
        String n = InspectorRules.text(name, "姓名", 50);
        InspectorRules.text(idCard, "身份证号", 18);
        String card = cn.anjian.personnel.IdCardNumber.of(idCard.strip()).value(); // GB 11643 checksum
        if (a == null || a.education() == null || a.titleLevel() == null) {
            throw BusinessException.badInput("REQUIRED", "请填写学历和职称情况");
        }
        if (a.experienceYears() < 0 || a.experienceYears() > 70) {
            throw BusinessException.badInput("BAD-YEARS", "工作年限须在 0 到 70 之间");
        }
        if (a.vocationalLevel() != null && (a.vocationalLevel() < 1 || a.vocationalLevel() > 5)) {
            throw BusinessException.badInput("BAD-LEVEL", "职业资格等级须在 1 到 5 之间");
        }
        List<String> reasons = InspectorRules.ineligibility(a, HiringMethod.valueOf(c.hiringMethod()));
        Map<String, Object> p = new HashMap<>();
        p.put("c", campaignId);
        p.put("name", n);
        p.put("card", card);
        p.put("edu", a.education().name());
        p.put("major", a.safetyRelatedMajor());
        p.put("title", a.titleLevel().name());
        p.put("titleRelevant", a.titleRelevant());
        p.put("voc", a.vocationalLevel());
        p.put("qualRelevant", a.qualificationRelevant());
        p.put("engineer", a.registeredSafetyEngineer());
        p.put("years", a.experienceYears());
        p.put("retired", a.retired());
        p.put("law", a.lawAbiding());
        p.put("fit", a.fitForPost());
        p.put("other", a.otherRequirementsMet());
        p.put("eligible", reasons.isEmpty());
        p.put("reasons", reasons.isEmpty() ? null : String.join("；", reasons));
        p.put("at", OffsetDateTime.now(clock));
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO ti_applicant (campaign_id, name, id_card, education, safety_related_major, title_level,
                        title_relevant, vocational_level, qualification_relevant, registered_safety_engineer, experience_years,
                        retired, law_abiding, fit_for_post, other_requirements_met, eligible, rejection_reasons, status, registered_at)
                    VALUES (:c, :name, :card, :edu, :major, :title, :titleRelevant, CAST(:voc AS SMALLINT), :qualRelevant, :engineer,
                        :years, :retired, :law, :fit, :other, :eligible, CAST(:reasons AS VARCHAR), 'REGISTERED', :at)
                    RETURNING id""").params(p).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("TI-APPLICANT-DUPLICATE", "该身份证号已报名本次招聘");
        }
        events.publishEvent(AuditableEvent.change("ti.applicant.registered", "ti-applicant", id, null,
                Map.of("campaignId", campaignId, "eligible", reasons.isEmpty(), "reasons", String.join("；", reasons))));
        return applicant(actor, campaignId, id);
    }

    /**
     * TI-04: written score during the written stage, interview score during the interview; the total
     * is written × w + interview × (1 − w) on the exam route, the interview score on the assessment route.
     */
    @Transactional
    ApplicantView score(Actor actor, long campaignId, long applicantId, BigDecimal written, BigDecimal interview) {
        CampaignView c = get(actor, campaignId);
        ApplicantView a = applicant(actor, campaignId, applicantId);
        if (!"QUALIFIED".equals(a.status())) {
            throw new BusinessException("TI-05", "只有资格审查通过的人员才能录入成绩（" + a.statusLabel() + "）");
        }
        BigDecimal w = a.writtenScore();
        BigDecimal i = a.interviewScore();
        if (written != null) {
            if (!c.exam()) {
                throw new BusinessException("TI-04", "考核方式不设笔试");
            }
            if (c.last() != Stage.QUALIFICATION_REVIEW) {
                throw new BusinessException("TI-03", "笔试成绩在资格审查完成后、笔试环节记录前录入");
            }
            w = InspectorRules.score(written, "笔试成绩");
        }
        if (interview != null) {
            if (c.last() != Stage.WRITTEN_OR_ASSESSMENT) {
                throw new BusinessException("TI-03", "面试成绩在笔试（考核）环节完成后、面试环节记录前录入");
            }
            i = InspectorRules.score(interview, "面试成绩");
        }
        if (written == null && interview == null) {
            throw BusinessException.badInput("REQUIRED", "请填写笔试成绩或面试成绩");
        }
        BigDecimal total = null;
        if (i != null) {
            total = c.exam() ? (w == null ? null : InspectorRules.total(w, i, c.writtenWeight())) : i;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("w", w == null ? null : w.toPlainString());
        p.put("i", i == null ? null : i.toPlainString());
        p.put("t", total == null ? null : total.toPlainString());
        p.put("id", applicantId);
        p.put("v", a.version());
        int rows = jdbc.sql("""
                UPDATE ti_applicant SET written_score = CAST(:w AS NUMERIC), interview_score = CAST(:i AS NUMERIC),
                    total_score = CAST(:t AS NUMERIC), version = version + 1 WHERE id = :id AND version = :v""").params(p).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("ti_applicant " + applicantId);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("written", p.get("w"));
        after.put("interview", p.get("i"));
        after.put("total", p.get("t"));
        events.publishEvent(AuditableEvent.change("ti.applicant.scored", "ti-applicant", applicantId, null, after));
        return applicant(actor, campaignId, applicantId);
    }

    /** Contract signing for one applicant: after the public notice, a qualified applicant only. */
    ApplicantView requireHireable(Actor actor, long campaignId, long applicantId) {
        CampaignView c = get(actor, campaignId);
        ApplicantView a = applicant(actor, campaignId, applicantId);
        if (!c.reached(Stage.PUBLIC_NOTICE)) {
            throw new BusinessException("TI-03", "公示结束后才能签订合同（当前已完成：" + c.lastStageLabel() + "）");
        }
        if (!"QUALIFIED".equals(a.status())) {
            throw new BusinessException("TI-05", "只有资格审查通过的人员才能聘用（" + a.statusLabel() + "）");
        }
        return a;
    }

    void markHired(long applicantId, long personId) {
        jdbc.sql("UPDATE ti_applicant SET status = 'HIRED', person_id = :p, version = version + 1 WHERE id = :id")
                .param("p", personId).param("id", applicantId).update();
    }

    private static Map<String, Object> snapshot(CampaignView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planId", c.planId());
        m.put("title", c.title());
        m.put("method", c.hiringMethod());
        m.put("writtenWeight", c.writtenWeight() == null ? null : c.writtenWeight().toPlainString());
        return m;
    }
}
