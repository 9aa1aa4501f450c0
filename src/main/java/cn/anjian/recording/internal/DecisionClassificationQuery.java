package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import cn.anjian.recording.Classification;
import cn.anjian.recording.DecisionClassifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** REC-12: the decision records' strictest classification (the enum lists them strictest first after NONE). */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DecisionClassificationQuery implements DecisionClassifications {

    private final JdbcClient jdbc;

    @Override
    public Classification ofDecision(long caseId) {
        return jdbc.sql("""
                        select distinct classification from rec_record
                        where case_id = :c and category = 'TEXT' and kind = 'DECISION' and classification <> 'NONE' and destroyed_at is null""")
                .param("c", caseId).query(String.class).list().stream().map(Classification::valueOf)
                .min(Enum::compareTo).orElse(Classification.NONE);
    }
}
