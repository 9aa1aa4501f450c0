package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.kernel.AuditableEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** CASE-11: the limitation a penalty case was opened with, stored next to the case and shown on its page. */
@Component
@RequiredArgsConstructor
public class CaseLimitations {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /** What the case page shows. */
    public record LimitationView(LocalDate violationDate, boolean continuing, boolean seriousHarm, LocalDate discoveredOn,
                                 int years, LocalDate lastDay, String computation) {
    }

    void record(long caseId, Limitation l, String by) {
        jdbc.sql("""
                        INSERT INTO enf_case_limitation (case_id, violation_date, continuing, serious_harm, discovered_on,
                            limit_years, last_day)
                        VALUES (:c, :v, :cont, :harm, :d, :y, :last)""")
                .param("c", caseId).param("v", l.facts().violationDate()).param("cont", l.facts().continuing())
                .param("harm", l.facts().seriousHarm()).param("d", l.discoveredOn()).param("y", l.years())
                .param("last", l.lastDay()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("violationDate", l.facts().violationDate().toString());
        after.put("continuing", l.facts().continuing());
        after.put("seriousHarm", l.facts().seriousHarm());
        after.put("discoveredOn", l.discoveredOn().toString());
        after.put("lastDay", l.lastDay().toString());
        events.publishEvent(new AuditableEvent("enforcement.case.limitation-checked", "case", Long.toString(caseId), null,
                after, by, null));
    }

    /** The limitation of a case the caller has already loaded in scope (penalty cases opened since CASE-11). */
    public Optional<LimitationView> find(long caseId) {
        return jdbc.sql("SELECT * FROM enf_case_limitation WHERE case_id = :c").param("c", caseId)
                .query((rs, i) -> {
                    ViolationFacts f = new ViolationFacts(rs.getDate("violation_date").toLocalDate(),
                            rs.getBoolean("continuing"), rs.getBoolean("serious_harm"), rs.getDate("discovered_on").toLocalDate());
                    Limitation l = new Limitation(f, f.discoveredOn(), rs.getInt("limit_years"), rs.getDate("last_day").toLocalDate());
                    return new LimitationView(f.violationDate(), f.continuing(), f.seriousHarm(), f.discoveredOn(), l.years(),
                            l.lastDay(), l.computation());
                }).optional();
    }
}
