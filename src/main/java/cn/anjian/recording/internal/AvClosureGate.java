package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageGuard;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * REC-03: the {@link CaseStageGuard} that keeps a case from closure (and archiving) while an activity is open, a
 * mandatory-AV activity lacks both AV and an accepted reason, or an inspection case has no on-site inspection
 * ({@link AvClosure}). Asked after {@link RequiredTextRecords}; like it, it reads only recording's own tables.
 */
@Component
@Order(200)
@RequiredArgsConstructor
class AvClosureGate implements CaseStageGuard {

    private final JdbcClient jdbc;
    private final Activities activities;

    @Override
    public void beforeTransition(CaseRef theCase, CaseStage from, CaseStage to) {
        if (to != CaseStage.CLOSURE && to != CaseStage.ARCHIVED) {
            return;
        }
        List<ActivityView> all = jdbc.sql(Activities.ACTIVITY_SELECT + " where a.case_id = :c order by a.started_at, a.id")
                .param("c", theCase.id()).query(activities::mapActivity).list();
        AvClosure.requireClosable(theCase.kind(), to, all);
    }
}
