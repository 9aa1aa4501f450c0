package cn.anjian.enterprises.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.Labels;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.SheetImport;
import cn.anjian.org.Jurisdictions;
import cn.idev.excel.FastExcel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel import of enterprises, all-or-nothing, the same approach as the officers import: rows are
 * streamed (one row in memory), each goes through {@link Enterprises#create} (the same gates as the
 * page and API) inside one transaction; any bad row rolls everything back and the caller gets every
 * (row, column, message) found.
 */
@Service
public class EnterpriseImport {

    public static final String SHEET = "生产经营单位";
    static final List<String> COLUMNS = List.of("名称*", "统一社会信用代码", "主体类型*", "行业类别*", "地址", "纬度", "经度",
            "行政区划代码", "风险等级*", "经营状态*");
    static final int MAX_ROWS = 20_000;

    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;
    private final TransactionTemplate tx;

    EnterpriseImport(Enterprises enterprises, Jurisdictions jurisdictions, PlatformTransactionManager txManager) {
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.tx = new TransactionTemplate(txManager);
    }

    /** The template: header row and one example row. */
    public void writeTemplate(OutputStream out) {
        try (var writer = FastExcel.write(out).build()) {
            writer.write(List.of(List.of("泽州县示例煤业有限公司", CreditCode.complete("91140525MA0K1234X").value(), "法人", "煤矿",
                            "泽州县巴公镇", "35.6200", "112.8500", "140525", "B", "正常生产经营")),
                    FastExcel.writerSheet(0, SHEET).head(COLUMNS.stream().map(List::of).toList())
                            .registerWriteHandler(cn.anjian.kernel.SheetDropDowns.of(java.util.Map.of(   // issue 12 defect 11
                                    2, List.of(EnterpriseKind.values()).stream().map(Labels::label).toList(),
                                    3, List.of(Industry.values()).stream().map(Labels::label).toList(),
                                    8, List.of(RiskGrade.values()).stream().map(RiskGrade::name).toList(),
                                    9, List.of(EnterpriseStatus.values()).stream().map(Labels::label).toList()))).build());
        }
    }

    /** Imports every row or nothing; returns how many enterprises were created. */
    public int importFile(Actor actor, InputStream in) {
        if (!actor.hasPermission("enterprise:import") || !actor.hasPermission("enterprise:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "导入需要“导入”和“维护”生产经营单位两项权限");
        }
        SheetImport.Errors errors = new SheetImport.Errors();
        int[] count = {0};
        SheetImport.read(tx, in, errors, () -> count[0], "文件中没有数据行：请在表头下填写数据",
                SheetImport.Sheet.at(0, new Rows(actor, errors, count)));
        return count[0];
    }

    private final class Rows extends SheetImport.Rows {
        private final Actor actor;
        private final int[] count;
        private final Set<String> codes = new HashSet<>();

        Rows(Actor actor, SheetImport.Errors errors, int[] count) {
            super(SHEET, COLUMNS, errors, MAX_ROWS, 300);
            this.actor = actor;
            this.count = count;
        }

        @Override
        protected void handle(SheetImport.Cells c) {
            String name = c.text(0, true);
            String code = c.text(1, false);
            EnterpriseKind kind = c.choice(2, true, List.of(EnterpriseKind.values()), Labels::label);
            Industry industry = c.choice(3, true, List.of(Industry.values()), Labels::label);
            String address = c.text(4, false);
            BigDecimal lat = c.decimal(5, false);
            BigDecimal lng = c.decimal(6, false);
            String division = c.text(7, false);
            RiskGrade risk = c.choice(8, true, List.of(RiskGrade.values()), RiskGrade::name);
            EnterpriseStatus status = c.choice(9, true, List.of(EnterpriseStatus.values()), Labels::label);
            Long jid = null;
            if (division != null) {
                jid = jurisdictions.findByCode(division).map(j -> j.id()).orElse(null);
                if (jid == null) {
                    c.fail(7, "没有代码为“" + SheetImport.abbreviate(division) + "”的现行行政区划");
                }
            }
            if (code != null && !codes.add(code.toUpperCase())) {
                c.fail(1, "与本文件前面的行重复");
            }
            c.check();
            enterprises.create(actor, new EnterpriseForm(name, code, kind, industry, address, lat, lng, jid, risk, status));
            count[0]++;
        }

        @Override
        protected String columnOf(String code) {
            return EnterpriseImport.columnOf(code);
        }
    }

    static String columnOf(String code) {
        return switch (code) {
            case "ENT-NAME" -> "名称*";
            case "ENT-CREDIT-CODE", "ENT-DUPLICATE" -> "统一社会信用代码";
            case "ENT-KIND" -> "主体类型*";
            case "ENT-INDUSTRY" -> "行业类别*";
            case "ENT-ADDRESS" -> "地址";
            case "ENT-LATITUDE" -> "纬度";
            case "ENT-LONGITUDE" -> "经度";
            case "ENT-JURISDICTION" -> "行政区划代码";
            case "ENT-RISK" -> "风险等级*";
            case "ENT-STATUS" -> "经营状态*";
            default -> "—";
        };
    }
}
