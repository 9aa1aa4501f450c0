package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.enforcement.cases.CoercionViews;
import cn.anjian.enforcement.cases.Executions;
import cn.anjian.enforcement.cases.PaymentPlans;
import cn.anjian.enforcement.cases.Preservations;
import cn.anjian.enforcement.cases.Remedies;
import cn.anjian.enforcement.cases.Seizures;
import cn.anjian.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * The data of the case page's CASE-14 / CASE-15 sections ({@code enforcement/cases/coercion.html}), read by the
 * fragment itself ({@code @coercionSection.of(...)}) so the shared case controller gains no dependency; every read
 * is scoped (404 outside the viewer's jurisdiction).
 */
@Component("coercionSection")
@RequiredArgsConstructor
public class CoercionSection {

    private final Preservations preservations;
    private final Seizures seizures;
    private final Executions executions;
    private final Remedies remedies;

    /** What the sections show, with the choices of their forms (code → Chinese label). */
    public record Section(List<CoercionViews.PreservationView> preservations, List<CoercionViews.SeizureView> seizures,
                          CoercionViews.ExecutionView execution, List<CoercionViews.RemedyView> remedies,
                          Map<String, String> outcomes, Map<String, String> measures, Map<String, String> planKinds,
                          Map<String, String> remedyKinds, Map<String, String> remedyOutcomes, Map<String, String> reviewBodies) {
    }

    public Section of(Actor actor, long caseId) {
        return new Section(preservations.list(actor, caseId), seizures.list(actor, caseId),
                executions.find(actor, caseId).orElse(null), remedies.list(actor, caseId), Preservations.outcomes(),
                Seizures.measures(), PaymentPlans.kinds(), labels(RemedyKind.values(), RemedyKind::label),
                labels(RemedyOutcome.values(), RemedyOutcome::label), reviewBodies(actor, caseId));
    }

    /** The reconsideration bodies of the remedy form's select (value → name): the people's government, then the agencies above. */
    private Map<String, String> reviewBodies(Actor actor, long caseId) {
        Map<String, String> m = new LinkedHashMap<>();
        remedies.reviewBodies(actor, caseId).forEach(b -> m.put(b.agencyId() == null ? "GOVERNMENT" : String.valueOf(b.agencyId()), b.name()));
        return m;
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, java.util.function.Function<E, String> label) {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> m.put(v.name(), label.apply(v)));
        return m;
    }
}
