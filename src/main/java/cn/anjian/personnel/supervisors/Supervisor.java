package cn.anjian.personnel.supervisors;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.SupervisorCertificateCancelled;
import cn.anjian.personnel.SupervisorDismissed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A social supervisor's appointment (SS-01..03, SS-07). Every transition checks the current state and
 * refuses with a {@link BusinessException} before changing anything; {@code @Version} turns a concurrent
 * change into a failed save. The cancellation and the dismissal register the events the public notices
 * listen to, published when the repository saves the supervisor.
 */
@Table("per_supervisor")
class Supervisor extends AbstractAggregateRoot<Supervisor> {

    /** 000 art. 27: a term is three years. */
    static final int TERM_YEARS = 3;
    static final int TEXT_MAX = 500;
    static final int NAME_MAX = 100;

    @Id
    Long id;
    @Version
    Integer version;
    final long personId;
    final long agencyId;
    final long jurisdictionId;
    final String scopePath;
    final AppointmentRoute route;
    final SourceKind sourceKind;
    final String sourceName;
    final String consultationNote;
    final LocalDate consultedOn;
    LocalDate personConsentOn;
    String personConsentNote;
    String employerName;
    LocalDate employerConsentOn;
    String employerConsentNote;
    SupervisorStatus status;
    Long flowId;
    Long renewalFlowId;
    boolean renewalLate;
    String certificateNo;
    int termNo;
    LocalDate termStart;
    LocalDate termEnd;
    Long userId;
    LocalDate endedOn;
    String endGround;
    String endReason;
    Instant createdAt;
    Instant updatedAt;
    /** Display data for the registered events, not persisted. */
    @Transient
    String displayName;
    @Transient
    String agencyName;

    @PersistenceCreator
    Supervisor(long personId, long agencyId, long jurisdictionId, String scopePath, AppointmentRoute route,
               SourceKind sourceKind, String sourceName, String consultationNote, LocalDate consultedOn) {
        this.personId = personId;
        this.agencyId = agencyId;
        this.jurisdictionId = jurisdictionId;
        this.scopePath = scopePath;
        this.route = route;
        this.sourceKind = sourceKind;
        this.sourceName = sourceName;
        this.consultationNote = consultationNote;
        this.consultedOn = consultedOn;
        this.status = SupervisorStatus.DRAFT;
    }

    /** Display data for the events this supervisor may register (the full name: publishers mask it, PUB-12). */
    Supervisor describedAs(String name, String agency) {
        this.displayName = name;
        this.agencyName = agency;
        return this;
    }

    /** Stamps the change time before a save (and the creation time of a new one). */
    void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    /**
     * SS-01: a recommendation names the recommending organisation of a recommending kind; an
     * invitation is of an invitee kind and records that the same-level justice department and the
     * relevant departments were consulted (when and what they said) before the invitation.
     */
    static Supervisor propose(long personId, long agencyId, long jurisdictionId, String scopePath,
                              AppointmentRoute route, SourceKind kind, String sourceName,
                              String consultationNote, LocalDate consultedOn, LocalDate today) {
        if (route == null || kind == null) {
            throw BusinessException.badInput("SS-01", "请选择聘任方式和推荐单位/受邀人员类别");
        }
        if (kind.route() != route) {
            throw BusinessException.badInput("SS-01", "“" + kind.label() + "”不属于" + route.label() + "方式");
        }
        String source = text(sourceName, NAME_MAX, "推荐单位或受邀人员身份说明");
        String consultation = text(consultationNote, TEXT_MAX, "征求意见情况");
        if (route == AppointmentRoute.RECOMMENDATION && source == null) {
            throw BusinessException.badInput("SS-01", "推荐方式须填写推荐单位名称");
        }
        if (route == AppointmentRoute.INVITATION) {
            if (consultation == null || consultedOn == null) {
                throw new BusinessException("SS-01", "邀请前须征求同级司法行政部门和有关部门意见：请填写征求意见情况和日期");
            }
            if (consultedOn.isAfter(today)) {
                throw BusinessException.badInput("SS-01", "征求意见日期不能晚于今天");
            }
        }
        return new Supervisor(personId, agencyId, jurisdictionId, scopePath, route, kind, source,
                route == AppointmentRoute.INVITATION ? consultation : null,
                route == AppointmentRoute.INVITATION ? consultedOn : null);
    }

    /** SS-02: the person's own consent. */
    void recordPersonConsent(LocalDate on, String note, LocalDate today) {
        requireStatus(SupervisorStatus.DRAFT, "只有拟聘阶段才能记录本人同意");
        requireDate(on, today, "本人同意日期");
        this.personConsentOn = on;
        this.personConsentNote = text(note, TEXT_MAX, "本人同意说明");
    }

    /** SS-02: the consent of the person's employer (所在单位). */
    void recordEmployerConsent(String employer, LocalDate on, String note, LocalDate today) {
        requireStatus(SupervisorStatus.DRAFT, "只有拟聘阶段才能记录所在单位同意");
        String name = text(employer, NAME_MAX, "所在单位名称");
        if (name == null) {
            throw BusinessException.badInput("SS-02", "请填写所在单位名称");
        }
        requireDate(on, today, "所在单位同意日期");
        this.employerName = name;
        this.employerConsentOn = on;
        this.employerConsentNote = text(note, TEXT_MAX, "所在单位同意说明");
    }

    /** SS-02 gate, then SS-03: the proposal starts its level-by-level journey. */
    void checkProposable() {
        requireStatus(SupervisorStatus.DRAFT, "该聘任意见已提出，不能重复申报");
        boolean person = personConsentOn != null;
        boolean employer = employerConsentOn != null;
        if (!person || !employer) {
            String missing = !person && !employer ? "本人及其所在单位" : (!person ? "本人" : "所在单位");
            throw new BusinessException("SS-02", "尚未记录" + missing + "同意，不能提出聘任意见");
        }
    }

    void proposed(long flow) {
        checkProposable();
        this.flowId = flow;
        this.status = SupervisorStatus.PROPOSED;
    }

    /** SS-03: the province approved; it issues the certificate for a three-year term (000 art. 27). */
    void appoint(String certificate, LocalDate start) {
        requireStatus(SupervisorStatus.PROPOSED, "该聘任意见不在申报中");
        this.certificateNo = certificate;
        this.termNo = 1;
        this.termStart = start;
        this.termEnd = start.plusYears(TERM_YEARS).minusDays(1);
        this.status = SupervisorStatus.APPOINTED;
    }

    void rejected() {
        requireStatus(SupervisorStatus.PROPOSED, "该聘任意见不在申报中");
        this.status = SupervisorStatus.REJECTED;
    }

    /** Serving: appointed and today within the term. */
    boolean serving(LocalDate today) {
        return status == SupervisorStatus.APPOINTED && termEnd != null && !today.isAfter(termEnd) && !today.isBefore(termStart);
    }

    /**
     * SS-07 → TI-15: renewal goes level by level to the province; it should start no later than three
     * months before the term ends, later applications are accepted but flagged.
     */
    void renewalRequested(long flow, LocalDate today) {
        requireStatus(SupervisorStatus.APPOINTED, "只有在聘的社会监督员才能续聘");
        if (renewalFlowId != null) {
            throw BusinessException.conflict("SS-07-RENEWING", "续聘申报已在进行中");
        }
        if (today.isAfter(termEnd)) {
            throw new BusinessException("SS-07-EXPIRED", "聘期已于 " + termEnd + " 届满，不能续聘，请重新聘任");
        }
        this.renewalFlowId = flow;
        this.renewalLate = today.isAfter(renewalDueBy());
    }

    /** The last day a renewal application is on time (TI-15: three months before the term ends). */
    LocalDate renewalDueBy() {
        return termEnd.plusDays(1).minusMonths(3);
    }

    void renewed(String certificate) {
        if (status != SupervisorStatus.APPOINTED || renewalFlowId == null) {
            throw new BusinessException("SS-07", "没有进行中的续聘申报");
        }
        this.termNo++;
        this.termStart = termEnd.plusDays(1);
        this.termEnd = termStart.plusYears(TERM_YEARS).minusDays(1);
        this.certificateNo = certificate;
        this.renewalFlowId = null;
        this.renewalLate = false;
    }

    void renewalRejected() {
        this.renewalFlowId = null;
        this.renewalLate = false;
    }

    /** SS-07 → TI-16: the certificate is cancelled (no longer held, term ended, resigned …); published. */
    void cancel(String reason, LocalDate on, LocalDate today) {
        requireStatus(SupervisorStatus.APPOINTED, "只有在聘的社会监督员才能注销工作证");
        end(SupervisorStatus.CANCELLED, null, reason, on, today, "注销原因");
        registerEvent(new SupervisorCertificateCancelled(id, displayName, certificateNo, agencyId, agencyName,
                jurisdictionId, scopePath, endReason, endedOn));
    }

    /** SS-07 → TI-17: dismissal on a listed ground, with a written reason; published. */
    void dismiss(DismissalGround ground, String reason, LocalDate on, LocalDate today) {
        requireStatus(SupervisorStatus.APPOINTED, "只有在聘的社会监督员才能解聘");
        if (ground == null) {
            throw BusinessException.badInput("SS-07-GROUND", "请选择解聘理由");
        }
        end(SupervisorStatus.DISMISSED, ground.name(), reason, on, today, "解聘事实与理由");
        registerEvent(new SupervisorDismissed(id, displayName, certificateNo, agencyId, agencyName, jurisdictionId,
                scopePath, ground.name(), ground.label(), endReason, endedOn));
    }

    private void end(SupervisorStatus to, String ground, String reason, LocalDate on, LocalDate today, String what) {
        String r = text(reason, TEXT_MAX, what);
        if (r == null) {
            throw BusinessException.badInput("SS-07", "请填写" + what);
        }
        requireDate(on, today, "生效日期");
        this.status = to;
        this.endGround = ground;
        this.endReason = r;
        this.endedOn = on;
        this.renewalFlowId = null;
    }

    void linkUser(long user) {
        requireStatus(SupervisorStatus.APPOINTED, "只有在聘的社会监督员才能开通登录账号");
        if (userId != null) {
            throw BusinessException.conflict("SS-LOGIN", "该社会监督员已有登录账号");
        }
        this.userId = user;
    }

    private void requireStatus(SupervisorStatus expected, String message) {
        if (status != expected) {
            throw new BusinessException("SS-STATE", message + "（当前状态：" + status.label() + "）");
        }
    }

    private static void requireDate(LocalDate on, LocalDate today, String what) {
        if (on == null) {
            throw BusinessException.badInput("SS-DATE", "请填写" + what);
        }
        if (on.isAfter(today)) {
            throw BusinessException.badInput("SS-DATE", what + "不能晚于今天");
        }
    }

    /** Trimmed text or null; too long → 400. */
    static String text(String value, int max, String what) {
        return cn.anjian.kernel.Params.text("SS-TEXT", what, value, max, false);
    }
}
