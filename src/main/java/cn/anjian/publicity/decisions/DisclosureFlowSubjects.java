package cn.anjian.publicity.decisions;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.stereotype.Component;

/** What a disclosure or withdrawal approves: the entry's fields as the portal will show them; readable with {@code disclosure:read} in scope. */
@Component
@RequiredArgsConstructor
class DisclosureFlowSubjects implements FlowSubjectProvider {

    private final DecisionEntryRepository entries;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(DisclosureFlows.DISCLOSURE, DisclosureFlows.WITHDRAWAL);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("disclosure:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        long id;
        try {
            id = Long.parseLong(flow.subjectId());
        } catch (NumberFormatException e) {
            return b.build();
        }
        entries.findById(id).ifPresent(e -> {
            b.fact("公示类别", e.kind().label()).fact("案号", e.caseNumber());
            if (e.revisionKind() != null) {
                b.fact("更正说明", e.revisionKind().label() + "：" + e.revisionNote());
            }
            if (e.withdrawalReason() != null) {
                b.fact("撤下理由", e.withdrawalReason());
            }
            EntryText.fields(e).forEach(f -> b.fact(f.label(), f.value()));
        });
        return b.build();
    }
}
