package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every inspector use case shares: loading the {@link Inspector} aggregate in the actor's scope,
 * the agency checks (TI-08 hiring department, TI-11 province), saving with an audit entry.
 */
@Component
@RequiredArgsConstructor
class InspectorSupport {

    private final InspectorQueries queries;
    private final InspectorRepository repository;
    private final Agencies agencies;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    Agency agency(long id) {
        return agencies.get(id);
    }

    InspectorView find(long id) {
        return queries.find(id);
    }

    InspectorView get(Actor actor, long id) {
        return queries.get(actor, id);
    }

    /** The aggregate behind a view read in scope. */
    Inspector load(InspectorView view) {
        return repository.findById(view.id()).orElseThrow(() -> BusinessException.notFound(Inspectors.WHAT))
                .describedAs(view.name(), view.agencyName());
    }

    /** The view in the actor's scope of an inspector still in office (TI-17 otherwise). */
    InspectorView requireActive(Actor actor, long id) {
        InspectorView i = queries.get(actor, id);
        if (!i.active()) {
            throw new BusinessException("TI-17", "该技术检查员" + i.statusLabel() + "，不能再办理此事项");
        }
        return i;
    }

    static void requireHiringAgency(Actor actor, InspectorView i) {
        if (actor.agencyId() != i.agencyId()) {
            throw new BusinessException("TI-08", "此事项由聘用部门（" + i.agencyName() + "）办理");
        }
    }

    Agency requireProvince(Actor actor, String message) {
        Agency a = agencies.get(actor.agencyId());
        Jurisdiction j = jurisdictions.get(a.jurisdictionId());
        if (j.level() != Jurisdiction.PROVINCE || a.kind() != AgencyKind.EMERGENCY_MANAGEMENT) {
            throw new BusinessException("TI-11", message);
        }
        return a;
    }

    int jurisdictionLevel(long agencyId) {
        return jurisdictions.get(agencies.get(agencyId).jurisdictionId()).level();
    }

    /** Saves the changed inspector (its events go out) and audits the change; returns the new view. */
    InspectorView save(String action, InspectorView before, Inspector changed) {
        repository.save(changed);
        InspectorView after = queries.find(before.id());
        events.publishEvent(AuditableEvent.change(action, "ti-inspector", before.id(), Inspectors.snapshot(before),
                Inspectors.snapshot(after)));
        return after;
    }

    /** As {@link #save} for a change the workflow caused (no actor). */
    void saveAsSystem(String action, InspectorView before, Inspector changed) {
        repository.save(changed);
        events.publishEvent(new AuditableEvent(action, "ti-inspector", String.valueOf(before.id()),
                Inspectors.snapshot(before), Inspectors.snapshot(queries.find(before.id())), "system", null));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
