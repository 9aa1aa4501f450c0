package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import lombok.Getter;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.recording.TextKind;

/**
 * REC-02: one text record a stage requires (a row of {@code rec_required_text}). Met by a text record of the
 * stage and kind (or of {@code alsoKind}, where art. 8 names alternatives such as "专家审查或现场核查的有关资料");
 * when {@code docType} is set, only by a generated document of that type. {@code when} limits it to cases where
 * the step it records took place (a hearing was held, a decision issued, a licence granted); null: every case.
 */
public record Requirement(CaseStage stage, TextKind kind, String docType, String label, String article, TextKind alsoKind,
                          When when) {

    /** The condition under which a requirement applies (art. 8 lists records of steps not every case has). */
    @Getter
    @RequiredArgsConstructor
    public enum When {
        HEARING_HELD("举行听证的"),
        DECISION_ISSUED("作出处理决定的"),
        LICENCE_GRANTED("准予行政许可的");

        private final String label;
    }

    /** What happened in a case, as far as the conditions of {@link When} ask. */
    public record Facts(boolean hearingHeld, boolean decisionIssued, boolean licenceGranted) {

        public static final Facts NONE = new Facts(false, false, false);

        boolean hold(When when) {
            return when == null
                    || when == When.HEARING_HELD && hearingHeld
                    || when == When.DECISION_ISSUED && decisionIssued
                    || when == When.LICENCE_GRANTED && licenceGranted;
        }
    }

    public Requirement(CaseStage stage, TextKind kind, String docType, String label, String article) {
        this(stage, kind, docType, label, article, null, null);
    }

    public Requirement(CaseStage stage, TextKind kind, String label, String article) {
        this(stage, kind, null, label, article, null, null);
    }

    boolean metBy(RequiredRecords.Present p) {
        return p.stage() == stage && (p.kind() == kind || alsoKind != null && p.kind() == alsoKind)
                && (docType == null || docType.equals(p.docType()));
    }

    boolean appliesTo(Facts facts) {
        return facts.hold(when);
    }

    /** Whether an upload can meet it (no generated document type required): then a scan may be filed, late too. */
    public boolean uploadable() {
        return docType == null;
    }

    /** 调查取证：调查取证文书（检查记录、询问笔录等）（第八条（二）4） */
    public String describe() {
        return stage.label() + "：" + label + (when == null ? "" : "（" + when.label() + "）")
                + "（第" + article.replaceFirst("^第", "") + "）";
    }
}
