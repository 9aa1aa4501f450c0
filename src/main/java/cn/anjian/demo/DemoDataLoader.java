package cn.anjian.demo;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.identity.UserAdministration;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data once. {@code anjian.demo-data}: {@code auto} (default) loads it only on the
 * embedded database, never on a configured external one; {@code true}/{@code false} force it.
 * Idempotent: it does nothing when the first demo account already exists.
 */
@Component
// after the shipped holidays (HIGHEST_PRECEDENCE), before the feature modules' demo runners (LOWEST_PRECEDENCE - 10)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100)
@RequiredArgsConstructor
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** The one documented demo password (README). Meets IAM-02 and contains no user name. */
    static final String DEMO_PASSWORD = "Anjian@2026";

    /** The administrators' second factor (issue 13), published like the password. */
    static final String DEMO_TOTP_SECRET = DemoSecondFactor.SECRET;

    /** Demo agencies: prefix, division code, level word for unit names. */
    record DemoAgency(String prefix, String code, String emName, String justiceName, String mineName,
                      String govName, String unitSuffix) {
    }

    static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency("sx", "140000", "山西省应急管理厅", "山西省司法厅", "山西省矿山安全监管局", "山西省人民政府", "处"),
            new DemoAgency("jc", "140500", "晋城市应急管理局", "晋城市司法局", "晋城市矿山安全监管局", "晋城市人民政府", "科"),
            new DemoAgency("zz", "140525", "泽州县应急管理局", "泽州县司法局", "泽州县矿山安全监管局", "泽州县人民政府", "股"),
            new DemoAgency("xz", "140900", "忻州市应急管理局", "忻州市司法局", "忻州市矿山安全监管局", "忻州市人民政府", "科"),
            new DemoAgency("sc", "140927", "神池县应急管理局", "神池县司法局", "神池县矿山安全监管局", "神池县人民政府", "股"));

    /** Role suffix → role code and the unit kind the user sits in (null: the agency's leadership). */
    record DemoRole(String suffix, String role, String title, UnitKind unit) {
    }

    static final List<DemoRole> ROLES = List.of(
            new DemoRole("sysadmin", "SYS_ADMIN", "系统管理员", UnitKind.GENERAL_OFFICE),
            new DemoRole("secadmin", "SEC_ADMIN", "安全管理员", UnitKind.GENERAL_OFFICE),
            new DemoRole("auditadmin", "AUDIT_ADMIN", "审计管理员", UnitKind.GENERAL_OFFICE),
            new DemoRole("officer", "OFFICER", "执法人员", UnitKind.INDUSTRY_SUPERVISION),
            new DemoRole("legal", "LEGAL_REVIEWER", "法制审核人员", UnitKind.LEGAL),
            new DemoRole("unithead", "UNIT_HEAD", "科室负责人", UnitKind.INDUSTRY_SUPERVISION),
            new DemoRole("deputy", "DEPUTY_DIRECTOR", "分管副局长", null),
            new DemoRole("director", "DIRECTOR", "局长", null),
            new DemoRole("hr", "HR", "人事教育", UnitKind.HR_TRAINING),
            new DemoRole("office", "GENERAL_OFFICE", "综合办公室", UnitKind.GENERAL_OFFICE),
            new DemoRole("inspector", "TECH_INSPECTOR", "技术检查员", UnitKind.INDUSTRY_SUPERVISION),
            new DemoRole("supervisor", "SOCIAL_SUPERVISOR", "社会监督员", null),
            new DemoRole("expert", "EXPERT", "专家", null),
            new DemoRole("commissioner", "MINE_COMMISSIONER", "驻矿安全监管员", UnitKind.INDUSTRY_SUPERVISION));

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌宇浩鹏辉";

    private final Environment environment;
    private final Jurisdictions jurisdictions;
    private final Agencies agencies;
    private final UserAdministration users;
    private final Deadlines deadlines;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        if (users.exists("sx_sysadmin")) {
            log.info("Demo data already present");
            return;
        }
        int n = 0;
        Map<String, Agency> emAgencies = new LinkedHashMap<>();
        Map<String, Long> supervisionUnits = new LinkedHashMap<>();
        for (DemoAgency a : AGENCIES) {
            Jurisdiction j = jurisdictions.findByCode(a.code())
                    .orElseThrow(() -> new IllegalStateException("division " + a.code() + " missing"));
            Agency em = agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, a.emName());
            agencies.create(j.id(), AgencyKind.JUSTICE, a.justiceName());
            agencies.create(j.id(), AgencyKind.MINE_SAFETY, a.mineName());
            agencies.create(j.id(), AgencyKind.GOVERNMENT, a.govName());
            Map<UnitKind, OrgUnit> units = new LinkedHashMap<>();
            String s = a.unitSuffix();
            units.put(UnitKind.LEGAL, agencies.createUnit(em.id(), UnitKind.LEGAL, "政策法规" + s));
            units.put(UnitKind.GENERAL_OFFICE, agencies.createUnit(em.id(), UnitKind.GENERAL_OFFICE, "办公室"));
            units.put(UnitKind.HR_TRAINING, agencies.createUnit(em.id(), UnitKind.HR_TRAINING, "人事教育培训" + s));
            units.put(UnitKind.RESCUE_PLANS, agencies.createUnit(em.id(), UnitKind.RESCUE_PLANS, "救援协调和预案管理" + s));
            units.put(UnitKind.INDUSTRY_SUPERVISION, agencies.createUnit(em.id(), UnitKind.INDUSTRY_SUPERVISION, "安全生产执法监督" + s));
            emAgencies.put(a.prefix(), em);
            supervisionUnits.put(a.prefix(), units.get(UnitKind.INDUSTRY_SUPERVISION).id());
            for (DemoRole r : ROLES) {
                Long unitId = r.unit() == null ? null : units.get(r.unit()).id();
                users.createUser(a.prefix() + "_" + r.suffix(), name(n++), em.id(), unitId, Set.of(r.role()),
                        DEMO_PASSWORD, false);
                if (r.role().endsWith("_ADMIN")) {
                    users.enrolSecondFactor(a.prefix() + "_" + r.suffix(), DEMO_TOTP_SECRET);
                }
            }
        }
        openDemoDeadlines(emAgencies, supervisionUnits);
        log.info("Demo data loaded: {} agencies, {} users (password documented in README)",
                AGENCIES.size() * 4, AGENCIES.size() * ROLES.size());
        log.info("Demo administrators sign in with a second factor: add the secret {} to an authenticator app (README)",
                DEMO_TOTP_SECRET);
    }

    /** A few open and already overdue deadlines so the home page panels show what they are for. */
    private void openDemoDeadlines(Map<String, Agency> em, Map<String, Long> units) {
        Instant now = clock.instant();
        List<Object[]> specs = new ArrayList<>();
        // prefix, subject, rule, period, days ago the clock started
        specs.add(new Object[] {"zz", "示例案卷-泽州-001 归档", "REC-08", Period.workingDays(30), 60});
        specs.add(new Object[] {"zz", "示例法制审核-泽州-002", "LR-11", Period.workingDays(10), 3});
        specs.add(new Object[] {"zz", "示例整改复查-泽州-003", "MW-06", Period.calendarDays(15), 20});
        specs.add(new Object[] {"sc", "示例案卷-神池-001 归档", "REC-08", Period.workingDays(30), 50});
        specs.add(new Object[] {"sc", "示例监督员意见答复-神池-002", "SS-05", Period.workingDays(15), 5});
        specs.add(new Object[] {"jc", "示例公示-晋城-001", "PUB-06", Period.workingDays(20), 10});
        specs.add(new Object[] {"xz", "示例公示-忻州-001", "PUB-06", Period.workingDays(20), 40});
        for (Object[] s : specs) {
            Agency a = em.get((String) s[0]);
            deadlines.open(new NewDeadline("demo", (String) s[1], (String) s[2], null, units.get((String) s[0]), a.jurisdictionId(),
                    a.scopePath(), (Period) s[3], now.minus(Duration.ofDays((Integer) s[4])), (String) s[1]));
        }
    }

    private boolean enabled() {
        return cn.anjian.kernel.DemoDataSwitch.enabled(environment);
    }

    private static String name(int i) {
        return SURNAMES.charAt((i * 7) % SURNAMES.length()) + "" + GIVEN.charAt((i * 11) % GIVEN.length())
                + (i % 3 == 0 ? "" : String.valueOf(GIVEN.charAt((i * 5 + 3) % GIVEN.length())));
    }
}
