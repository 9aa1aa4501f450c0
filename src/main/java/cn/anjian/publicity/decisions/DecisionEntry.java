package cn.anjian.publicity.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.publicity.decisions.EntryEnums.Kind;
import cn.anjian.publicity.decisions.EntryEnums.RevisionKind;
import cn.anjian.publicity.decisions.EntryEnums.Status;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A result after enforcement to be disclosed (PUB-04): drafted from a case's decision with its personal data already
 * minimised and masked (PUB-12), submitted for the office's review and the director's approval (PUB-11), published,
 * revised with an explanation when the decision is revoked, changed or rescinded (PUB-08), withdrawn after three years
 * with the undertaking unit head's approval (PUB-07) — or exempted citing its legal ground (PUB-05). Every transition
 * checks the state first and refuses before changing anything; each registers its audit event.
 */
@Table("pub_decision_entry")
class DecisionEntry extends AbstractAggregateRoot<DecisionEntry> {

    /** PUB-07: results stay on the portal this many years before they may be withdrawn. */
    static final int PUBLISHED_YEARS = 3;

    @Id
    private Long id;
    @Version
    private Integer version;
    private String sourceRef;
    private long caseId;
    private String caseNumber;
    private long ownerAgencyId;
    private Long ownerUnitId;
    private String ownerName;
    private long jurisdictionId;
    private String scopePath;
    private Kind kind;
    private Status status;
    private String title;
    private String party;
    private String documentNumber;
    private LocalDate decidedOn;
    private String facts;
    private String basis;
    private String decision;
    private String result;
    private Instant formedAt;
    private Long deadlineId;
    private Long flowId;
    private String submittedBy;
    private String exemptionGround;
    private Long publicationId;
    private Instant publishedAt;
    private RevisionKind revisionKind;
    private String revisionNote;
    private Instant revisedAt;
    private String revisionSource;
    private Long withdrawalFlowId;
    private Instant withdrawnAt;
    private String withdrawalReason;

    @PersistenceCreator
    private DecisionEntry() {
    }

    /** The drafted content (already masked, PUB-12). */
    record Draft(String sourceRef, long caseId, String caseNumber, long ownerAgencyId, Long ownerUnitId, String ownerName,
                 long jurisdictionId, String scopePath, Kind kind, String title, String party, String documentNumber,
                 LocalDate decidedOn, String facts, String basis, String decision, String result) {
    }

    static DecisionEntry draft(Draft d, Instant at) {
        DecisionEntry e = new DecisionEntry();
        e.sourceRef = d.sourceRef();
        e.caseId = d.caseId();
        e.caseNumber = d.caseNumber();
        e.ownerAgencyId = d.ownerAgencyId();
        e.ownerUnitId = d.ownerUnitId();
        e.ownerName = d.ownerName();
        e.jurisdictionId = d.jurisdictionId();
        e.scopePath = d.scopePath();
        e.kind = d.kind();
        e.title = d.title();
        e.party = d.party();
        e.documentNumber = d.documentNumber();
        e.decidedOn = d.decidedOn();
        e.facts = d.facts();
        e.basis = d.basis();
        e.decision = d.decision();
        e.result = d.result();
        e.formedAt = at;
        e.status = Status.DRAFT;
        return e;
    }

    /** After the first save: the audit event of the drafting and the PUB-06 deadline's id. */
    void drafted(long deadline) {
        deadlineId = deadline;
        audit("publicity.decision-entry.drafted", null, "system");
    }

    /** PUB-11: handed to the office's review (the flow the submitter started). */
    void submit(long flow, String by, Secrecy secrecy) {
        require(Status.DRAFT, "只有待报送的公示信息才能报送审核");
        refuseClassified(secrecy);
        Status before = status;
        status = Status.IN_REVIEW;
        flowId = flow;
        submittedBy = by;
        audit("publicity.decision-entry.submitted", before, by);
    }

    /** The disclosure flow started for the submission (its id is known only after the state was checked). */
    void flowStarted(long flow) {
        flowId = flow;
    }

    /** PUB-11: approved — on the portal from now on; a revision's approval publishes its explanation. */
    void approved(Long publication, Instant at, String by, Secrecy secrecy) {
        Status before = status;
        if (status == Status.IN_REVIEW || status == Status.REVISION_REVIEW) {
            refuseClassified(secrecy); // classified since it was submitted: nothing goes on the portal
        }
        if (status == Status.IN_REVIEW) {
            publicationId = publication;
            publishedAt = at;
        } else if (status == Status.REVISION_REVIEW) {
            revisedAt = at;
        } else {
            throw conflict("该公示信息不在审核中");
        }
        status = Status.PUBLISHED;
        audit("publicity.decision-entry.published", before, by);
    }

    /** PUB-11: not approved — back to the undertaking unit (a revision: the published text stays as it was). */
    void returned(Instant at, String by) {
        Status before = status;
        if (status == Status.IN_REVIEW) {
            status = Status.DRAFT;
        } else if (status == Status.REVISION_REVIEW) {
            status = Status.PUBLISHED;
            revisionKind = null;
            revisionNote = null;
        } else if (status == Status.WITHDRAWAL_REVIEW) {
            status = Status.PUBLISHED;
            withdrawalReason = null;
        } else {
            throw conflict("该公示信息不在审批中");
        }
        audit("publicity.decision-entry.returned", before, by);
    }

    /** PUB-05: not published, because a law exempts it — the ground must be cited. */
    void exempt(String ground, String by) {
        require(Status.DRAFT, "只有待报送的公示信息才能决定免予公开");
        if (ground == null || ground.isBlank() || !ground.contains("《") || !ground.contains("》")) {
            throw BusinessException.badInput("PUB-05", "免予公开须写明法律依据（所依据的法律法规名称和条款，如《中华人民共和国政府信息公开条例》第十四条）");
        }
        Status before = status;
        exemptionGround = ground;
        status = Status.EXEMPTED;
        audit("publicity.decision-entry.exempted", before, by);
    }

    /**
     * PUB-08: the decision was revoked, changed or rescinded — the entry is updated with the explanation, reviewed like
     * the first disclosure (PUB-11, "changes are published promptly"); the information changed, so a new PUB-06 deadline.
     */
    void revise(RevisionKind k, String note, long flow, long deadline, Instant at, String by) {
        require(Status.PUBLISHED, "只有已公示的信息才能更正");
        if (k == null || note == null || note.isBlank()) {
            throw BusinessException.badInput("PUB-08", "请选择决定的变化情形并写明更正说明");
        }
        Status before = status;
        revisionKind = k;
        revisionNote = note;
        revisedAt = null;
        flowId = flow;
        deadlineId = deadline;
        formedAt = at;
        status = Status.REVISION_REVIEW;
        audit("publicity.decision-entry.revised", before, by);
    }

    /**
     * PUB-08 automatically (a reconsideration or lawsuit revoked, varied or confirmed illegal the decision, {@code source}
     * names it): a published entry goes to the same review as a manual correction ({@code flow}); an entry not yet on the
     * portal carries the explanation when it is published. Either way the information changed: a new PUB-06 deadline.
     * Exempted and withdrawn entries are not on the portal and are not changed.
     */
    void decisionChanged(RevisionKind k, String note, String source, Long flow, long deadline, Instant at, String by) {
        if (status == Status.EXEMPTED || status == Status.WITHDRAWN || status == Status.WITHDRAWAL_REVIEW) {
            throw conflict("该公示信息不在公示或待公示中，无需更正");
        }
        if (status == Status.PUBLISHED && flow == null) {
            throw conflict("已公示信息的更正须经审核");
        }
        Status before = status;
        revisionKind = k;
        revisionNote = note;
        revisionSource = source;
        deadlineId = deadline;
        formedAt = at;
        if (status == Status.PUBLISHED) {
            revisedAt = null;
            flowId = flow;
            status = Status.REVISION_REVIEW;
        }
        audit("publicity.decision-entry.revised", before, by);
    }

    /** REC-12 / PUB-12: classified information is never published; it may only be exempted citing its ground (PUB-05). */
    void refuseClassified(Secrecy secrecy) {
        if (secrecy != null && secrecy.classified()) {
            throw new BusinessException("REC-12", "该决定的执法记录属于" + secrecy.label() + "，不得公开；如确需处理，请决定免予公开并写明依据："
                    + secrecy.ground());
        }
    }

    /** PUB-07: withdrawal asked — only after three years on the portal (to the day), with a reason. */
    void requestWithdrawal(String reason, long flow, LocalDate today, String by) {
        require(Status.PUBLISHED, "只有已公示的信息才能撤下");
        LocalDate mayFrom = withdrawableFrom();
        if (today.isBefore(mayFrom)) {
            throw new BusinessException("PUB-07", "公示满三年后方可撤下，本条可于 " + mayFrom + " 起申请撤下");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.badInput("PUB-07", "请写明撤下理由");
        }
        Status before = status;
        withdrawalReason = reason;
        withdrawalFlowId = flow;
        status = Status.WITHDRAWAL_REVIEW;
        audit("publicity.decision-entry.withdrawal-requested", before, by);
    }

    /** PUB-07: the undertaking unit head approved — off the portal, kept in the archive. */
    void withdrawn(Instant at, String by) {
        require(Status.WITHDRAWAL_REVIEW, "该公示信息不在撤下审批中");
        Status before = status;
        withdrawnAt = at;
        status = Status.WITHDRAWN;
        audit("publicity.decision-entry.withdrawn", before, by);
    }

    /** The first day a withdrawal may be asked: three years after the publication day. */
    public LocalDate withdrawableFrom() {
        return LocalDate.ofInstant(publishedAt, Zones.SHANGHAI).plusYears(PUBLISHED_YEARS);
    }

    private void require(Status expected, String message) {
        if (status != expected) {
            throw conflict(message);
        }
    }

    private BusinessException conflict(String message) {
        return BusinessException.conflict("PUB-STATE", message + "（当前：" + status.label() + "）");
    }

    private void audit(String action, Status before, String by) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("kind", kind.name());
        after.put("title", title);
        registerEvent(AuditableEvent.change(action, "decision-entry", id, before == null ? null : Map.of("status", before.name()),
                after));
    }

    public Long id() { return id; }
    public String sourceRef() { return sourceRef; }
    public long caseId() { return caseId; }
    public String caseNumber() { return caseNumber; }
    public long ownerAgencyId() { return ownerAgencyId; }
    public Long ownerUnitId() { return ownerUnitId; }
    public String ownerName() { return ownerName; }
    public long jurisdictionId() { return jurisdictionId; }
    public String scopePath() { return scopePath; }
    public Kind kind() { return kind; }
    public Status status() { return status; }
    public String title() { return title; }
    public String party() { return party; }
    public String documentNumber() { return documentNumber; }
    public LocalDate decidedOn() { return decidedOn; }
    public String facts() { return facts; }
    public String basis() { return basis; }
    public String decision() { return decision; }
    public String result() { return result; }
    public Instant formedAt() { return formedAt; }
    public Long deadlineId() { return deadlineId; }
    public Long flowId() { return flowId; }
    public String submittedBy() { return submittedBy; }
    public String exemptionGround() { return exemptionGround; }
    public Long publicationId() { return publicationId; }
    public Instant publishedAt() { return publishedAt; }
    public RevisionKind revisionKind() { return revisionKind; }
    public String revisionNote() { return revisionNote; }
    public Instant revisedAt() { return revisedAt; }
    public String revisionSource() { return revisionSource; }
    public Long withdrawalFlowId() { return withdrawalFlowId; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawalReason() { return withdrawalReason; }
}
