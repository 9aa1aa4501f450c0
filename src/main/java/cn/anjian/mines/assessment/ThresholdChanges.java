package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.util.Set;

import cn.anjian.settings.SettingScheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * MA-02/MA-03: a new value of a completion threshold re-computes the assessments not yet confirmed, after the change
 * committed (the settings snapshot then holds it); confirmed assessments keep the grade they were confirmed with.
 */
@Component
@RequiredArgsConstructor
class ThresholdChanges {

    private static final Set<String> KEYS = Set.of(AssessmentSettings.EXCELLENT_COMPLETION.key(),
            AssessmentSettings.QUALIFIED_COMPLETION.key());

    private final CommissionerAssessments assessments;

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SettingScheduled e) {
        if (KEYS.contains(e.key())) {
            assessments.recomputeDrafts();
        }
    }
}
