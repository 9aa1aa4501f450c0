package cn.anjian.reporting.capacity;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAP-09: one-vote vetoes (一票否决). A vetoed unit's people with leadership or supervision responsibility lose that
 * year's award eligibility (评先评优资格) — {@link #awardEligible} is the one answer to "may this person be honoured".
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Vetoes {

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A responsible person named by a veto. */
    public record Person(String name, String position) {
    }

    public long record(Actor actor, long jurisdictionId, String unitName, int year, String reason, LocalDate decidedOn,
                       List<Person> persons) {
        CapacityRecords.requireManage(actor);
        Jurisdiction j = jurisdictions.findById(jurisdictionId).orElseThrow(() -> BusinessException.notFound("行政区划"));
        ScopeSql.requireInScope(actor, j.path(), "行政区划");
        String unit = Params.text("CAP-VETO-UNIT", "被否决单位", unitName, 200, true);
        String why = Params.text("CAP-VETO-REASON", "否决事由", reason, 1000, true);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        if (decidedOn == null || decidedOn.isAfter(today)) {
            throw BusinessException.badInput("CAP-VETO-DATE", "请填写不晚于今天的否决日期");
        }
        if (year < 2000 || year > today.getYear()) {
            throw BusinessException.badInput("CAP-VETO-YEAR", "年度须在 2000 年至 " + today.getYear() + " 年之间");
        }
        Set<String> names = new LinkedHashSet<>();
        List<Person> checked = (persons == null ? List.<Person>of() : persons).stream()
                .filter(p -> p != null && p.name() != null && !p.name().isBlank())
                .map(p -> new Person(Params.text("CAP-VETO-PERSON", "责任人员姓名", p.name(), 50, true),
                        Params.text("CAP-VETO-PERSON", "责任人员职务", p.position(), 100, false)))
                .filter(p -> names.add(p.name())).toList();
        if (checked.isEmpty()) {
            throw new BusinessException("CAP-09", "请填写负有领导和监管责任的相关人员（取消其当年评先评优资格）");
        }
        long id = jdbc.sql("""
                INSERT INTO rep_veto (jurisdiction_id, scope_path, unit_name, year, reason, decided_on, created_at, created_by)
                VALUES (:j, :p, :unit, :year, :reason, :on, :now, :by) RETURNING id""")
                .param("j", j.id()).param("p", j.path()).param("unit", unit).param("year", year).param("reason", why)
                .param("on", Date.valueOf(decidedOn)).param("now", Timestamp.from(clock.instant())).param("by", actor.username())
                .query(Long.class).single();
        for (Person p : checked) {
            jdbc.sql("INSERT INTO rep_veto_person (veto_id, name, position) VALUES (:v, :n, :pos)").param("v", id)
                    .param("n", p.name()).param("pos", p.position()).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("jurisdiction", j.name());
        after.put("unit", unit);
        after.put("year", year);
        after.put("reason", why);
        after.put("persons", String.join("、", names));
        events.publishEvent(AuditableEvent.change("reporting.veto.recorded", "rep-veto", id, null, after));
        return id;
    }

    /**
     * CAP-09: whether a person of the jurisdiction at {@code scopePath} (or below it) may receive an award of
     * {@code year}: not when a veto of that year in that jurisdiction or above it names him.
     */
    @Transactional(readOnly = true)
    public boolean awardEligible(String scopePath, String name, int year) {
        return !jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM rep_veto v JOIN rep_veto_person p ON p.veto_id = v.id
                               WHERE v.year = :y AND p.name = :n AND :path LIKE v.scope_path || '%')""")
                .param("y", year).param("n", name == null ? "" : name.strip()).param("path", scopePath)
                .query(Boolean.class).single();
    }
}
