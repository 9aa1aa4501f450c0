package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import cn.anjian.personnel.InspectorDuty;
import cn.anjian.personnel.InspectorEligibility;
import cn.anjian.personnel.InspectorStanding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-09/10/11: an inspector may assist (never enforce) only with a valid provincial work certificate. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class InspectorEligibilityService implements InspectorEligibility {

    private final JdbcClient jdbc;

    @Override
    public InspectorStanding standing(long personId, LocalDate day) {
        List<InspectorView> roles = jdbc.sql(Inspectors.SELECT + " WHERE i.person_id = :p ORDER BY i.id")
                .param("p", personId).query(InspectorView.class).list();
        List<String> reasons = new ArrayList<>();
        if (roles.isEmpty()) {
            reasons.add("不是技术检查员");
        }
        for (InspectorView i : roles) {
            if (i.active() && i.certifiedOn(day)) {
                return new InspectorStanding(personId, day, true, List.of(), EnumSet.allOf(InspectorDuty.class));
            }
            if (!i.active()) {
                reasons.add(i.agencyName() + "：" + i.statusLabel());
            } else if (i.termEndedOn(day)) {
                reasons.add("TI-14 " + i.agencyName() + "：聘期已于 " + i.termEnd() + " 届满，不能再协助执法或被调用");
            } else if (!"VALID".equals(i.certificateStatus())) {
                reasons.add("TI-11 " + i.agencyName() + "：未取得省级应急管理部门颁发的技术检查员工作证（岗前培训不少于 32 学时并经考核合格）");
            } else {
                reasons.add("TI-11 " + i.agencyName() + "：工作证不在有效期内（" + i.certificateIssuedOn() + " 至 "
                        + i.certificateExpiresOn() + "）");
            }
        }
        return new InspectorStanding(personId, day, false, reasons, EnumSet.noneOf(InspectorDuty.class));
    }
}
