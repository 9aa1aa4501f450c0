package cn.anjian.enterprises;

/** Search filters; null or blank means "any". {@code q} matches the name (contains) or credit code (prefix). */
public record EnterpriseFilter(String q, Industry industry, RiskGrade riskGrade, EnterpriseStatus status,
                               Boolean blacklisted) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null);
    }
}
