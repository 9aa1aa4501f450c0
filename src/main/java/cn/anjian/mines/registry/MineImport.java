package cn.anjian.mines.registry;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.anjian.enterprises.CreditCode;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.SheetImport;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.SupervisingLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MC-01: Excel import of mines, all-or-nothing like the officers' import ({@link SheetImport}): rows are streamed and
 * each goes through {@link MineRegistry#register} — the form's own gates, scope and audit — in one transaction; any bad
 * row rolls everything back and every (row, column, message) is reported. The enterprise is named by its unified
 * social credit code and must already be registered in the actor's scope, as on the form; a parent mine (of an
 * attached tailings pond) by its credit code, registered before or earlier in the same file.
 */
@Service
public class MineImport {

    public static final String SHEET = "矿山";
    static final List<String> COLUMNS = List.of("统一社会信用代码*", "矿山类型*", "年采剥量（吨）", "所属矿山统一社会信用代码",
            "生产状态*", "监管层级*", "纬度", "经度", "作业场所", "系统");
    static final int MAX_ROWS = 5_000;

    private final MineRegistry registry;
    private final TransactionTemplate tx;

    MineImport(MineRegistry registry, PlatformTransactionManager txManager) {
        this.registry = registry;
        this.tx = new TransactionTemplate(txManager);
    }

    /** The template: header row, one example row, drop-down lists for the enumerated columns. */
    public void writeTemplate(OutputStream out) {
        RegistryImports.template(out, SHEET, COLUMNS, List.of(CreditCode.complete("91140525MA0K1234X").value(), MineKind.OPEN_PIT_NON_COAL.label(),
                "600000", "", ProductionStatus.PRODUCING.label(), SupervisingLevel.COUNTY.label(), "35.4900",
                "112.8500", "一采区；二采区", "排水系统；供电系统"),
                Map.of(
                1, Arrays.stream(MineKind.values()).map(MineKind::label).toList(),
                4, Arrays.stream(ProductionStatus.values()).map(ProductionStatus::label).toList(),
                5, Arrays.stream(SupervisingLevel.values()).map(SupervisingLevel::label).toList()));
    }

    /** Registers every row or nothing; returns how many mines were registered. */
    public int importFile(Actor actor, InputStream in) {
        MineRegistry.require(actor, "mine:manage");
        return RegistryImports.read(tx, in, (errors, count) -> new Rows(actor, errors, count));
    }

    private final class Rows extends SheetImport.Rows {
        private final Actor actor;
        private final int[] count;

        Rows(Actor actor, SheetImport.Errors errors, int[] count) {
            super(SHEET, COLUMNS, errors, MAX_ROWS, 2000);
            this.actor = actor;
            this.count = count;
        }

        @Override
        protected void handle(SheetImport.Cells c) {
            String code = RegistryImports.text(c, 0, true, 18);
            MineKind kind = c.choice(1, true, List.of(MineKind.values()), MineKind::label);
            Long tonnes = RegistryImports.whole(c, 2);
            String parentCode = RegistryImports.text(c, 3, false, 18);
            ProductionStatus status = c.choice(4, true, List.of(ProductionStatus.values()), ProductionStatus::label);
            SupervisingLevel level = c.choice(5, true, List.of(SupervisingLevel.values()), SupervisingLevel::label);
            BigDecimal lat = c.decimal(6, false);
            BigDecimal lon = c.decimal(7, false);
            String sites = RegistryImports.lines(c, 8);
            String systems = RegistryImports.lines(c, 9);
            c.check();
            long enterpriseId = registry.enterpriseByCode(actor, code);
            Long parentId = parentCode == null ? null : registry.mineByCode(actor, parentCode);
            registry.register(actor, new NewMine(enterpriseId, kind, tonnes, parentId, status, level, lat, lon, sites, systems));
            count[0]++;
        }

        @Override
        protected String columnOf(String code) {
            return switch (code) {
                case "MC-01-ENTERPRISE", "MC-01-DUPLICATE" -> COLUMNS.get(0);
                case "MC-01-KIND" -> COLUMNS.get(1);
                case "MC-01-TONNES" -> COLUMNS.get(2);
                case "MC-01-PARENT" -> COLUMNS.get(3);
                case "MC-01-STATUS" -> COLUMNS.get(4);
                case "MC-01-LEVEL" -> COLUMNS.get(5);
                case "MC-01-LOCATION" -> COLUMNS.get(6);
                default -> "—";
            };
        }
    }
}
