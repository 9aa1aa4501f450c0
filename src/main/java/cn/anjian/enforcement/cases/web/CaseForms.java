package cn.anjian.enforcement.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.cases.CaseFilter;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;

/** Text typed on pages and in query strings, converted with Chinese refusals (400), never a 500. */
final class CaseForms {

    private CaseForms() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String code, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput(code, label + "无效：" + Params.abbreviate(value.strip()));
        }
    }

    static BigDecimal amount(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().replace(",", "");
        if (s.length() > 30) {
            throw BusinessException.badInput("CASE-AMOUNT", label + "数值过大，请核对");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("CASE-AMOUNT", label + "应为金额数字（元），如 30000 或 2500.50");
        }
    }

    static CaseFilter filter(Map<String, String> q) {
        return new CaseFilter(choice(CaseKind.class, q.get("kind"), "CASE-KIND", "案件类型"),
                choice(CaseStage.class, q.get("stage"), "CASE-STAGE", "阶段"),
                choice(CaseSource.class, q.get("source"), "CASE-SOURCE", "案件来源"),
                Params.optionalId("unit", q.get("unit")), q.get("party"),
                Params.date("立案日期（起）", q.get("from")), Params.date("立案日期（止）", q.get("to")),
                "true".equals(q.get("overdue")));
    }

    /** The new-case form as typed. */
    record NewCaseForm(String kind, String source, String basisTitle, String basisNumber, String basisDate,
                       String partyType, String enterpriseId, String citizenName, String title, String place) {

        static NewCaseForm blank() {
            return new NewCaseForm("INSPECTION", "ANNUAL_PLAN", null, null, null, "ENTERPRISE", null, null, null, null);
        }

        NewCase toNewCase() {
            boolean citizen = "CITIZEN".equals(partyType);
            return new NewCase(choice(CaseKind.class, kind, "CASE-KIND", "案件类型"),
                    choice(CaseSource.class, source, "CASE-SOURCE", "案件来源"), basisTitle, basisNumber,
                    Params.date("依据文件日期", basisDate),
                    citizen ? null : Params.optionalId("enterpriseId", enterpriseId), citizen ? citizenName : null,
                    title, place, null);
        }
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static LocalDate date(String label, String value) {
        return Params.date(label, value);
    }
}
