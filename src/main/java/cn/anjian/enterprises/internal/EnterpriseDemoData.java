package cn.anjian.enterprises.internal;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.enterprises.Blacklist;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.NewConflict;
import cn.anjian.enterprises.NewListing;
import cn.anjian.enterprises.Relation;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo enterprises in Zezhou (泽州县) and Shenchi (神池县), same {@code anjian.demo-data} semantics as the
 * platform's demo loader. Runs when the application is ready (demo divisions exist then) and only once:
 * it stops when the first demo credit code is already registered.
 */
@Component
@RequiredArgsConstructor
class EnterpriseDemoData {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseDemoData.class);

    record Demo(String county, String name, EnterpriseKind kind, Industry industry, String address, String lat, String lng,
                RiskGrade risk, EnterpriseStatus status) {
    }

    static final List<Demo> DEMO = List.of(
            new Demo("140525", "山西晋城泽州巴公煤业有限公司", EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE, "泽州县巴公镇西郜村", "35.6342", "112.8817", RiskGrade.A, EnterpriseStatus.OPERATING),
            new Demo("140525", "泽州县大箕镇鑫源煤业有限公司", EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE, "泽州县大箕镇南河村", "35.4461", "112.7610", RiskGrade.B, EnterpriseStatus.OPERATING),
            new Demo("140525", "晋城市泽州县北义城金鼎煤业有限公司", EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE, "泽州县北义城镇", "35.5915", "112.7433", RiskGrade.B, EnterpriseStatus.SUSPENDED),
            new Demo("140525", "泽州县川底乡石料厂", EnterpriseKind.OTHER_ORGANISATION, Industry.NON_COAL_MINE, "泽州县川底乡郭壁村", "35.6014", "113.0052", RiskGrade.C, EnterpriseStatus.OPERATING),
            new Demo("140525", "晋城市泽州县晋庙铺石灰岩矿", EnterpriseKind.LEGAL_PERSON, Industry.NON_COAL_MINE, "泽州县晋庙铺镇", "35.3380", "112.8661", RiskGrade.C, EnterpriseStatus.OPERATING),
            new Demo("140525", "山西兰花煤化工有限责任公司泽州分公司", EnterpriseKind.OTHER_ORGANISATION, Industry.HAZARDOUS_CHEMICALS, "泽州县巴公工业园区", "35.6250", "112.8950", RiskGrade.A, EnterpriseStatus.OPERATING),
            new Demo("140525", "泽州县金村镇天然气加气站", EnterpriseKind.LEGAL_PERSON, Industry.HAZARDOUS_CHEMICALS, "泽州县金村镇府城村", "35.5201", "112.8780", RiskGrade.B, EnterpriseStatus.OPERATING),
            new Demo("140525", "晋城市泽州县福盛钢铁有限公司", EnterpriseKind.LEGAL_PERSON, Industry.METALLURGY_INDUSTRY_TRADE, "泽州县巴公镇东四义村", "35.6480", "112.9012", RiskGrade.B, EnterpriseStatus.OPERATING),
            new Demo("140525", "泽州县高都镇铸造厂", EnterpriseKind.INDIVIDUAL_BUSINESS, Industry.METALLURGY_INDUSTRY_TRADE, "泽州县高都镇", "35.5822", "112.9601", RiskGrade.D, EnterpriseStatus.OPERATING),
            new Demo("140525", "泽州县南村镇红星烟花爆竹批发部", EnterpriseKind.INDIVIDUAL_BUSINESS, Industry.FIREWORKS, "泽州县南村镇", "35.4530", "112.8305", RiskGrade.C, EnterpriseStatus.CLOSED),
            new Demo("140927", "神池县义井镇煤业有限公司", EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE, "神池县义井镇", "39.0361", "112.1402", RiskGrade.A, EnterpriseStatus.OPERATING),
            new Demo("140927", "神池县龙泉煤矿有限公司", EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE, "神池县龙泉镇", "39.0912", "112.2068", RiskGrade.B, EnterpriseStatus.OPERATING),
            new Demo("140927", "神池县太平庄乡铁矿", EnterpriseKind.OTHER_ORGANISATION, Industry.NON_COAL_MINE, "神池县太平庄乡", "39.1503", "112.0904", RiskGrade.C, EnterpriseStatus.OPERATING),
            new Demo("140927", "神池县东湖乡花岗岩采石场", EnterpriseKind.LEGAL_PERSON, Industry.NON_COAL_MINE, "神池县东湖乡", "39.0628", "112.2751", RiskGrade.D, EnterpriseStatus.SUSPENDED),
            new Demo("140927", "神池县城区液化石油气充装站", EnterpriseKind.LEGAL_PERSON, Industry.HAZARDOUS_CHEMICALS, "神池县龙泉镇南关", "39.0850", "112.2100", RiskGrade.B, EnterpriseStatus.OPERATING),
            new Demo("140927", "神池县鑫达铁合金有限公司", EnterpriseKind.LEGAL_PERSON, Industry.METALLURGY_INDUSTRY_TRADE, "神池县八角镇", "39.1420", "112.1650", RiskGrade.C, EnterpriseStatus.OPERATING));

    private final Environment environment;
    private final Jurisdictions jurisdictions;
    private final Enterprises enterprises;
    private final Conflicts conflicts;
    private final Blacklist blacklist;
    private final Clock clock;
    private final ActingUsers users;

    /**
     * A demo credit code: registration authority 9 (市场监管), type 1 (企业) or 2 (个体 → 9 2), the county
     * code, an organisation code with its GB 11714 check digit, and the GB 32100 check character.
     */
    static CreditCode code(Demo d, int n) {
        String type = switch (d.kind()) {
            case INDIVIDUAL_BUSINESS -> "92";
            case OTHER_ORGANISATION -> "93";
            default -> "91";
        };
        String base = String.format("%08d", 31_400_000 + Integer.parseInt(d.county().substring(2)) * 100 + n * 7);
        return CreditCode.complete(type + d.county() + base + orgCheck(base));
    }

    /** GB 11714 check digit of an 8-digit organisation code body. */
    static char orgCheck(String base) {
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (!enabled()) {
            return;
        }
        Jurisdiction zz = jurisdictions.findByCode("140525").orElse(null);
        Jurisdiction sc = jurisdictions.findByCode("140927").orElse(null);
        if (zz == null || sc == null) {
            return;
        }
        // item 8: the loader acts as the counties' real unit heads (their permissions, audited under their names)
        Actor zzActor = users.actor("zz_unithead").orElse(null);
        Actor scActor = users.actor("sc_unithead").orElse(null);
        if (zzActor == null || scActor == null) {
            return;
        }
        if (enterprises.findByCreditCode(zzActor, code(DEMO.get(0), 0).value()).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        EnterpriseView first = null;
        EnterpriseView second = null;
        int n = 0;
        for (Demo d : DEMO) {
            Jurisdiction j = d.county().equals("140525") ? zz : sc;
            EnterpriseView e = enterprises.create(j == zz ? zzActor : scActor, new EnterpriseForm(d.name(), code(d, n).value(), d.kind(),
                    d.industry(), d.address(), new BigDecimal(d.lat()), new BigDecimal(d.lng()), j.id(), d.risk(), d.status()));
            if (n == 0) {
                first = e;
            } else if (n == 1) {
                second = e;
            }
            n++;
        }
        conflicts.add(zzActor, first.id(), new NewConflict(900001L, "赵志强", Relation.RELATIVE, today.minusYears(6), null,
                "配偶之兄任该矿安全副矿长（演示）"));
        blacklist.put(zzActor, second.id(), new NewListing("2024 年瓦斯超限作业且拒不整改，造成重大事故隐患，依法列入失信联合惩戒对象",
                "泽应急罚〔2024〕17 号", today.minusMonths(8), today.plusYears(1).plusMonths(4)));
        log.info("Enterprise demo data loaded: {} enterprises", DEMO.size());
    }

    private boolean enabled() {
        return cn.anjian.kernel.DemoDataSwitch.enabled(environment);
    }
}
