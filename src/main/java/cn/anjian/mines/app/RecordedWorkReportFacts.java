package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MW-13: the half-year's facts from the records: the supervised mines (approved plan), accepted or cleared checks by
 * mode (a rejected or still-flagged check does not count), hazards found and the major ones, stop-work orders, and
 * approved leave days. All tables are the mines module's own.
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
        long[] n = jdbc.sql("""
                        SELECT (SELECT count(*) FROM mine_check WHERE commissioner_id = :c AND mode = 'ONSITE'
                                   AND status IN ('ACCEPTED', 'CLEARED') AND check_day BETWEEN :from AND :to),
                               (SELECT count(*) FROM mine_check WHERE commissioner_id = :c AND mode = 'REMOTE'
                                   AND status IN ('ACCEPTED', 'CLEARED') AND check_day BETWEEN :from AND :to),
                               (SELECT count(*) FROM mine_hazard WHERE commissioner_id = :c AND found_at >= :start AND found_at < :end),
                               (SELECT count(*) FROM mine_hazard WHERE commissioner_id = :c AND major AND found_at >= :start AND found_at < :end),
                               (SELECT count(*) FROM mine_stop_order WHERE commissioner_id = :c AND ordered_at >= :start AND ordered_at < :end)""")
                .param("c", me.commissionerId()).param("from", from).param("to", to)
                .param("start", java.sql.Timestamp.from(from.atStartOfDay(cn.anjian.kernel.Zones.SHANGHAI).toInstant()))
                .param("end", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(cn.anjian.kernel.Zones.SHANGHAI).toInstant()))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
        return new Facts(self.mines(me.commissionerId(), to).stream().map(CommissionerSelf.MyMine::name).toList(),
                n[0], n[1], n[2], n[3], n[4], leaveDays);
    }
}
