package cn.anjian.reporting.capacity;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.capacity.CapacityEnums.BodyKind;
import cn.anjian.reporting.capacity.CapacityEnums.MemberRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo (CAP-10): capacity records for 泽州县, 晋城市 and the province, entered by the HR accounts through the services,
 * so each level's dashboard shows red and green indicators with their reasons — e.g. 泽州县交通运输局's leadership
 * 1/6 (below 20 %) and 180,000 yuan (below 200,000), 晋城市's one-vote veto, the other counties' missing workstations.
 * Runs once the application accepts traffic; nothing happens when the records exist.
 */
@Component
@RequiredArgsConstructor
class CapacityDemoData {

    private static final Logger log = LoggerFactory.getLogger(CapacityDemoData.class);
    static final String MARKER = "泽州县交通运输局";

    private final Environment environment;
    private final ActingUsers users;
    private final CapacityRecords records;
    private final CapacityEquipment equipment;
    private final Vetoes vetoes;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        if (records.exists(MARKER)) {
            return;
        }
        Actor zz = users.actor("zz_hr").orElse(null);
        Actor jc = users.actor("jc_hr").orElse(null);
        if (zz == null || jc == null) {
            return;
        }
        int year = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
        county(zz, year);
        city(jc, year);
        log.info("Capacity demo records loaded for 泽州县 and 晋城市");
    }

    private void county(Actor zz, int year) {
        Jurisdiction county = jurisdictions.get(zz.jurisdictionId());
        long em = department(zz, county, "泽州县应急管理局（执法大队）", 5, 2, 2);
        records.recordFunding(zz, em, year, new BigDecimal("250000.00"), "县级财政预算");
        long transport = department(zz, county, MARKER, 6, 1, 1);
        records.recordFunding(zz, transport, year, new BigDecimal("180000.00"), "县级财政预算");
        List<Jurisdiction> towns = jurisdictions.children(county.id());
        Jurisdiction town = towns.isEmpty() ? county : towns.get(0);
        long office = records.addBody(zz, town.id(), BodyKind.TOWNSHIP, town.name() + "应急管理办公室", false);
        for (String n : List.of("牛志刚", "冯丽", "陈海")) {
            records.addMember(zz, office, MemberRole.EMERGENCY_STAFF, n, "专职应急管理员", false, null);
        }
        long village = records.addBody(zz, town.id(), BodyKind.VILLAGE, "东沟村村民委员会", false);
        records.addMember(zz, village, MemberRole.CADRE, "王福生", "村委委员", false, null);
        officer(zz, "王建国", true, true);
        officer(zz, "李秀英", true, true);
        officer(zz, "张伟", true, false);
        officer(zz, "刘洋", false, true);
        equipment.addWorkstation(zz, "泽州县应急管理局执法监督股", LocalDate.of(year, 1, 10));
    }

    private void city(Actor jc, int year) {
        Jurisdiction city = jurisdictions.get(jc.jurisdictionId());
        long em = department(jc, city, "晋城市应急管理局", 5, 1, 3);
        records.recordFunding(jc, em, year, new BigDecimal("300000.00"), "市级财政预算");
        equipment.addWorkstation(jc, "晋城市应急管理局执法支队", LocalDate.of(year, 2, 1));
        vetoes.record(jc, city.id(), "晋城市某区某镇人民政府", year, "辖区内发生较大生产安全事故", LocalDate.of(year, 3, 2),
                List.of(new Vetoes.Person("赵德明", "镇长"), new Vetoes.Person("孙立新", "分管副镇长")));
    }

    private long department(Actor actor, Jurisdiction j, String name, int leaders, int withBackground, int safetyStaff) {
        long id = records.addBody(actor, j.id(), BodyKind.DEPARTMENT, name, true);
        for (int i = 0; i < leaders; i++) {
            boolean bg = i < withBackground;
            records.addMember(actor, id, MemberRole.LEADER, name.substring(0, 2) + "班子成员" + (i + 1), i == 0 ? "局长" : "副局长", bg,
                    bg ? "安全工程专业，从事安全监管工作十年以上" : null);
        }
        for (int i = 0; i < safetyStaff; i++) {
            records.addMember(actor, id, MemberRole.SAFETY_STAFF, name.substring(0, 2) + "安全员" + (i + 1), "科员", false, null);
        }
        return id;
    }

    private void officer(Actor actor, String name, boolean qualified, boolean equipped) {
        try {
            equipment.recordOfficer(actor, name, null, new CapacityEquipment.OfficerCapacity(qualified, false, qualified, true, equipped, true));
        } catch (cn.anjian.kernel.BusinessException e) {
            log.info("Capacity demo: officer {} not recorded ({})", name, e.getMessage());
        }
    }
}
