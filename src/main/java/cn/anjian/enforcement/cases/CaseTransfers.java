package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.documents.DocumentNumbers;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Outcome;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-09 (行刑衔接): a case suspected of a crime is transferred to a judicial organ. The request is
 * approved on the one approval mechanism (unit head, then the director of the same agency); on
 * approval the 移送书 number is taken and the transfer is recorded on the case and its timeline, in
 * the deciding transaction (a plain listener, so a refusal here rolls the decision back too).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseTransfers {

    static final FlowDefinition FLOW = new FlowDefinition("case-transfer", "涉嫌犯罪案件移送司法机关",
            StepDefinition.of("unit-head", "科室负责人审核", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("director", "局长批准移送", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    private final JdbcClient jdbc;
    private final CaseService cases;
    private final Workflows workflows;
    private final DocumentNumbers numbers;
    private final ApplicationEventPublisher events;
    private final CaseTransferRepository transfers;

    public List<TransferView> list(Actor actor, long caseId) {
        cases.get(actor, caseId);
        return jdbc.sql("SELECT * FROM enf_case_transfer WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query(CaseTransfers::map).list();
    }

    /** Requests the transfer and starts its approval flow. Needs {@code case:transfer}; one open transfer per case. */
    @Transactional
    public TransferView request(Actor actor, long caseId, String organ, LocalDate transferDate, String reason) {
        Guards.require(actor, "case:transfer");
        CaseView c = cases.get(actor, caseId);
        if (c.stage().compareTo(CaseStage.CLOSURE) >= 0) {
            throw new BusinessException("CASE-TRANSFER-CLOSED", "案件已结案，不能再提请移送");
        }
        String o = Guards.text(organ, 200, "接收机关");
        if (o == null) {
            throw BusinessException.badInput("CASE-TRANSFER-ORGAN", "请填写接收移送的司法机关（如：泽州县公安局）");
        }
        String r = Guards.text(reason, 2000, "移送理由");
        if (r == null) {
            throw BusinessException.badInput("CASE-TRANSFER-REASON", "请写明涉嫌犯罪的事实和移送理由");
        }
        LocalDate today = cases.today();
        if (transferDate == null) {
            throw BusinessException.badInput("CASE-TRANSFER-DATE", "请填写移送日期");
        }
        if (transferDate.isBefore(LocalDate.ofInstant(c.openedAt(), cn.anjian.kernel.Zones.SHANGHAI))
                || transferDate.isAfter(today.plusDays(30))) {
            throw BusinessException.badInput("CASE-TRANSFER-DATE", "移送日期应在立案之后、30 日之内");
        }
        boolean open = jdbc.sql("SELECT count(*) FROM enf_case_transfer WHERE case_id = :c AND status IN ('PENDING', 'APPROVED')")
                .param("c", caseId).query(Integer.class).single() > 0;
        if (open) {
            throw BusinessException.conflict("CASE-TRANSFER-EXISTS", "本案已有审批中或已批准的移送");
        }
        FlowId flow = workflows.start(FLOW, "case-transfer", Long.toString(caseId), "移送司法机关：" + c.title(),
                "/cases/" + caseId, c.agencyId(), actor);
        Instant now = cases.now();
        long id = transfers.save(CaseTransfer.request(caseId, o, transferDate, r, flow.value(), now, actor.username())).id();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("organ", o);
        after.put("transferDate", transferDate.toString());
        after.put("flowId", flow.value());
        events.publishEvent(AuditableEvent.change("enforcement.case.transfer-requested", "case_transfer", id, null, after));
        return get(id);
    }

    /** The approval flow ended ({@link TransferFlowOutcomes}): record the outcome (and the 移送书 number) on the transfer. */
    @Transactional
    public void decided(FlowCompleted done) {
        CaseTransfer t = transfers.findByFlowId(done.flowId().value()).orElse(null);
        if (t == null || !t.pending()) {
            return;
        }
        CaseView c = cases.load(t.caseId()).orElseThrow();
        Instant at = done.at() == null ? cases.now() : done.at();
        String by = done.actor() == null ? "system" : done.actor();
        boolean approved = done.outcome() == Outcome.APPROVED;
        String number = approved ? numbers.take("CASE_TRANSFER", c.agencyId(), "case", Long.toString(c.id()), by).text() : null;
        t.decide(approved, number, at, by, done.opinion());
        transfers.save(t); // publishes the audit entry
    }

    TransferView get(long id) {
        return jdbc.sql("SELECT * FROM enf_case_transfer WHERE id = :id").param("id", id).query(CaseTransfers::map).single();
    }

    static TransferView map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new TransferView(rs.getLong("id"), rs.getLong("case_id"), rs.getString("organ"),
                rs.getDate("transfer_date").toLocalDate(), rs.getString("reason"), rs.getString("status"),
                rs.getLong("flow_id"), rs.getString("transfer_number"), CaseService.instant(rs, "requested_at"),
                rs.getString("requested_by"), CaseService.instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getString("opinion"));
    }
}
