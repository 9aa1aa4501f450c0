package cn.anjian.personnel.inspectors;

/** TI-02: the nine specialty needs a hiring plan chooses among (000 art. 9). */
public enum Specialty {
    COAL_MINE("煤矿"),
    NON_COAL_MINE("非煤矿山"),
    HAZARDOUS_CHEMICALS("危险化学品"),
    METALLURGY_TRADE("冶金工贸"),
    FOREST_GRASSLAND_FIRE("森林草原防灭火"),
    FLOOD_DROUGHT("防汛抗旱"),
    EARTHQUAKE_GEOLOGY("地震地质灾害防治"),
    DISASTER_RELIEF("自然灾害救助"),
    EMERGENCY_RESCUE("应急救援");

    private final String label;

    Specialty(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
