package cn.anjian.personnel.officers;

public enum CertificateKind {
    ENFORCEMENT("行政执法证"), SUPERVISION("行政执法监督证");

    private final String label;

    CertificateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
