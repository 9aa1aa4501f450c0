package cn.anjian.recording.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.TextKind;

/**
 * REC-02 (art. 8): a case may not be closed (or archived) while a required text record is missing. A missing
 * record can always be added later — uploaded at any later stage, or (the generated ones) generated late by the
 * cases module — and is then marked as filed late: a case never dead-ends.
 */
public final class RequiredRecords {

    public static final String MISSING = "REC-02-MISSING";

    private RequiredRecords() {
    }

    /** A text record on file: its stage and kind, and the type of the generated document it files (null for uploads). */
    public record Present(CaseStage stage, TextKind kind, String docType) {

        public Present(CaseStage stage, TextKind kind) {
            this(stage, kind, null);
        }
    }

    /** The requirements that apply to a case with these facts (conditions of art. 8: hearing held, decision issued, …). */
    public static List<Requirement> applicable(List<Requirement> required, Requirement.Facts facts) {
        return required.stream().filter(r -> r.appliesTo(facts)).toList();
    }

    public static List<Requirement> missing(List<Requirement> required, Set<Present> present) {
        return required.stream().filter(r -> present.stream().noneMatch(r::metBy)).toList();
    }

    /** The gate: entering CLOSURE or ARCHIVED needs every required text record. */
    public static void requireComplete(CaseStage to, List<Requirement> required, Set<Present> present) {
        if (to != CaseStage.CLOSURE && to != CaseStage.ARCHIVED) {
            return;
        }
        List<Requirement> missing = missing(required, present);
        if (!missing.isEmpty()) {
            throw new BusinessException(MISSING, "以下必备文字记录缺失，不能" + (to == CaseStage.CLOSURE ? "结案" : "归档") + "："
                    + missing.stream().map(Requirement::describe).collect(Collectors.joining("；"))
                    + "。缺失的记录可随时补充：上传扫描件，或补制系统生成的文书");
        }
    }
}
