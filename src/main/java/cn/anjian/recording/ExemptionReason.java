package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * REC-04 (art. 14): the only reasons a mandatory-AV step may lack an AV record. The first three clear the
 * missing-AV flag at once; art. 14(三) "other situations unsuitable for AV" needs the written reason approved by
 * the unit head (a workflow step, four eyes: never by the person who asked).
 */
@Getter
@RequiredArgsConstructor
public enum ExemptionReason {
    EXPLOSIVE_AREA("爆炸危险区域，未配备符合防爆规定的音像记录设备", false),
    SECRET("涉及军事、商业、技术秘密，未经当事人同意", false),
    PRIVACY("涉及个人隐私，未经当事人同意", false),
    OTHER_UNSUITABLE("其他不适宜采取音像记录的情形（须经科室负责人批准）", true);

    private final String label;
    private final boolean needsApproval;

    /** Art. 14(三): accepted only once the unit head approved the written reason. */
}
