package cn.anjian.recording.internal;

import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.ExemptionReason;

/**
 * REC-04 (art. 14): a mandatory-AV step may lack AV only for one of the listed reasons, with a written note;
 * art. 14(三) "other situations" additionally needs the unit head's approval ({@link AvExemptions}).
 */
public final class Exemptions {

    public static final String REFUSED = "REC-04-REASON";

    private Exemptions() {
    }

    public static ExemptionReason parse(String reason, String note) {
        ExemptionReason r = null;
        if (reason != null) {
            for (ExemptionReason e : ExemptionReason.values()) {
                if (e.name().equals(reason.strip())) {
                    r = e;
                }
            }
        }
        if (r == null) {
            throw new BusinessException(REFUSED, "未进行音像记录的理由只能是：爆炸危险区域未配备防爆设备；涉及军事、商业、技术秘密"
                    + "未经当事人同意；涉及个人隐私未经当事人同意；其他不适宜采取音像记录的情形（须经科室负责人批准）"
                    + "（全过程记录制度第十四条）");
        }
        if (note == null || note.isBlank()) {
            throw BusinessException.badInput("REC-04-NOTE", r.needsApproval()
                    ? "其他不适宜采取音像记录的情形须书面说明具体理由，报科室负责人批准" : "请填写未进行音像记录的具体情况说明");
        }
        if (note.strip().length() > 500) {
            throw BusinessException.badInput("REC-04-NOTE", "情况说明不能超过 500 字");
        }
        return r;
    }
}
