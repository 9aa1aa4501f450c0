package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

/** TI-19 equipment issued; TI-17 returned after dismissal (tracked until returned). */
public record EquipmentView(long id, long inspectorId, String kind, String name, LocalDate issuedOn, boolean returnDue,
                            LocalDate returnedOn) {

    public String kindLabel() {
        return switch (kind) {
            case "PROTECTIVE" -> "防护装备";
            case "TECHNICAL" -> "技术装备";
            default -> "工作证件";
        };
    }

    public boolean outstanding() {
        return returnDue && returnedOn == null;
    }
}
