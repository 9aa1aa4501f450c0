package cn.anjian.recording;

/** REC-12 (art. 24): a record's classification and the permission that clears an actor to see it. */
public enum Classification {
    NONE("无", null),
    STATE_SECRET("国家秘密", "record:clearance-state-secret"),
    COMMERCIAL_SECRET("商业秘密", "record:clearance-commercial"),
    PRIVACY("个人隐私", "record:clearance-privacy");

    private final String label;
    private final String clearance;

    Classification(String label, String clearance) {
        this.label = label;
        this.clearance = clearance;
    }

    public String label() {
        return label;
    }

    /** The permission needed to see records of this classification; null when none is needed. */
    public String clearance() {
        return clearance;
    }
}
