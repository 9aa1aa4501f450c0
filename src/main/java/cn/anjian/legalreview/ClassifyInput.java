package cn.anjian.legalreview;

import java.math.BigDecimal;
import java.util.Set;

/** What a decision is classified by (LR-02): amounts in yuan (null = none), measures as codes. */
public record ClassifyInput(Measure.Kind caseKind, PartyKind partyKind, BigDecimal fineYuan, BigDecimal confiscationYuan,
                            Set<Measure> measures) {

    public ClassifyInput {
        measures = measures == null ? Set.of() : Set.copyOf(measures);
    }
}
