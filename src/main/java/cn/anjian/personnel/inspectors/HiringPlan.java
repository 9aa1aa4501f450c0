package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Collectors;

import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A hiring plan (TI-01/TI-02) and its approval state. Transitions check the current state and refuse
 * before changing anything; {@code @Version} turns a concurrent change into a failed save.
 */
@Table("ti_hiring_plan")
class HiringPlan {

    @Id
    Long id;
    @Version
    Integer version;
    long agencyId;
    long jurisdictionId;
    String scopePath;
    String title;
    int planYear;
    int fullTimeCount;
    int partTimeCount;
    String specialties;
    HiringMethod hiringMethod;
    int termMonths;
    String trainingAssessment;
    String funding;
    BigDecimal writtenWeight;
    String riskProfile;
    int enterpriseCount;
    String keyEnterpriseTypes;
    String difficulty;
    String capacity;
    PlanStatus status;
    Long flowId;
    Instant decidedAt;
    String createdBy;
    Instant createdAt;

    HiringPlan() {
    }

    /** TI-01: drafted by an emergency-management department (content checked by the caller). */
    static HiringPlan draft(long agencyId, long jurisdictionId, String scopePath, PlanContent c, String by, Instant at) {
        HiringPlan p = new HiringPlan();
        p.agencyId = agencyId;
        p.jurisdictionId = jurisdictionId;
        p.scopePath = scopePath;
        p.createdBy = by;
        p.createdAt = at;
        p.status = PlanStatus.DRAFT;
        p.content(c);
        return p;
    }

    /** Revise a draft (also after it came back for revision); the state is checked before the content. */
    void revise(PlanContent content) {
        if (status != PlanStatus.DRAFT) {
            throw new BusinessException("TI-01", "只有草拟中的聘用计划可以修改（当前：" + status.label() + "）");
        }
        content(InspectorRules.checkPlan(content));
    }

    void checkSubmittable() {
        if (status != PlanStatus.DRAFT) {
            throw new BusinessException("TI-01", "聘用计划已提交或已办结（当前：" + status.label() + "）");
        }
    }

    /** TI-01: into the chain department → justice consent → government approval. */
    void submitted(long flow) {
        checkSubmittable();
        this.flowId = flow;
        this.status = PlanStatus.SUBMITTED;
    }

    /** The chain ended; false when the plan was not waiting for it (a repeated notice changes nothing). */
    boolean decided(boolean approved, Instant at) {
        if (status != PlanStatus.SUBMITTED) {
            return false;
        }
        this.status = approved ? PlanStatus.APPROVED : PlanStatus.REJECTED;
        this.decidedAt = at;
        return true;
    }

    /** A step returned the plan: an editable draft again, resubmitted on the same flow. */
    boolean returned() {
        if (status != PlanStatus.SUBMITTED) {
            return false;
        }
        this.status = PlanStatus.DRAFT;
        return true;
    }

    private void content(PlanContent c) {
        this.title = c.title();
        this.planYear = c.year();
        this.fullTimeCount = c.fullTimeCount();
        this.partTimeCount = c.partTimeCount();
        this.specialties = c.specialties().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.hiringMethod = c.hiringMethod();
        this.termMonths = c.termMonths();
        this.trainingAssessment = c.trainingAssessment();
        this.funding = c.funding();
        this.writtenWeight = c.writtenWeight();
        this.riskProfile = c.riskProfile();
        this.enterpriseCount = c.enterpriseCount();
        this.keyEnterpriseTypes = c.keyEnterpriseTypes();
        this.difficulty = c.difficulty();
        this.capacity = c.capacity();
    }
}
