package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;

import cn.anjian.enforcement.CaseStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only stage log of a case (opening and every transition), shown on its timeline. */
@Component
@RequiredArgsConstructor
class StageLog {

    private final JdbcClient jdbc;

    void append(long caseId, CaseStage from, CaseStage to, String actor, Instant at, String note) {
        jdbc.sql("INSERT INTO enf_case_stage_log (case_id, from_stage, to_stage, actor, at, note) VALUES (:c, :f, :t, :a, :at, :n)")
                .param("c", caseId).param("f", from == null ? null : from.name()).param("t", to.name())
                .param("a", actor).param("at", Timestamp.from(at)).param("n", note).update();
    }
}
