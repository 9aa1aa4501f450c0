package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.ExpertCandidates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-03..TI-06: open recruitment of full-time inspectors on an approved plan. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class Campaigns {

    static final String WHAT = "招聘活动";
    static final String APPLICANT = "应聘人员";
    private static final String SELECT = """
            SELECT c.*, p.title AS plan_title, a.name AS agency_name FROM ti_campaign c
            JOIN ti_hiring_plan p ON p.id = c.plan_id JOIN org_agency_view a ON a.id = c.agency_id
            """;

    private final JdbcClient jdbc;
    private final CampaignRepository campaignRepository;
    private final ApplicantRepository applicantRepository;
    private final HiringPlans plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** TI-07: the expert pool (experts implements the SPI; absent in module tests without it). */
    private final ObjectProvider<ExpertCandidates> pool;

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
        long id = campaignRepository.save(Campaign.open(plan, title, InspectorRules.text(n.positions(), "招聘岗位", 2000),
                InspectorRules.text(n.requirements(), "应聘条件", 2000), n.hiringMethod(),
                InspectorRules.text(n.schedule(), "时间安排", 2000), w, clock.instant())).id;
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
        Campaign campaign = campaignRepository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        campaign.checkNext(stage, results);
        List<ApplicantView> applicants = applicants(id);
        switch (stage) {
            case QUALIFICATION_REVIEW -> {
                if (applicants.isEmpty()) {
                    throw new BusinessException("TI-03", "尚无报名人员，不能进行资格审查");
                }
                List<Applicant> all = applicantRepository.findByCampaignId(id);
                all.forEach(Applicant::review);
                applicantRepository.saveAll(all);
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
            case INSPECTION -> {
                if (applicants.stream().anyMatch(a -> "QUALIFIED".equals(a.status()) && a.inspectionPassed() == null)) {
                    throw new BusinessException("TI-03-RESULT", "还有资格审查通过的人员没有考察结果，请先逐人录入");
                }
            }
            case MEDICAL_EXAM -> {
                if (applicants.stream().anyMatch(a -> Boolean.TRUE.equals(a.inspectionPassed()) && a.medicalPassed() == null)) {
                    throw new BusinessException("TI-03-RESULT", "还有考察合格的人员没有体检结果，请先逐人录入");
                }
            }
            default -> { }
        }
        campaign.record(stage, results, actor.username(), clock.instant());
        campaignRepository.save(campaign);
        events.publishEvent(AuditableEvent.change("ti.campaign.stage-recorded", "ti-campaign", id,
                Map.of("lastStage", String.valueOf(c.lastStage())), Map.of("lastStage", stage.name(), "results", results.strip())));
        return get(actor, id);
    }

    /** Registration is open after the announcement and until the registration stage is recorded. */
    @Transactional
    ApplicantView register(Actor actor, long campaignId, String name, String idCard, Application a) {
        return register(actor, campaignId, name, idCard, null, a);
    }

    /**
     * As {@link #register(Actor, long, String, String, Application)}; with {@code expertId} the applicant is picked
     * from the actor's expert pool (TI-07): name and ID card come from the pool, never from the request, and an
     * expert who is not active in the actor's own pool is refused. Page and API alike.
     */
    @Transactional
    ApplicantView register(Actor actor, long campaignId, String name, String idCard, Long expertId, Application a) {
        CampaignView c = get(actor, campaignId);
        if (expertId != null) {
            ExpertCandidates experts = pool.getIfAvailable();
            ExpertCandidates.ExpertCandidate picked = experts == null ? null : experts.get(actor, expertId).orElse(null);
            idCard = picked == null ? null : experts.idCard(actor, expertId).orElse(null);
            if (idCard == null) {
                throw new BusinessException("TI-07", "本部门专家库中没有这名在库专家（已出库、暂停或不属于本专家库），不能从专家库选聘");
            }
            name = picked.name();
        } else if (idCard == null || idCard.isBlank()) {
            throw BusinessException.badInput("TI-APPLICANT-ID", "请填写身份证号码或从专家库选择");
        }
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
        long id;
        try {
            id = applicantRepository.save(Applicant.register(campaignId, n, card, a, reasons, clock.instant())).id;
        } catch (DbActionExecutionException | DuplicateKeyException e) {
            // the unique (campaign, ID card) index; Spring Data JDBC may or may not wrap the driver's refusal
            if (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException) {
                throw BusinessException.conflict("TI-APPLICANT-DUPLICATE", "该身份证号已报名本次招聘");
            }
            throw e;
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
        Applicant applicant = applicantRepository.findById(applicantId).orElseThrow(() -> BusinessException.notFound(APPLICANT));
        applicant.requireQualified("只有资格审查通过的人员才能录入成绩");
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
        applicant.scored(w, i, total);
        applicantRepository.save(applicant);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("written", plain(w));
        after.put("interview", plain(i));
        after.put("total", plain(total));
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
        if (!a.cleared()) {
            throw new BusinessException("TI-03-RESULT", "只有考察、体检均合格的人员才能聘用（考察：" + a.inspectionLabel()
                    + "，体检：" + a.medicalLabel() + "）");
        }
        for (ApplicantView x : applicants(campaignId)) {
            if (x.id() == a.id()) {
                break;
            }
            if ("QUALIFIED".equals(x.status()) && x.cleared() && x.skipReason() == null) {
                throw new BusinessException("TI-03-RANK", "须按综合成绩排名聘用：排名在前的" + x.name()
                        + "考察、体检合格但尚未聘用，跳过须先记录理由");
            }
        }
        return a;
    }

    /** TI-03: the 考察 result during the inspection stage, the 体检 result during the medical exam, per applicant. */
    @Transactional
    ApplicantView recordResult(Actor actor, long campaignId, long applicantId, Stage stage, Boolean passed) {
        CampaignView c = get(actor, campaignId);
        applicant(actor, campaignId, applicantId);
        if (passed == null || (stage != Stage.INSPECTION && stage != Stage.MEDICAL_EXAM)) {
            throw BusinessException.badInput("TI-03", "请选择考察或体检，并选择合格或不合格");
        }
        Stage before = Stage.values()[stage.ordinal() - 1];
        if (c.last() != before) {
            throw new BusinessException("TI-03", stage.getLabel() + "结果在" + before.getLabel() + "环节完成后、"
                    + stage.getLabel() + "环节记录前录入（当前已完成：" + c.lastStageLabel() + "）");
        }
        Applicant a = applicantRepository.findById(applicantId).orElseThrow(() -> BusinessException.notFound(APPLICANT));
        a.stageResult(stage, passed);
        applicantRepository.save(a);
        events.publishEvent(AuditableEvent.change("ti.applicant.stage-result", "ti-applicant", applicantId, null,
                Map.of("stage", stage.name(), "passed", passed)));
        return applicant(actor, campaignId, applicantId);
    }

    /** TI-03: the reason a qualified higher-ranked applicant is not hired in rank order (recorded before the skip). */
    @Transactional
    ApplicantView recordSkip(Actor actor, long campaignId, long applicantId, String reason) {
        ApplicantView before = applicant(actor, campaignId, applicantId);
        Applicant a = applicantRepository.findById(applicantId).orElseThrow(() -> BusinessException.notFound(APPLICANT));
        a.skipped(reason);
        applicantRepository.save(a);
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("skipReason", before.skipReason());
        events.publishEvent(AuditableEvent.change("ti.applicant.skip-reason", "ti-applicant", applicantId, old,
                Map.of("skipReason", a.skipReason)));
        return applicant(actor, campaignId, applicantId);
    }

    void markHired(long applicantId, long personId) {
        Applicant a = applicantRepository.findById(applicantId).orElseThrow(() -> BusinessException.notFound(APPLICANT));
        a.hired(personId);
        applicantRepository.save(a);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
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
