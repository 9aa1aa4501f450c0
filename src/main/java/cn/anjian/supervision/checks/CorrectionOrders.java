package cn.anjian.supervision.checks;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DecisionCorrected;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * COR-02: correction orders on the problems a check found, each with its calendar deadline (the period a setting in
 * force on the day of issue), tracked to closure; the deadline is met when the issuing agency accepts the report, and
 * the calendar flags it overdue otherwise. A corrected penalty names its case by number (enforcement's API, in scope).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CorrectionOrders {

    static final String WHAT = "纠错整改通知";

    private final CorrectionOrderRepository orders;
    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Cases cases;
    private final OrderDeadlines orderDeadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public long issue(Actor actor, long findingId, CorrectionKind kind, String requirement, String caseNumber) {
        SupervisionChecks.requireManage(actor);
        record Target(long checkId, long agencyId, String scopePath, boolean problem) {
        }
        Target t = jdbc.sql("""
                SELECT c.id, c.checked_agency_id, c.scope_path, f.problem FROM sup_finding f JOIN sup_check c ON c.id = f.check_id
                WHERE f.id = :f""").param("f", findingId)
                .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                .optional().orElseThrow(() -> BusinessException.notFound(SupervisionChecks.FINDING));
        ScopeSql.requireInScope(actor, t.scopePath(), SupervisionChecks.FINDING);
        if (kind == null) {
            throw BusinessException.badInput("COR-02-KIND", "请选择处理方式（第五条所列情形）");
        }
        String text = Params.text("COR-02-REQUIREMENT", "整改要求", requirement, 2000, true);
        if (!t.problem()) {
            throw new BusinessException("COR-02", "该检查情况未发现问题，不能下达纠错整改通知（《安全生产执法纠错制度》第五条）");
        }
        String number = Params.text("COR-02-CASE", "案号", caseNumber, 200, false);
        CaseRef linked = null;
        if (number != null) {
            linked = cases.findByNumber(number, actor).orElseThrow(() -> new BusinessException("COR-02-CASE",
                    "辖区内没有案号为“" + number + "”的案件，请核对案号"));
        }
        Agency target = agencies.get(t.agencyId());
        Instant now = clock.instant();
        CorrectionOrder o = orders.save(CorrectionOrder.issue(t.checkId(), findingId, actor.agencyId(), target.id(),
                target.jurisdictionId(), target.scopePath(), kind, text, linked == null ? null : linked.id(),
                linked == null ? null : linked.caseNumber(), now, actor.username()));
        o.deadline(orderDeadlines.open(o.id(), target, now));
        orders.save(o);
        events.publishEvent(AuditableEvent.change("supervision.order.issued", "sup-order", o.id(), null, o.audit()));
        return o.id();
    }

    /** The checked agency starts rectifying. */
    public void startRectifying(Actor actor, long id) {
        CorrectionOrder o = load(actor, id);
        requireOwnAgency(actor, o.targetAgencyId(), "只有被检查单位可以开始整改");
        o.startRectifying(actor.username());
        orders.save(o);
    }

    /** The checked agency reports what it corrected. */
    public void submit(Actor actor, long id, String report) {
        CorrectionOrder o = load(actor, id);
        requireOwnAgency(actor, o.targetAgencyId(), "只有被检查单位可以报送整改情况");
        String text = Params.text("COR-02-REPORT", "整改情况", report, 2000, true);
        o.submit(text, clock.instant(), actor.username());
        orders.save(o);
    }

    /** The issuing agency accepts (closed, the deadline met) or reopens the order. */
    public void verify(Actor actor, long id, boolean accepted, String note) {
        CorrectionOrder o = load(actor, id);
        requireOwnAgency(actor, o.agencyId(), "只有下达整改通知的单位可以验收");
        String text = Params.text("COR-02-VERIFICATION", "验收意见", note, 2000, true);
        Instant now = clock.instant();
        o.verify(accepted, text, now, actor.username());
        orders.save(o);
        if (accepted) {
            orderDeadlines.met(o.deadlineId(), now);
            if (o.kind() == CorrectionKind.PENALTY && o.caseId() != null) {
                // PUB-08: the published decision is corrected with the reason (publicity listens, after commit)
                events.publishEvent(new DecisionCorrected(o.caseId(), "sup-order:" + o.id(), agencies.get(o.agencyId()).name(),
                        LocalDate.ofInstant(now, Zones.SHANGHAI), now, actor.username()));
            }
        }
    }

    private CorrectionOrder load(Actor actor, long id) {
        SupervisionChecks.requireManage(actor);
        return ScopeSql.requireInScope(actor, orders.findById(id), CorrectionOrder::scopePath, WHAT);
    }

    private static void requireOwnAgency(Actor actor, long agencyId, String message) {
        if (actor.agencyId() != agencyId) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "COR-02-AGENCY", message);
        }
    }
}
