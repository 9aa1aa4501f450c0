package cn.anjian.enforcement.plans;

/** What a plan item covers: one named enterprise, an industry, or an area (township, park). */
enum TargetKind {
    ENTERPRISE("生产经营单位"),
    INDUSTRY("行业领域"),
    AREA("区域");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
