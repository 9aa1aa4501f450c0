package cn.anjian.personnel.inspectors;

/** TI-19: what was issued to an inspector. */
enum EquipmentKind {
    PROTECTIVE, TECHNICAL, CERTIFICATE
}
