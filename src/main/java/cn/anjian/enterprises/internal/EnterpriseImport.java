package cn.anjian.enterprises.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.ImportError;
import cn.anjian.enterprises.ImportRejectedException;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.Labels;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Jurisdictions;
import cn.idev.excel.ExcelReader;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
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
    static final int MAX_REPORTED = 500;

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
                    FastExcel.writerSheet(0, SHEET).head(COLUMNS.stream().map(List::of).toList()).build());
        }
    }

    /** Imports every row or nothing; returns how many enterprises were created. */
    public int importFile(Actor actor, InputStream in) {
        if (!actor.hasPermission("enterprise:import") || !actor.hasPermission("enterprise:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "导入需要“导入”和“维护”生产经营单位两项权限");
        }
        Errors errors = new Errors();
        int[] count = {0};
        tx.executeWithoutResult(status -> {
            Rows rows = new Rows(actor, errors, count);
            try (ExcelReader reader = FastExcel.read(in).autoCloseStream(false).build()) {
                reader.read(FastExcel.readSheet(0).registerReadListener(rows).headRowNumber(1).build());
            } catch (Fatal f) {
                // recorded
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof Fatal)) {
                    errors.add(0, "—", errors.count == 0 && count[0] == 0
                            ? "文件不是有效的 Excel（.xlsx）文件，请使用下载的模板" : "文件读取中断，请检查文件");
                }
            }
            if (errors.count == 0 && count[0] == 0) {
                errors.add(0, "—", "文件中没有数据行：请在表头下填写数据");
            }
            if (errors.count > 0) {
                status.setRollbackOnly();
            }
        });
        if (errors.count > 0) {
            throw new ImportRejectedException(errors.list, errors.count);
        }
        return count[0];
    }

    static final class Fatal extends RuntimeException {
        Fatal() {
            super(null, null, false, false);
        }
    }

    static final class Errors {
        final List<ImportError> list = new ArrayList<>();
        int count;

        void add(int row, String column, String message) {
            count++;
            if (list.size() < MAX_REPORTED) {
                list.add(new ImportError(row, column, message));
            }
        }
    }

    private final class Rows extends AnalysisEventListener<Map<Integer, String>> {
        private final Actor actor;
        private final Errors errors;
        private final int[] count;
        private final Set<String> codes = new HashSet<>();
        private int rows;

        Rows(Actor actor, Errors errors, int[] count) {
            this.actor = actor;
            this.errors = errors;
            this.count = count;
        }

        @Override
        public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                String got = head.get(i) == null ? "" : head.get(i).strip();
                if (!got.equals(COLUMNS.get(i)) && !got.equals(COLUMNS.get(i).replace("*", ""))) {
                    errors.add(1, COLUMNS.get(i), "表头应为“" + COLUMNS.get(i) + "”，实际为“" + abbreviate(got) + "”；请使用下载的模板");
                    throw new Fatal();
                }
            }
        }

        @Override
        public void invoke(Map<Integer, String> data, AnalysisContext context) {
            int row = context.readRowHolder().getRowIndex() + 1;
            if (data.values().stream().allMatch(v -> v == null || v.isBlank())) {
                return;
            }
            if (++rows > MAX_ROWS) {
                errors.add(row, "—", "每次最多导入 " + MAX_ROWS + " 行");
                throw new Fatal();
            }
            Cells c = new Cells(row, data);
            String name = c.text(0, true);
            String code = c.text(1, false);
            EnterpriseKind kind = c.choice(2, EnterpriseKind.values(), Labels::label);
            Industry industry = c.choice(3, Industry.values(), Labels::label);
            String address = c.text(4, false);
            BigDecimal lat = c.decimal(5);
            BigDecimal lng = c.decimal(6);
            String division = c.text(7, false);
            RiskGrade risk = c.choice(8, RiskGrade.values(), RiskGrade::name);
            EnterpriseStatus status = c.choice(9, EnterpriseStatus.values(), Labels::label);
            Long jid = null;
            if (division != null) {
                jid = jurisdictions.findByCode(division).map(j -> j.id()).orElse(null);
                if (jid == null) {
                    c.fail(7, "没有代码为“" + abbreviate(division) + "”的现行行政区划");
                }
            }
            if (code != null && !codes.add(code.toUpperCase())) {
                c.fail(1, "与本文件前面的行重复");
            }
            if (c.failed) {
                return;
            }
            try {
                enterprises.create(actor, new EnterpriseForm(name, code, kind, industry, address, lat, lng, jid, risk, status));
                count[0]++;
            } catch (BusinessException e) {
                errors.add(row, columnOf(e.code()), e.getMessage());
            } catch (RuntimeException e) {
                errors.add(row, "—", "该行无法保存，导入已中止");
                throw new Fatal();
            }
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
        }

        private final class Cells {
            final int row;
            final Map<Integer, String> data;
            boolean failed;

            Cells(int row, Map<Integer, String> data) {
                this.row = row;
                this.data = data;
            }

            void fail(int col, String message) {
                failed = true;
                errors.add(row, COLUMNS.get(col), message);
            }

            String text(int col, boolean required) {
                String v = data.get(col);
                v = v == null ? null : v.strip();
                if (v == null || v.isEmpty()) {
                    if (required) {
                        fail(col, "必填，不能为空");
                    }
                    return null;
                }
                if (v.length() > 300) {
                    fail(col, "内容过长（最多 300 个字）");
                    return null;
                }
                return v;
            }

            <T> T choice(int col, T[] values, Function<T, String> label) {
                String v = text(col, true);
                if (v == null) {
                    return null;
                }
                for (T t : values) {
                    if (label.apply(t).equals(v)) {
                        return t;
                    }
                }
                fail(col, "“" + abbreviate(v) + "”不是可选值，应为：" + String.join("、", Arrays.stream(values).map(label).toList()));
                return null;
            }

            BigDecimal decimal(int col) {
                String v = text(col, false);
                if (v == null) {
                    return null;
                }
                try {
                    return new BigDecimal(v.length() > 30 ? "x" : v);
                } catch (NumberFormatException e) {
                    fail(col, "“" + abbreviate(v) + "”不是数字");
                    return null;
                }
            }
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

    static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
