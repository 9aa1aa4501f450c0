package cn.anjian.legalreview;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** LR-02: the fine threshold differs for citizens and for legal persons or other organisations. */
@Getter
@RequiredArgsConstructor
public enum PartyKind {
    CITIZEN("公民"), ORGANIZATION("法人或者其他组织");

    private final String label;

    /**
     * The party kind of an enforcement case party ({@code EnterpriseKind} name). An individual business
     * (个体工商户) is a natural person in administrative penalty law, so the citizen threshold applies; an unknown
     * or missing kind is treated as a citizen too (the lower threshold: a doubtful case gets reviewed).
     */
    public static PartyKind ofCaseParty(String enterpriseKind) {
        return "LEGAL_PERSON".equals(enterpriseKind) || "OTHER_ORGANISATION".equals(enterpriseKind)
                ? ORGANIZATION : CITIZEN;
    }
}
