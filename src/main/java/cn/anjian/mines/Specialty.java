package cn.anjian.mines;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MC-08: the six main specialties of a coal commissioners' group (art. 13: 采煤、掘进、机电、运输、通风和地测). */
@Getter
@RequiredArgsConstructor
public enum Specialty {
    MINING("采煤"),
    TUNNELLING("掘进"),
    ELECTROMECHANICAL("机电"),
    TRANSPORT("运输"),
    VENTILATION("通风"),
    GEOLOGY_SURVEY("地测");

    private final String label;
}
