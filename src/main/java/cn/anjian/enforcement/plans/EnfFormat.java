package cn.anjian.enforcement.plans;

import org.springframework.stereotype.Component;

/** Labels for the plans, draws and joint-operation pages ({@code ${@enfFormat.industry(x)}}); times go through {@code @fmt}. */
@Component("enfFormat")
public class EnfFormat {

    public String industry(String name) {
        try {
            return name == null ? "全部行业" : cn.anjian.enterprises.Industry.valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    public String status(String name) {
        try {
            return name == null ? "全部状态（不含关闭注销）" : cn.anjian.enterprises.EnterpriseStatus.valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** M1..M12, Q1..Q4 in words. */
    public String period(String p) {
        return PlanViews.periodLabel(p);
    }
}
