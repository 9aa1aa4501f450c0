package cn.anjian.legalreview.review;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;

/**
 * Maps enforcement's {@link CaseDecision} to the classifier's input (LR-02). Enforcement records measures as
 * free text (as printed on the decision), so a measure is a code when it is one (e.g. SUSPEND_PRODUCTION),
 * otherwise recognised by the words of art. 6 it contains; the party kind is the case party's.
 */
public final class DecisionMapping {

    /** LR-04: measures taken on the spot in an emergency are marked with these words. */
    public static final String EMERGENCY_MARK = "当场实施";

    private DecisionMapping() {
    }

    public static ClassifyInput toInput(CaseDecision d) {
        Measure.Kind kind = switch (d.kind()) {
            case COERCIVE_MEASURE, COERCIVE_EXECUTION -> Measure.Kind.COERCIVE;
            case LICENCE_GRANT, LICENCE_REFUSAL -> Measure.Kind.LICENCE;
            default -> Measure.Kind.PENALTY;
        };
        Set<Measure> ms = EnumSet.noneOf(Measure.class);
        if (d.measures() != null) {
            d.measures().forEach(m -> ms.addAll(recognise(m)));
        }
        return new ClassifyInput(kind, PartyKind.ofCaseParty(d.partyKind()), d.fineYuan(), d.confiscationYuan(), ms);
    }

    static Set<Measure> recognise(String text) {
        Set<Measure> out = EnumSet.noneOf(Measure.class);
        if (text == null) {
            return out;
        }
        String t = text.strip();
        for (Measure m : Measure.values()) {
            if (m.name().equals(t.toUpperCase(Locale.ROOT))) {
                out.add(m);
                return out;
            }
        }
        add(out, t.contains("停产停业") || t.contains("停产整顿"), Measure.SUSPEND_PRODUCTION);
        add(out, t.contains("吊销"), Measure.REVOKE_LICENCE);
        add(out, t.contains("撤销") && (t.contains("资格") || t.contains("证书")), Measure.REVOKE_QUALIFICATION);
        add(out, t.contains("纠正") && t.contains("处罚决定"), Measure.CORRECT_EFFECTIVE_PENALTY);
        add(out, t.contains("行政赔偿"), Measure.COMPENSATION_DECISION);
        add(out, t.contains("关闭"), Measure.PROPOSE_CLOSURE);
        add(out, (t.contains("查封") || t.contains("扣押")) && !t.contains("场所"), Measure.SEAL_OR_SEIZE_GOODS);
        add(out, t.contains("查封") && t.contains("场所"), Measure.SEAL_PREMISES);
        add(out, t.contains("停止供电") || t.contains("停电"), Measure.POWER_CUT);
        add(out, t.contains("法院") && t.contains("强制执行"), Measure.COURT_ENFORCEMENT);
        add(out, t.contains("听证"), Measure.LICENCE_HEARING);
        return out;
    }

    private static void add(Set<Measure> out, boolean when, Measure m) {
        if (when) {
            out.add(m);
        }
    }

    /** LR-04: an emergency on-site coercive measure (the decision says it was taken on the spot). */
    public static boolean emergency(CaseDecision d) {
        if (d.kind() != CaseDecision.DecisionKind.COERCIVE_MEASURE) {
            return false;
        }
        boolean inMeasures = d.measures() != null && d.measures().stream().anyMatch(m -> m != null && m.contains(EMERGENCY_MARK));
        return inMeasures || (d.summary() != null && d.summary().contains(EMERGENCY_MARK));
    }
}
