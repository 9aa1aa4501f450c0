package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.InspectorEligibility;
import cn.anjian.personnel.InspectorStanding;
import cn.anjian.personnel.TitleLevel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the technical inspectors (TI). Refusals are the domain's, as problem+json. */
@RestController
@RequestMapping("/api/v1/personnel/inspectors")
@RequiredArgsConstructor
class InspectorApiController {

    private static final String READ = "hasAuthority('personnel:read')";
    private static final String MANAGE = "hasAuthority('inspector:manage')";
    private final Assessments assessments;

    private final HiringPlans plans;
    private final Campaigns campaigns;
    private final Inspectors inspectors;
    private final InspectorEligibility eligibility;
    private final cn.anjian.personnel.People people;

    record PlanRequest(String title, Integer year, Integer fullTimeCount, Integer partTimeCount, Set<Specialty> specialties,
                       HiringMethod hiringMethod, Integer termMonths, String trainingAssessment, String funding,
                       BigDecimal writtenWeight, String riskProfile, Integer enterpriseCount, String keyEnterpriseTypes,
                       String difficulty, String capacity) {
        PlanContent content() {
            return new PlanContent(title, year, fullTimeCount, partTimeCount, specialties, hiringMethod, termMonths,
                    trainingAssessment, funding, writtenWeight, riskProfile, enterpriseCount, keyEnterpriseTypes,
                    difficulty, capacity);
        }
    }

    record Page<T>(List<T> items, long total, int page, int size) {
    }

    // ---- plans ----

    @GetMapping("/plans")
    @PreAuthorize(READ)
    Page<PlanView> plans(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        String s = InspectorParams.status(status, Set.of("DRAFT", "SUBMITTED", "APPROVED", "REJECTED"));
        int sz = InspectorParams.size(size);
        int pg = InspectorParams.page(page);
        return new Page<>(plans.list(actor, s, pg, sz), plans.count(actor, s), pg, sz);
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize(READ)
    PlanView plan(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return plans.get(actor, id);
    }

    @PostMapping("/plans")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    PlanView draft(@AuthenticationPrincipal Actor actor, @RequestBody PlanRequest body) {
        return plans.draft(actor, body.content());
    }

    @PutMapping("/plans/{id}")
    @PreAuthorize(MANAGE)
    PlanView revise(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody PlanRequest body) {
        return plans.revise(actor, id, body.content());
    }

    @PostMapping("/plans/{id}/submit")
    @PreAuthorize(MANAGE)
    PlanView submit(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return plans.submit(actor, id);
    }

    // ---- campaigns ----

    record CampaignRequest(Long planId, String title, String positions, String requirements, HiringMethod hiringMethod,
                           String schedule, BigDecimal writtenWeight) {
    }

    record CampaignDetail(CampaignView campaign, List<StageRecord> stages, List<ApplicantView> ranking) {
    }

    @GetMapping("/campaigns")
    @PreAuthorize(READ)
    List<CampaignView> campaigns(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long planId) {
        return campaigns.list(actor, planId);
    }

    @PostMapping("/campaigns")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView open(@AuthenticationPrincipal Actor actor, @RequestBody CampaignRequest r) {
        return campaigns.open(actor, new Campaigns.NewCampaign(r.planId(), r.title(), r.positions(), r.requirements(),
                r.hiringMethod(), r.schedule(), r.writtenWeight()));
    }

    @GetMapping("/campaigns/{id}")
    @PreAuthorize(READ)
    CampaignDetail campaign(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        CampaignView c = campaigns.get(actor, id);
        return new CampaignDetail(c, campaigns.stages(id), campaigns.applicants(id));
    }

    record StageRequest(Stage stage, String results) {
    }

    @PostMapping("/campaigns/{id}/stages")
    @PreAuthorize(MANAGE)
    CampaignView stage(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody StageRequest r) {
        return campaigns.recordStage(actor, id, r.stage(), r.results());
    }

    record ApplicantRequest(String name, String idCard, Education education, Boolean safetyRelatedMajor,
                            TitleLevel titleLevel, Boolean titleRelevant, Integer vocationalLevel,
                            Boolean qualificationRelevant, Boolean registeredSafetyEngineer, Integer experienceYears,
                            Boolean retired, Boolean lawAbiding, Boolean fitForPost, Boolean otherRequirementsMet,
                            Long expertId) {
        Application application() {
            if (experienceYears == null) {
                throw BusinessException.badInput("REQUIRED", "请填写相关行业领域工作年限");
            }
            return new Application(education, t(safetyRelatedMajor), titleLevel == null ? TitleLevel.NONE : titleLevel,
                    t(titleRelevant), vocationalLevel, t(qualificationRelevant), t(registeredSafetyEngineer),
                    experienceYears, t(retired), t(lawAbiding), t(fitForPost), t(otherRequirementsMet));
        }

        private static boolean t(Boolean b) {
            return Boolean.TRUE.equals(b);
        }
    }

    @PostMapping("/campaigns/{id}/applicants")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    ApplicantView register(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ApplicantRequest r) {
        return campaigns.register(actor, id, r.name(), r.idCard(), r.expertId(), r.application());
    }

    record ScoreRequest(BigDecimal writtenScore, BigDecimal interviewScore) {
    }

    @PostMapping("/campaigns/{id}/applicants/{applicantId}/scores")
    @PreAuthorize(MANAGE)
    ApplicantView score(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long applicantId,
                        @RequestBody ScoreRequest r) {
        return campaigns.score(actor, id, applicantId, r.writtenScore(), r.interviewScore());
    }

    /** TI-03: 考察 (INSPECTION) or 体检 (MEDICAL_EXAM) result of one applicant. */
    record StageResultRequest(Stage stage, Boolean passed) {
    }

    @PostMapping("/campaigns/{id}/applicants/{applicantId}/results")
    @PreAuthorize(MANAGE)
    ApplicantView result(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long applicantId,
                         @RequestBody StageResultRequest r) {
        return campaigns.recordResult(actor, id, applicantId, r.stage(), r.passed());
    }

    record SkipRequest(String reason) {
    }

    /** TI-03: why a higher-ranked qualified applicant is not hired in rank order. */
    @PostMapping("/campaigns/{id}/applicants/{applicantId}/skip-reason")
    @PreAuthorize(MANAGE)
    ApplicantView skip(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long applicantId,
                       @RequestBody SkipRequest r) {
        return campaigns.recordSkip(actor, id, applicantId, r.reason());
    }

    // ---- inspectors ----

    @GetMapping
    @PreAuthorize(READ)
    Page<InspectorView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String name,
                             @RequestParam(required = false) String kind, @RequestParam(required = false) String status,
                             @RequestParam(required = false) String certificate, @RequestParam(required = false) String sort,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Inspectors.Filter f = InspectorParams.filter(name, kind, status, certificate);
        int sz = InspectorParams.size(size);
        int pg = InspectorParams.page(page);
        return new Page<>(inspectors.list(actor, f, Inspectors.SORT.parse(sort), pg, sz), inspectors.count(actor, f), pg, sz);
    }

    record AppointRequest(Long personId, Boolean partTime, Long campaignId, Long applicantId, String recommendingBody,
                          Specialty specialty, String contractKind, String duties, String rights, String pay,
                          String termination, LocalDate termStart, LocalDate termEnd, Long planId) {
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    InspectorView appoint(@AuthenticationPrincipal Actor actor, @RequestBody AppointRequest r) {
        return inspectors.appoint(actor, new Appointment(r.personId(), Boolean.TRUE.equals(r.partTime()), r.campaignId(),
                r.applicantId(), r.recommendingBody(), r.specialty(), r.contractKind(), r.duties(), r.rights(), r.pay(),
                r.termination(), r.termStart(), r.termEnd(), r.planId()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    Map<String, Object> detail(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        InspectorView i = inspectors.get(actor, id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inspector", i);
        m.put("preJobHours", inspectors.preJobHours(id));
        m.put("trainings", inspectors.trainings(id));
        m.put("equipment", inspectors.equipment(id));
        m.put("renewals", inspectors.renewals(id));
        m.put("records", inspectors.records(id));
        return m;
    }

    @GetMapping("/standing")
    @PreAuthorize(READ)
    InspectorStanding standing(@AuthenticationPrincipal Actor actor, @RequestParam long personId, @RequestParam LocalDate day) {
        people.get(actor, personId); // 404 outside the actor's scope (ORG-03)
        return eligibility.standing(personId, day);
    }

    @GetMapping("/training-shortfalls")
    @PreAuthorize(READ)
    List<Inspectors.Shortfall> shortfalls(@AuthenticationPrincipal Actor actor, @RequestParam int year) {
        return inspectors.shortfalls(actor, InspectorParams.year(year));
    }

    @GetMapping("/renewal-reminders")
    @PreAuthorize(READ)
    List<InspectorView> reminders(@AuthenticationPrincipal Actor actor) {
        return inspectors.renewalReminders(actor);
    }

    record TrainingRequest(String kind, String course, Integer hours, LocalDate endedOn) {
    }

    @PostMapping("/{id}/trainings")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    InspectorTrainingView training(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody TrainingRequest r) {
        return inspectors.addTraining(actor, id, r.kind(), r.course(), r.hours(), r.endedOn());
    }

    record DateRequest(LocalDate date) {
    }

    @PostMapping("/{id}/assessment")
    @PreAuthorize(MANAGE)
    InspectorView assessment(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DateRequest r) {
        return inspectors.recordAssessment(actor, id, r.date());
    }

    @PostMapping("/{id}/certificate")
    @PreAuthorize(MANAGE)
    InspectorView certificate(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DateRequest r) {
        return inspectors.issueCertificate(actor, id, r.date());
    }

    record CallUpRequest(String purpose, LocalDate from, LocalDate to) {
    }

    @PostMapping("/{id}/call-ups")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    void callUp(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody CallUpRequest r) {
        inspectors.callUp(actor, id, r.purpose(), r.from(), r.to());
    }

    @PostMapping("/{id}/term-renewal")
    @PreAuthorize(MANAGE)
    InspectorView renewTerm(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return inspectors.renewTerm(actor, id);
    }

    @PostMapping("/{id}/renewals")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    RenewalView renewal(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return inspectors.applyRenewal(actor, id);
    }

    @PostMapping("/{id}/certificate/destruction")
    @PreAuthorize(MANAGE)
    InspectorView destruction(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DateRequest r) {
        return inspectors.recordDestruction(actor, id, r.date());
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/{id}/certificate/cancellation")
    @PreAuthorize(MANAGE)
    InspectorView cancellation(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ReasonRequest r) {
        return inspectors.cancelCertificate(actor, id, r.reason());
    }

    record DismissalRequest(DismissalGround ground, String reason, String notifiedUnits) {
    }

    @PostMapping("/{id}/dismissal")
    @PreAuthorize(MANAGE)
    InspectorView dismiss(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DismissalRequest r) {
        return inspectors.dismiss(actor, id, r.ground(), r.reason(), r.notifiedUnits());
    }

    record EquipmentRequest(String kind, String name, LocalDate issuedOn) {
    }

    @PostMapping("/{id}/equipment")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    EquipmentView equipment(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody EquipmentRequest r) {
        return inspectors.issueEquipment(actor, id, r.kind(), r.name(), r.issuedOn());
    }

    @PostMapping("/{id}/equipment/{equipmentId}/return")
    @PreAuthorize(MANAGE)
    EquipmentView returned(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long equipmentId,
                           @RequestBody DateRequest r) {
        return inspectors.returnEquipment(actor, id, equipmentId, r.date());
    }

    record RecordRequest(String category, String kind, LocalDate occurredOn, LocalDate untilOn, String description,
                         String handling, String response) {
    }

    @PostMapping("/{id}/records")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    InspectorRecordView record(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody RecordRequest r) {
        return inspectors.addRecord(actor, id, r.category(), r.kind(), r.occurredOn(), r.untilOn(), r.description(),
                r.handling(), r.response());
    }

    /** TI-21: kind SPECIAL or ANNUAL; result EXCELLENT, COMPETENT, BASIC or INCOMPETENT. */
    record AssessmentRequest(String kind, String title, LocalDate assessedOn, String result, String remarks) {
    }

    @GetMapping("/{id}/assessments")
    @PreAuthorize(READ)
    List<AssessmentView> assessments(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        inspectors.get(actor, id);
        return assessments.list(id);
    }

    @PostMapping("/{id}/assessments")
    @PreAuthorize(MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentView assess(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody AssessmentRequest r) {
        return assessments.record(actor, id, r.kind(), r.title(), r.assessedOn(), r.result(), r.remarks());
    }

    /** TI-21: the internal unit of the actor's department that manages its inspectors, and the units to choose from. */
    record ManagingUnit(Assessments.UnitChoice unit, List<Assessments.UnitChoice> choices) {
    }

    record ManagingUnitRequest(Long unitId) {
    }

    @GetMapping("/managing-unit")
    @PreAuthorize(READ)
    ManagingUnit managingUnit(@AuthenticationPrincipal Actor actor) {
        return new ManagingUnit(assessments.managingUnit(actor.agencyId()).orElse(null), assessments.units(actor.agencyId()));
    }

    @PutMapping("/managing-unit")
    @PreAuthorize(MANAGE)
    Assessments.UnitChoice nameManagingUnit(@AuthenticationPrincipal Actor actor, @RequestBody ManagingUnitRequest r) {
        return assessments.nameManagingUnit(actor, r.unitId());
    }
}
