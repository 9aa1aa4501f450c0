package cn.anjian.mines.registry;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Phones;
import cn.anjian.kernel.SheetImport;
import cn.anjian.mines.Availability;
import cn.anjian.mines.Employment;
import cn.anjian.mines.Specialty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MC-04/MC-05: Excel import of commissioners, all-or-nothing ({@link SheetImport}): each row names a person already
 * recorded in personnel (by ID-card number, in the actor's scope) and goes through {@link MineRegistry#select}, then the
 * work phone and availability through the registry's own methods — the same gates and audit as the pages.
 */
@Service
public class CommissionerImport {

    public static final String SHEET = "监管专员";
    static final List<String> COLUMNS = List.of("身份证号码*", "人员身份*", "符合第七条条件*", "检查工作表培训通过日期", "专业",
            "常驻地纬度*", "常驻地经度*", "工作电话", "可派驻状态");
    static final int MAX_ROWS = 5_000;
    private static final String YES = "是";
    private static final String NO = "否";

    private final MineRegistry registry;
    private final TransactionTemplate tx;

    CommissionerImport(MineRegistry registry, PlatformTransactionManager txManager) {
        this.registry = registry;
        this.tx = new TransactionTemplate(txManager);
    }

    /** The template: header row, one example row, drop-down lists for the enumerated columns. */
    public void writeTemplate(OutputStream out) {
        RegistryImports.template(out, SHEET, COLUMNS, List.of("140525198501010015", Employment.IN_BUDGET.label(), YES, "2026-03-15",
                Specialty.MINING.label() + "、" + Specialty.VENTILATION.label(), "35.4900", "112.8500",
                "0356-1234567", Availability.AVAILABLE.label()),
                Map.of(
                1, Arrays.stream(Employment.values()).map(Employment::label).toList(),
                2, List.of(YES, NO),
                8, Arrays.stream(Availability.values()).map(Availability::label).toList()));
    }

    /** Selects every row's person or nobody; returns how many commissioners were selected. */
    public int importFile(Actor actor, InputStream in) {
        MineRegistry.require(actor, "mine:manage");
        return RegistryImports.read(tx, in, (errors, count) -> new Rows(actor, errors, count));
    }

    private final class Rows extends SheetImport.Rows {
        private final Actor actor;
        private final int[] count;

        Rows(Actor actor, SheetImport.Errors errors, int[] count) {
            super(SHEET, COLUMNS, errors, MAX_ROWS, 200);
            this.actor = actor;
            this.count = count;
        }

        @Override
        protected void handle(SheetImport.Cells c) {
            String idCard = RegistryImports.text(c, 0, true, 18);
            Employment employment = c.choice(1, true, List.of(Employment.values()), Employment::label);
            Boolean conditions = c.choice(2, true, List.of(Boolean.TRUE, Boolean.FALSE), b -> b ? YES : NO);
            LocalDate trained = c.date(3, false);
            Set<Specialty> specialties = specialties(c);
            BigDecimal lat = c.decimal(5, true);
            BigDecimal lon = c.decimal(6, true);
            String phone = RegistryImports.text(c, 7, false, 20);
            Availability availability = c.choice(8, false, List.of(Availability.values()), Availability::label);
            if (phone != null && !Phones.valid(phone)) {
                c.fail(7, "工作电话格式不正确：" + Phones.RULE);
            }
            c.check();
            long personId = registry.personByIdCard(actor, idCard);
            long id;
            try {
                id = registry.select(actor, new NewCommissioner(personId, employment, conditions, trained, specialties, lat, lon));
            } catch (BusinessException e) {
                // MC-04 covers employment, art. 7 conditions and the department's level: the message says which column
                c.fail(Math.max(0, columnIndex(e.code(), e.getMessage())), e.getMessage());
                c.check();
                return;
            }
            if (phone != null) {
                registry.changeContact(actor, id, phone);
            }
            if (availability != null && availability != Availability.AVAILABLE) {
                registry.changeAvailability(actor, id, availability);
            }
            count[0]++;
        }

        private Set<Specialty> specialties(SheetImport.Cells c) {
            String v = RegistryImports.text(c, 4, false, 100);
            Set<Specialty> out = EnumSet.noneOf(Specialty.class);
            if (v == null) {
                return out;
            }
            for (String s : v.split("[、,，;；\\s]+")) {
                Specialty sp = Arrays.stream(Specialty.values()).filter(x -> x.label().equals(s)).findFirst().orElse(null);
                if (sp == null && !s.isEmpty()) {
                    c.fail(4, "“" + SheetImport.abbreviate(s) + "”不是可选的专业，应为："
                            + String.join("、", Arrays.stream(Specialty.values()).map(Specialty::label).toList()));
                } else if (sp != null) {
                    out.add(sp);
                }
            }
            return out;
        }

        @Override
        protected String columnOf(String code) {
            int i = columnIndex(code, "");
            return i < 0 ? "—" : COLUMNS.get(i);
        }
    }

    static int columnIndex(String code, String message) {
        if ("MC-04".equals(code)) {
            return message.contains("第七条") ? 2 : message.contains("编外") ? 1 : 0;
        }
        return switch (code) {
            case "MC-04-PERSON", "MC-04-DUPLICATE" -> 0;
            case "MC-04-EMPLOYMENT" -> 1;
            case "MC-04-HOME" -> 5;
            case "MC-06-PHONE" -> 7;
            case "MC-05-AVAILABILITY" -> 8;
            default -> -1;
        };
    }
}
