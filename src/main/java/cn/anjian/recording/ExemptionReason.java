package cn.anjian.recording;

/** REC-04 (art. 14): the only reasons a mandatory-AV step may lack an AV record. */
public enum ExemptionReason {
    EXPLOSIVE_AREA("爆炸危险区域，未配备符合防爆规定的音像记录设备"),
    SECRET("涉及军事、商业、技术秘密，未经当事人同意"),
    PRIVACY("涉及个人隐私，未经当事人同意");

    private final String label;

    ExemptionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
