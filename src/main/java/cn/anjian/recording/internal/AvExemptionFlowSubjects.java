package cn.anjian.recording.internal;

import java.util.Arrays;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.recording.ActivityKind;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 12 defect 3: what the approval of a missing AV record (REC-04, art. 14(三)) approves — the activity and the
 * stated reason; readable with {@code record:read} in scope.
 */
@Component
@RequiredArgsConstructor
class AvExemptionFlowSubjects implements FlowSubjectProvider {

    private final JdbcClient jdbc;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(AvExemptions.FLOW);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("record:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        jdbc.sql("""
                SELECT kind, place, started_at, ended_at, exemption_reason, exemption_note
                FROM rec_activity WHERE exemption_flow_id = :f""").param("f", flow.id().value()).query((rs, n) -> {
            String kind = rs.getString("kind");
            String reason = rs.getString("exemption_reason");
            return b.fact("执法活动", Arrays.stream(ActivityKind.values()).filter(k -> k.name().equals(kind))
                            .map(ActivityKind::label).findFirst().orElse(null))
                    .fact("地点", rs.getString("place"))
                    .fact("开始", Fmt.dateTime(rs.getTimestamp("started_at") == null ? null : rs.getTimestamp("started_at").toInstant()))
                    .fact("结束", Fmt.dateTime(rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant()))
                    .fact("未进行音像记录的理由", Arrays.stream(ExemptionReason.values()).filter(r -> r.name().equals(reason))
                            .map(ExemptionReason::label).findFirst().orElse(null))
                    .fact("情况说明", rs.getString("exemption_note"));
        }).list();
        return b.build();
    }
}
