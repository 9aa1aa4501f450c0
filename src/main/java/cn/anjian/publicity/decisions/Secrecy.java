package cn.anjian.publicity.decisions;

import cn.anjian.recording.Classification;

/**
 * REC-12 / PUB-12: whether a decision's records are classified (recording's {@link Classification}), and the legal ground
 * that exempts it from publication (PUB-05 needs one cited): a state secret under 《政府信息公开条例》 art. 14, a commercial
 * secret or personal privacy under art. 15, both with 001 全过程记录制度 art. 24.
 */
record Secrecy(String label, String ground) {

    static final Secrecy NONE = new Secrecy(null, null);

    static Secrecy of(Classification c) {
        return switch (c) {
            case NONE -> NONE;
            case STATE_SECRET -> new Secrecy("国家秘密",
                    "《中华人民共和国政府信息公开条例》第十四条（依法确定为国家秘密的政府信息不予公开）；《安全生产行政执法全过程记录制度》第二十四条");
            case COMMERCIAL_SECRET, PRIVACY -> new Secrecy(c.label(),
                    "《中华人民共和国政府信息公开条例》第十五条（涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息不得公开）；《安全生产行政执法全过程记录制度》第二十四条");
        };
    }

    boolean classified() {
        return label != null;
    }
}
