package cn.anjian.recording.internal;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.recording.TextKind;

/**
 * REC-02: one text record a stage requires (a row of {@code rec_required_text}). Met by a text record of the
 * stage and kind; when {@code docType} is set, only by a generated document of that type.
 */
public record Requirement(CaseStage stage, TextKind kind, String docType, String label, String article) {

    public Requirement(CaseStage stage, TextKind kind, String label, String article) {
        this(stage, kind, null, label, article);
    }

    boolean metBy(RequiredRecords.Present p) {
        return p.stage() == stage && p.kind() == kind && (docType == null || docType.equals(p.docType()));
    }

    /** 调查取证：调查取证文书（检查记录、询问笔录等）（第八条（二）4） */
    public String describe() {
        return stage.label() + "：" + label + "（第" + article.replaceFirst("^第", "") + "）";
    }
}
