package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the deciders of a rotation exception read: the commissioner, the mine, the year and the reason. */
@Component
@RequiredArgsConstructor
class RotationExceptionFlowSubjects implements FlowSubjectProvider {

    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(RotationExceptions.FLOW);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("mine:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        jdbc.sql("""
                SELECT c.name AS commissioner, m.name AS mine, x.plan_year, x.reason
                  FROM mine_rotation_exception x JOIN mine_commissioner c ON c.id = x.commissioner_id
                  JOIN mine_mine m ON m.id = x.mine_id WHERE x.id = :id""")
                .param("id", Long.parseLong(flow.subjectId()))
                .query((rs, n) -> b.fact("监管专员", rs.getString("commissioner")).fact("矿山", rs.getString("mine"))
                        .fact("延期年度", rs.getInt("plan_year") + " 年").fact("延期理由", rs.getString("reason")))
                .optional();
        b.fact("依据", "《山西省矿山安全监管专员制度》第十条：在同一矿山连续派驻超过一年须经省级矿山安全监管部门批准");
        return b.build();
    }
}
