package cn.anjian.enterprises.web;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.enterprises.EnterpriseView;

/** A line of the enterprise list as the page shows it, computed once in Java (issue 20 item 7). */
public record EnterpriseListRow(String href, String name, boolean blacklisted, String creditCode, String industry,
                         String jurisdictionName, String riskGrade, String status) {

    static List<EnterpriseListRow> of(List<EnterpriseView> items) {
        List<EnterpriseListRow> out = new ArrayList<>(items.size());
        for (EnterpriseView e : items) {
            String code = e.creditCode();
            out.add(new EnterpriseListRow("/enterprises/" + e.id(), e.name(), e.blacklisted(),
                    code == null || code.isEmpty() ? "—" : code, e.industry().label(), e.jurisdictionName(),
                    e.riskGrade().name(), e.status().label()));
        }
        return out;
    }
}
