package cn.anjian.enforcement.cases;

/** CASE-05: how a document was served (送达方式). */
public enum ServiceMethod {
    DIRECT("直接送达"),
    LEAVE("留置送达"),
    MAIL("邮寄送达"),
    PUBLIC_NOTICE("公告送达"),
    ELECTRONIC("电子送达");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
