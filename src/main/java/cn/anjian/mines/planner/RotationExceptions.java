package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MC-07 (art. 10): staying longer than a year on the same mine needs the provincial department's approval. The city
 * or county department requests it (its unit head reviews), the request rises level by level to the province, whose
 * unit head decides (four eyes: the requester decides no step). Only approved requests let the planner keep the pair.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RotationExceptions implements FlowOutcomeHandler {

    static final String SUBJECT = "mine_rotation_exception";
    static final FlowDefinition FLOW = new FlowDefinition("mine-rotation-exception", "矿山安全监管专员延期轮换审批",
            StepDefinition.of("unit-head", "科室负责人审核", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("province", "逐级上报省级矿山安全监管部门批准", "UNIT_HEAD", AgencyTarget.ESCALATE_TO_PROVINCE));

    private final RotationExceptionRepository repository;
    private final JdbcClient jdbc;
    private final Workflows workflows;
    private final Clock clock;

    /** Requests that the commissioner stays on the mine in {@code year}; returns the request's id. */
    public long request(Actor actor, Long commissionerId, Long mineId, Integer year, String reason) {
        AssignmentPlans.require(actor, "mine:plan");
        if (commissionerId == null || mineId == null) {
            throw BusinessException.badInput("MC-07-PAIR", "请选择监管专员和矿山");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < thisYear || year > thisYear + 2) {
            throw BusinessException.badInput("MC-07-YEAR", "延期年度须在 " + thisYear + "–" + (thisYear + 2) + " 之间");
        }
        String why = Params.text("MC-07-REASON", "延期理由", reason, 500, true);
        String commissionerPath = path("SELECT scope_path FROM mine_commissioner WHERE id = :id", commissionerId, actor, "监管专员");
        Scoped mine = jdbc.sql("SELECT jurisdiction_id, scope_path FROM mine_mine WHERE id = :id").param("id", mineId)
                .query((rs, n) -> new Scoped(rs.getLong(1), rs.getString(2))).optional()
                .filter(m -> actor.scope().covers(m.path())).orElseThrow(() -> BusinessException.notFound("矿山"));
        if (!actor.scope().covers(commissionerPath)) {
            throw BusinessException.notFound("监管专员");
        }
        Boolean served = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM mine_plan_assignment a JOIN mine_plan p ON p.id = a.plan_id
                 WHERE p.status = 'APPROVED' AND p.plan_year < :y AND a.commissioner_id = :c AND a.mine_id = :m)""")
                .param("y", year).param("c", commissionerId).param("m", mineId).query(Boolean.class).single();
        if (!served) {
            throw new BusinessException("MC-07", "该监管专员此前未派驻该矿山，无需申请延期轮换");
        }
        if (repository.openOrApproved(commissionerId, mineId, year)) {
            throw BusinessException.conflict("MC-07-DUPLICATE", "该监管专员在该矿山本年度已有延期轮换申请");
        }
        RotationException x = repository.save(RotationException.request(actor.jurisdictionId(), mine.path(), year,
                commissionerId, mineId, why, clock.instant(), actor.username()));
        FlowId flow = workflows.start(FLOW, SUBJECT, String.valueOf(x.id()), year + " 年度监管专员延期轮换申请",
                actor.agencyId(), actor);
        x.started(flow.value());
        return repository.save(x).id();
    }

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(FLOW);
    }

    @Override
    public void completed(FlowCompleted e) {
        decide(Long.parseLong(e.subjectId()), e.approved());
    }

    @Override
    public void returned(FlowReturned e) {
        decide(Long.parseLong(e.subjectId()), false);
    }

    private void decide(long id, boolean approved) {
        RotationException x = repository.findById(id).orElseThrow();
        x.decide(approved, clock.instant());
        repository.save(x);
    }

    private String path(String sql, long id, Actor actor, String what) {
        return jdbc.sql(sql).param("id", id).query(String.class).optional()
                .filter(p -> actor.scope().covers(p)).orElseThrow(() -> BusinessException.notFound(what));
    }

    private record Scoped(long jurisdictionId, String path) {
    }
}
