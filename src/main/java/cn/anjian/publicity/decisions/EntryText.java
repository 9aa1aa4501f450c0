package cn.anjian.publicity.decisions;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;
import cn.anjian.publicity.decisions.EntryEnums.Kind;

/**
 * The fields of PUB-04 as the portal shows them (label：value, one per line, in the order of 001 公示 art. 9), the
 * PUB-08 explanation first when the decision changed. Composed from the entry's stored (already masked) fields only.
 */
final class EntryText {

    private static final int MAX = 3900;

    private EntryText() {
    }

    record Field(String label, String value) {
    }

    static List<Field> fields(DecisionEntry e) {
        Kind k = e.kind();
        List<Field> out = new ArrayList<>();
        out.add(new Field("实施机关", e.ownerName()));
        add(out, k.partyLabel(), e.party());
        add(out, "决定文书号", e.documentNumber());
        add(out, k.factsLabel(), e.facts());
        add(out, k.basisLabel(), e.basis());
        add(out, k.decisionLabel(), e.decision());
        add(out, k.resultLabel(), e.result());
        add(out, k.dateLabel(), Fmt.date(e.decidedOn()));
        return out;
    }

    static String content(DecisionEntry e) {
        StringBuilder c = new StringBuilder();
        if (e.revisionKind() != null) {
            c.append("【更正说明】该决定已").append(e.revisionKind().label()).append("：").append(e.revisionNote()).append('\n');
        }
        for (Field f : fields(e)) {
            c.append(f.label()).append("：").append(f.value()).append('\n');
        }
        String s = c.toString().strip();
        return s.length() <= MAX ? s : s.substring(0, MAX) + "……（全文略）";
    }

    private static void add(List<Field> out, String label, String value) {
        if (label != null && value != null && !value.isBlank()) {
            out.add(new Field(label, value));
        }
    }
}
