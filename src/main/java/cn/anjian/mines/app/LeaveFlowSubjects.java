package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the unit head deciding a leave sees (dates, reason, substitute), and who may read it (mine:read in scope). */
@Component
@RequiredArgsConstructor
class LeaveFlowSubjects implements FlowSubjectProvider {

    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(Leaves.FLOW);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("mine:work-read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        jdbc.sql("""
                        SELECT c.name AS commissioner, s.name AS substitute, l.starts_on, l.ends_on, l.reason
                        FROM mine_leave l JOIN mine_commissioner c ON c.id = l.commissioner_id
                        JOIN mine_commissioner s ON s.id = l.substitute_id WHERE l.id = :id""")
                .param("id", Long.parseLong(flow.subjectId()))
                .query(rs -> {
                    b.fact("监管专员", rs.getString("commissioner"))
                            .fact("请假时间", Fmt.date(rs.getObject("starts_on", java.time.LocalDate.class)) + " 至 "
                                    + Fmt.date(rs.getObject("ends_on", java.time.LocalDate.class)))
                            .fact("请假事由", rs.getString("reason")).fact("代岗监管专员", rs.getString("substitute"))
                            .fact("提示", Leaves.REMOTE_DUTY);
                });
        return b.build();
    }
}
