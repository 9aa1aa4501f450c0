package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;

/**
 * The technical-inspector rules of seed 000 chapter 2 and 4 as pure functions, so the page, the API
 * and the demo data all get the same refusal (a {@link BusinessException} thrown before anything is
 * stored). The thresholds are fixed by seed 000's text and RULES.md calls none of them configurable, so they
 * are constants, not settings.
 */
final class InspectorRules {

    /** TI-04: 笔试成绩原则上占考试总成绩比例不低于 60%. */
    static final BigDecimal MIN_WRITTEN_WEIGHT = new BigDecimal("0.60");
    /** TI-11: 岗前培训时间不少于 32 学时. */
    static final int PRE_JOB_HOURS = 32;
    /** TI-12: 轮训和专题培训每年不少于 12 学时. */
    static final int YEARLY_HOURS = 12;
    /** TI-06: 从事相关行业领域工作满 10 年. */
    static final int ASSESSMENT_ROUTE_YEARS = 10;
    /** TI-14: 兼职技术检查员每届 3 年. */
    static final int PART_TIME_TERM_YEARS = 3;
    /** TI-15: 到期前 3 个月申报换证. */
    static final int RENEWAL_MONTHS = 3;
    static final int MAX_TEXT = 2000;

    private InspectorRules() {
    }

    // ---- TI-01 / TI-02 / TI-04: the plan ----

    static PlanContent checkPlan(PlanContent p) {
        if (p == null) {
            throw BusinessException.badInput("TI-01", "请填写聘用计划");
        }
        String title = text(p.title(), "计划名称", 100);
        if (p.year() == null || p.year() < 2000 || p.year() > 2100) {
            throw BusinessException.badInput("TI-01", "计划年度须在 2000 到 2100 之间");
        }
        int full = count(p.fullTimeCount(), "专职人数");
        int part = count(p.partTimeCount(), "兼职人数");
        if (full + part < 1) {
            throw new BusinessException("TI-01", "聘用计划须写明人员数量：专职与兼职合计至少 1 人");
        }
        if (p.specialties() == null || p.specialties().isEmpty()) {
            throw new BusinessException("TI-02", "聘用计划须写明专业需求（至少选择一个专业领域）");
        }
        if (p.hiringMethod() == null) {
            throw new BusinessException("TI-01", "聘用计划须写明聘用方式");
        }
        if (p.termMonths() == null || p.termMonths() < 1 || p.termMonths() > 120) {
            throw new BusinessException("TI-01", "聘用期限须在 1 到 120 个月之间");
        }
        String training = text(p.trainingAssessment(), "培训考核安排", MAX_TEXT);
        String funding = text(p.funding(), "经费保障", MAX_TEXT);
        BigDecimal w = null;
        if (p.hiringMethod().usesExam()) {
            w = writtenWeight(p.writtenWeight());
        } else if (p.writtenWeight() != null) {
            w = writtenWeight(p.writtenWeight());
        }
        String risk = text(p.riskProfile(), "行业领域安全风险状况", MAX_TEXT);
        if (p.enterpriseCount() == null || p.enterpriseCount() < 0 || p.enterpriseCount() > 1_000_000) {
            throw BusinessException.badInput("TI-02", "执法管辖企业数量须在 0 到 1000000 之间");
        }
        String keyTypes = text(p.keyEnterpriseTypes(), "重点检查企业类型", MAX_TEXT);
        String difficulty = text(p.difficulty(), "执法难度", MAX_TEXT);
        String capacity = text(p.capacity(), "执法能力水平", MAX_TEXT);
        return new PlanContent(title, p.year(), full, part, java.util.Set.copyOf(p.specialties()), p.hiringMethod(),
                p.termMonths(), training, funding, w, risk, p.enterpriseCount(), keyTypes, difficulty, capacity);
    }

    /** TI-04: the written weight w, 0.60 ≤ w ≤ 1.00 with at most two decimals. */
    static BigDecimal writtenWeight(BigDecimal w) {
        if (w == null) {
            throw new BusinessException("TI-04", "考试方式须写明笔试成绩占比（不低于 60%）");
        }
        if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) {
            throw BusinessException.badInput("TI-04", "笔试成绩占比须在 0 到 1 之间，如 0.60");
        }
        if (w.stripTrailingZeros().scale() > 2) {
            throw BusinessException.badInput("TI-04", "笔试成绩占比最多保留两位小数，如 0.65");
        }
        if (w.compareTo(MIN_WRITTEN_WEIGHT) < 0) {
            throw new BusinessException("TI-04", "笔试成绩占考试总成绩比例不得低于 60%（当前为 "
                    + w.movePointRight(2).stripTrailingZeros().toPlainString() + "%）");
        }
        return w.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** TI-04: total = written × w + interview × (1 − w), two decimals. */
    static BigDecimal total(BigDecimal written, BigDecimal interview, BigDecimal w) {
        BigDecimal weight = writtenWeight(w);
        return written.multiply(weight).add(interview.multiply(BigDecimal.ONE.subtract(weight)))
                .setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal score(BigDecimal s, String what) {
        if (s == null) {
            throw BusinessException.badInput("TI-04", "请填写" + what);
        }
        if (s.signum() < 0 || s.compareTo(new BigDecimal("100")) > 0 || s.stripTrailingZeros().scale() > 2) {
            throw BusinessException.badInput("TI-04", what + "须在 0 到 100 之间，最多两位小数");
        }
        return s.setScale(2, RoundingMode.UNNECESSARY);
    }

    // ---- TI-03: announcement and stages ----

    static void checkAnnouncement(String positions, String requirements, HiringMethod method, String schedule) {
        List<String> missing = new ArrayList<>();
        if (blank(positions)) {
            missing.add("招聘岗位");
        }
        if (blank(requirements)) {
            missing.add("应聘条件");
        }
        if (method == null) {
            missing.add("聘用方式");
        }
        if (blank(schedule)) {
            missing.add("时间安排");
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("TI-03", "招聘公告须包括招聘岗位、应聘条件、聘用方式、时间安排，缺少："
                    + String.join("、", missing));
        }
    }

    /** TI-03: the stage to record must be the next one after {@code last}; no skipping, no repeating. */
    static void checkNextStage(Stage last, Stage requested, String results) {
        if (requested == null) {
            throw BusinessException.badInput("TI-03", "请选择招聘环节");
        }
        Stage expected = Stage.next(last).orElseThrow(() -> new BusinessException("TI-03", "招聘各环节均已完成"));
        if (requested != expected) {
            throw new BusinessException("TI-03", "招聘须按顺序进行：当前应记录“" + expected.getLabel()
                    + "”，不能记录“" + requested.getLabel() + "”");
        }
        text(results, "“" + requested.getLabel() + "”环节结果", MAX_TEXT);
    }

    // ---- TI-05 / TI-06: eligibility ----

    /** "《…》第十二条：" — a reason names the regulation and article, never the rule ID (issue 12 defect 7). */
    static String basis(String rule) {
        return cn.anjian.kernel.RuleBasis.of(rule).map(b -> b + "：").orElse("");
    }

    /** The reasons an application fails; empty when eligible. */
    static List<String> ineligibility(Application a, HiringMethod route) {
        List<String> reasons = new ArrayList<>();
        if (!a.lawAbiding()) {
            reasons.add(basis("TI-05") + "不符合“遵守宪法和法律法规，具有良好的道德品行”");
        }
        if (route == HiringMethod.ASSESSMENT) {
            if (a.experienceYears() < ASSESSMENT_ROUTE_YEARS) {
                reasons.add(basis("TI-06") + "考核方式须从事安全生产、防灾减灾救灾相关行业领域工作满 10 年（申请人 "
                        + a.experienceYears() + " 年）");
            }
        } else {
            boolean degree = a.education() != null && a.education().bachelorOrAbove() && a.safetyRelatedMajor();
            boolean title = a.titleLevel() != null && a.titleLevel().midOrHigher() && a.titleRelevant();
            boolean vocational = a.vocationalLevel() != null && a.vocationalLevel() <= 2 && a.qualificationRelevant();
            if (!(degree || title || vocational || a.registeredSafetyEngineer())) {
                reasons.add(basis("TI-05") + "须具有相关安全类专业本科以上学历，或相关行业领域中级以上专业技术职称、"
                        + "二级（技师）以上职业资格，或注册安全工程师等职业资格");
            }
        }
        if (!a.fitForPost()) {
            reasons.add("不具备适应岗位要求的身体条件");
        }
        if (!a.otherRequirementsMet()) {
            reasons.add("不满足岗位所需的其他条件");
        }
        return reasons;
    }

    // ---- TI-07: part-time ----

    static String recommendingBody(String body) {
        if (blank(body)) {
            throw new BusinessException("TI-07", "兼职技术检查员须从本地区专家库或经有关方面推荐的专业技术人员中聘用：请填写推荐单位");
        }
        return text(body, "推荐单位", 200);
    }

    // ---- TI-11 / TI-12 ----

    static void checkCertificate(int preJobHours, boolean assessmentPassed) {
        if (preJobHours < PRE_JOB_HOURS) {
            throw new BusinessException("TI-11", "岗前培训不少于 32 学时，当前仅 " + preJobHours + " 学时，不能颁发工作证");
        }
        if (!assessmentPassed) {
            throw new BusinessException("TI-11", "尚未通过省级应急管理部门考核，不能颁发工作证");
        }
    }

    static int shortfall(int hoursThisYear) {
        return Math.max(0, YEARLY_HOURS - hoursThisYear);
    }

    // ---- TI-13: call-up ----

    /**
     * Provincial and city departments may call up inspectors across their jurisdiction (000 art. 20);
     * county and township departments only their own.
     */
    static void checkCallUp(int actorLevel, long actorAgencyId, Scope actorScope, long inspectorAgencyId,
                            String inspectorScopePath) {
        boolean ok = actorLevel <= 2 ? actorScope.covers(inspectorScopePath) : actorAgencyId == inspectorAgencyId;
        if (!ok) {
            throw new BusinessException("TI-13", actorLevel <= 2
                    ? "只能调用本辖区内的技术检查员"
                    : "县级及以下应急管理部门只能调用本部门聘用的技术检查员，统一调用须由省、市应急管理部门进行");
        }
    }

    // ---- TI-14 / TI-15 ----

    /** The last day of a part-time term starting on {@code start}. */
    static LocalDate partTimeTermEnd(LocalDate start) {
        return start.plusYears(PART_TIME_TERM_YEARS).minusDays(1);
    }

    /** Reminders start exactly 3 months before expiry (inclusive). */
    static boolean renewalReminder(LocalDate expiresOn, LocalDate today) {
        return cn.anjian.personnel.common.RenewalDue.reminder(expiresOn, today);
    }

    /** The application is due no later than 3 months before expiry; later ones are flagged. */
    static boolean renewalLate(LocalDate expiresOn, LocalDate appliedOn) {
        return cn.anjian.personnel.common.RenewalDue.late(expiresOn, appliedOn);
    }

    // ---- helpers ----

    static String text(String value, String what, int max) {
        if (blank(value)) {
            throw BusinessException.badInput("REQUIRED", "请填写" + what);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw BusinessException.badInput("TOO-LONG", what + "不能超过 " + max + " 个字");
        }
        return v;
    }

    static String optional(String value, String what, int max) {
        return blank(value) ? null : text(value, what, max);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int count(Integer n, String what) {
        if (n == null) {
            // a missing count is not a count of 0: the API is refused, as the page's form is (issue 13, loose typing)
            throw BusinessException.badInput("TI-01", "请填写" + what + "（没有时填 0）");
        }
        if (n < 0 || n > 10_000) {
            throw BusinessException.badInput("TI-01", what + "须在 0 到 10000 之间");
        }
        return n;
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: a name on a public notice keeps only its first character. */
}
