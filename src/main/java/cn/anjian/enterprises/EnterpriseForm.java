package cn.anjian.enterprises;

import java.math.BigDecimal;

/**
 * What a user enters for an enterprise (page form, API body, import row). Nulls are allowed here;
 * {@link Enterprises} checks everything. {@code jurisdictionId} null means the actor's own division.
 */
public record EnterpriseForm(String name, String creditCode, EnterpriseKind kind, Industry industry, String address,
                             BigDecimal latitude, BigDecimal longitude, Long jurisdictionId, RiskGrade riskGrade,
                             EnterpriseStatus status) {
}
