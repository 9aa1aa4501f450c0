package cn.anjian.enterprises;

import java.math.BigDecimal;

/** Read model of an enterprise, with its division name and whether it is blacklisted now. */
public record EnterpriseView(long id, String name, String creditCode, EnterpriseKind kind, Industry industry,
                             String address, BigDecimal latitude, BigDecimal longitude, long jurisdictionId,
                             String jurisdictionName, String scopePath, RiskGrade riskGrade, EnterpriseStatus status,
                             boolean blacklisted, int version) {

    public EnterpriseForm toForm() {
        return new EnterpriseForm(name, creditCode, kind, industry, address, latitude, longitude, jurisdictionId,
                riskGrade, status);
    }
}
