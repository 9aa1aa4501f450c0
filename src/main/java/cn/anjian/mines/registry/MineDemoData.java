package cn.anjian.mines.registry;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: coal-heavy 泽州县 (晋城) — 9 coal mines, underground and open-pit non-coal mines, ponds — and 忻州市 with
 * non-coal mines; commissioners of both departments (each specialty several times, most with an enforcement
 * certificate: {@link MineDemoCommissioners}), {@code zz_commissioner} among them. Registered by
 * {@code zz_officer}/{@code xz_officer} and selected by the HR users through the registry, so
 * the same gates and audit apply. Idempotent: nothing happens when 泽州县 already has mines.
 */
@Component
@RequiredArgsConstructor
class MineDemoData {

    private static final Logger log = LoggerFactory.getLogger(MineDemoData.class);
    private static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";
    private static final String GIVEN = "建国志强文斌宇浩鹏辉明华军平刚杰涛伟勇磊超峰";

    private final ActingUsers users;
    private final MineRegistry registry;
    private final Enterprises enterprises;
    private final MineDemoCommissioners commissioners;
    private final TransactionTemplate tx;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 2)
    void on(AvailabilityChangeEvent<?> event) {
        // the environment comes with the event (its source is the application context): the constructor takes the clock
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC
                || !(event.getSource() instanceof ApplicationContext context) || !DemoDataSwitch.enabled(context.getEnvironment())) {
            return;
        }
        Actor zz = users.actor("zz_officer").orElse(null);
        Actor zzHr = users.actor("zz_hr").orElse(null);
        Actor xz = users.actor("xz_officer").orElse(null);
        Actor xzHr = users.actor("xz_hr").orElse(null);
        if (zz == null || zzHr == null || xz == null || xzHr == null || registry.hasMines(zz.scope())) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> {
                zezhou(zz, zzHr);
                xinzhou(xz, xzHr);
            });
            log.info("Mine demo loaded: 泽州县 and 忻州市 mines and commissioners");
        } catch (RuntimeException e) {
            log.warn("Mine demo not loaded: {}", e.getMessage());
        }
    }

    private void zezhou(Actor officer, Actor hr) {
        String[] coal = {"巴公", "北义城", "大东沟", "高都", "金村", "南村", "川底", "下村", "周村"};
        for (int i = 0; i < coal.length; i++) {
            mine(officer, "泽州县" + coal[i] + "煤业有限公司", Industry.COAL_MINE, MineKind.COAL, null, 35.40 + i * 0.03,
                    112.75 + (i % 4) * 0.05, i, i == 8 ? ProductionStatus.OTHER : ProductionStatus.PRODUCING);
        }
        long iron = mine(officer, "泽州县晋庙铺铁矿有限公司", Industry.NON_COAL_MINE, MineKind.UNDERGROUND_NON_COAL, null,
                35.30, 112.70, 20, ProductionStatus.PRODUCING);
        mine(officer, "泽州县山河石料有限公司", Industry.NON_COAL_MINE, MineKind.OPEN_PIT_NON_COAL, 800_000L, 35.36, 112.95, 21,
                ProductionStatus.PRODUCING);
        mine(officer, "泽州县柳树口石灰岩矿", Industry.NON_COAL_MINE, MineKind.OPEN_PIT_NON_COAL, 550_000L, 35.33, 113.00, 22,
                ProductionStatus.PRODUCING);
        mine(officer, "泽州县南岭石料厂", Industry.NON_COAL_MINE, MineKind.OPEN_PIT_NON_COAL, 120_000L, 35.45, 113.02, 23,
                ProductionStatus.PRODUCING);
        long pond = enterprise(officer, "泽州县晋庙铺铁矿尾矿库", Industry.NON_COAL_MINE, 35.31, 112.71, 24);
        registry.register(officer, new NewMine(pond, MineKind.TAILINGS_POND, null, iron, ProductionStatus.PRODUCING,
                SupervisingLevel.COUNTY, null, null, "", "排洪系统"));
        Specialty[] all = Specialty.values();
        for (int i = 0; i < 40; i++) {
            Set<Specialty> sp = i < 36 ? EnumSet.of(all[i % all.length]) : EnumSet.noneOf(Specialty.class);
            commissioners.add(hr, name(i), "140525", i, sp, 35.35 + (i % 6) * 0.03, 112.78 + (i % 5) * 0.05, -1L);
        }
        long user = users.actor("zz_commissioner").map(Actor::userId).orElse(-1L);
        commissioners.add(hr, users.actor("zz_commissioner").map(Actor::displayName).orElse("王监管"), "140525", 99,
                EnumSet.of(Specialty.VENTILATION, Specialty.MINING), 35.49, 112.85, user);
    }

    private void xinzhou(Actor officer, Actor hr) {
        String[] names = {"忻州市繁峙金矿", "忻州市代县铁矿", "忻州市五台山铜矿"};
        for (int i = 0; i < names.length; i++) {
            mine(officer, names[i] + "有限公司", Industry.NON_COAL_MINE, MineKind.UNDERGROUND_NON_COAL, null,
                    38.9 + i * 0.1, 112.5 + i * 0.2, 40 + i, ProductionStatus.PRODUCING);
        }
        mine(officer, "忻州市原平石料有限公司", Industry.NON_COAL_MINE, MineKind.OPEN_PIT_NON_COAL, 600_000L, 38.7, 112.7,
                45, ProductionStatus.PRODUCING);
        for (int i = 0; i < 10; i++) {
            commissioners.add(hr, name(50 + i), "140900", 50 + i, Set.of(), 38.4 + (i % 3) * 0.2, 112.6 + (i % 4) * 0.1, -1L);
        }
    }

    private long mine(Actor officer, String name, Industry industry, MineKind kind, Long tonnes, double lat, double lon,
                      int n, ProductionStatus status) {
        long e = enterprise(officer, name, industry, lat, lon, n);
        return registry.register(officer, new NewMine(e, kind, tonnes, null, status,
                kind == MineKind.COAL || officer.username().startsWith("zz") ? SupervisingLevel.COUNTY : SupervisingLevel.CITY,
                null, null, "一采区\n二采区", "通风系统\n排水系统\n供电系统"));
    }

    private long enterprise(Actor officer, String name, Industry industry, double lat, double lon, int n) {
        String prefix = officer.username().startsWith("zz") ? "91140525MK" : "91140900MK";
        String code = CreditCode.complete(prefix + String.format("%07d", 3_100_000 + n * 7)).value();
        return enterprises.create(officer, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, industry,
                name.substring(0, 3) + "境内", BigDecimal.valueOf(lat), BigDecimal.valueOf(lon), null, RiskGrade.B,
                EnterpriseStatus.OPERATING)).id();
    }

    private static String name(int i) {
        return SURNAMES.charAt(i % SURNAMES.length()) + "" + GIVEN.charAt((i * 7) % GIVEN.length())
                + GIVEN.charAt((i * 3 + 1) % GIVEN.length());
    }
}
