package cn.anjian.enterprises;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Who the regulated party is in law; a citizen has no credit code. */
@Getter
@RequiredArgsConstructor
public enum EnterpriseKind implements Labels {
    LEGAL_PERSON("法人"),
    OTHER_ORGANISATION("其他组织"),
    INDIVIDUAL_BUSINESS("个体工商户"),
    CITIZEN("公民");

    private final String label;
}
