package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts this branch records: the supervised mines (approved plan) and approved leave days in the half-year.
 * Checks, hazards and stop-work orders answer 0 until the lead wires their counts (issue 17: the checks' and hazards'
 * tables are on other branches).
 */
@Component
@RequiredArgsConstructor
class RecordedWorkReportFacts implements WorkReportFacts {

    private final CommissionerSelf self;
    private final JdbcClient jdbc;

    @Override
    public Facts facts(Me me, HalfYear period) {
        LocalDate from = period.first();
        LocalDate to = period.last();
        long leaveDays = jdbc.sql("""
                        SELECT coalesce(sum(least(ends_on, :to) - greatest(starts_on, :from) + 1), 0) FROM mine_leave
                        WHERE commissioner_id = :c AND status = 'APPROVED' AND starts_on <= :to AND ends_on >= :from""")
                .param("c", me.commissionerId()).param("from", from).param("to", to).query(Long.class).single();
        return new Facts(self.mines(me.commissionerId(), to).stream().map(CommissionerSelf.MyMine::name).toList(),
                0, 0, 0, 0, 0, leaveDays);
    }
}
