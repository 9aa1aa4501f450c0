package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.anjian.enforcement.CaseFigures;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseFigures}: the opened count is the case list's own count; fines one scoped sum over the decisions. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CaseFiguresQuery implements CaseFigures {

    private final CaseList list;
    private final JdbcClient jdbc;

    @Override
    public long opened(Actor actor, LocalDate from, LocalDate to) {
        return list.count(actor, new CaseFilter(null, null, null, null, null, from, to, false));
    }

    @Override
    public BigDecimal fines(Actor actor, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT coalesce(sum(d.fine_yuan), 0) FROM enf_case_decision d JOIN enf_case c ON c.id = d.case_id
                WHERE c.scope_path LIKE :p AND d.issued_at >= :from AND d.issued_at < :to""")
                .param("p", actor.scope().pattern())
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(Zones.SHANGHAI).toInstant()))
                .param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant()))
                .query(BigDecimal.class).single();
    }
}
