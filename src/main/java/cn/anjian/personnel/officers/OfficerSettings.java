package cn.anjian.personnel.officers;

import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The officer rules RULES.md leaves open (the seed names no period), read on the day of the act. */
@Component
class OfficerSettings implements DeclaredSettings {

    private static final String REGULATION = "《执法人员岗前培训和持证上岗制度》";

    /** OFF-05: working days to hand the certificate back after leaving the enforcement post (001 art. 5(3) names none). */
    static final Setting<Integer> CERTIFICATE_RETURN_WORKING_DAYS = Setting.integer(
            "personnel.officer-certificate-return-working-days", "调离执法岗位后交回执法证件期限", "OFF-05",
            REGULATION, "第五条第（三）项", "个工作日", 10, 1, 60);

    /** OFF-09: the probation period after which the public-law and professional-ethics training is due (001 art. 3(二)). */
    static final Setting<Integer> PROBATION_MONTHS = Setting.integer(
            "personnel.officer-probation-months", "执法人员试用期（期满后参加公共法律知识和职业素养培训）", "OFF-09",
            REGULATION, "第三条第（二）项", "个月", 12, 1, 36);

    @Override
    public String moduleName() {
        return "执法人员";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(CERTIFICATE_RETURN_WORKING_DAYS, PROBATION_MONTHS);
    }
}
