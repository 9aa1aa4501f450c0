package cn.anjian.recording;

/** REC-05 (art. 12): what an AV record shows. */
public enum ContentShown {
    SCENE("执法现场环境"),
    EVIDENCE("涉案场所、设施、财物等证据"),
    MEASURES("对人员、财物采取措施的情况"),
    DOCUMENT_DELIVERY("现场制作、送达文书的情况");

    private final String label;

    ContentShown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
