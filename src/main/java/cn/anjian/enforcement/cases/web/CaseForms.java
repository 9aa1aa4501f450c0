package cn.anjian.enforcement.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.ViolationFacts;
import cn.anjian.enforcement.cases.CaseDocuments;
import cn.anjian.enforcement.cases.CaseFilter;
import cn.anjian.enforcement.cases.CaseOrigins;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The case pages' forms, bound with {@code @Valid} (docs/conventions.md "Web kit"): fields as typed
 * (text), shape checked by the constraints so every error shows at once next to its field; the rules
 * (CASE-04 basis, one party, stage, amounts in range, dates in range) are the domain's, whose refusal codes
 * each form's {@code fields} puts next to the same fields. Query strings are converted here too, with
 * Chinese refusals (400), never a 500.
 */
final class CaseForms {

    /** An amount in yuan as typed: digits (thousands commas allowed), at most two decimals (fen). */
    static final String AMOUNT = "\\s*((\\d{1,3}(,\\d{3})+|\\d{1,12})(\\.\\d{1,2})?)?\\s*";
    static final String AMOUNT_MESSAGE = "须为金额（元），如 30000 或 2500.50";
    /** An optional id picked from a list. */
    static final String ID = "\\s*([1-9]\\d{0,17})?\\s*";

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
                "true".equals(q.get("overdue")), "true".equals(q.get("mine")));
    }

    /**
     * The new-case form (CASE-01, CASE-04): the basis is the record picked for the source ({@code originId}: a plan
     * item, a draw, a complaint or clue) or, without one, the typed basis document; party and place are checked by the
     * domain.
     */
    record NewCaseForm(@NotBlank(message = "请选择案件类型") String kind,
                       @NotBlank(message = "请选择案件来源") String source,
                       @Pattern(regexp = ID, message = "请从列表中选择") String originId,
                       @Size(max = 300) String basisTitle,
                       @Size(max = 100) String basisNumber,
                       @DateText String basisDate,
                       String partyType,
                       @Pattern(regexp = ID, message = "请从列表中选择") String enterpriseId,
                       @Size(max = 50) String citizenName,
                       @NotBlank @Size(max = 300) String title,
                       @Size(max = 300) String place,
                       @DateText String violationDate,
                       String continuing,
                       String seriousHarm,
                       @DateText String discoveredOn,
                       @Pattern(regexp = ID, message = "请从列表中选择") String itemId) {

        static NewCaseForm blank() {
            return new NewCaseForm("INSPECTION", "ANNUAL_PLAN", null, null, null, null, "ENTERPRISE", null, null, null, null,
                    null, null, null, null, null);
        }

        /** CASE-04: the record picked as the basis, of the kind the source rests on, or null (typed basis). */
        CaseOrigin origin() {
            Long id = Params.optionalId("originId", originId);
            CaseSource s = choice(CaseSource.class, source, "CASE-SOURCE", "案件来源");
            return id == null ? null : new CaseOrigin(CaseOrigins.Kind.of(s).map(Enum::name).orElse("NONE"), id);
        }

        /** CASE-17: the enforcement item picked on the form, or null. */
        Long item() {
            return Params.optionalId("itemId", itemId);
        }

        NewCase toNewCase() {
            boolean citizen = "CITIZEN".equals(partyType);
            return new NewCase(choice(CaseKind.class, kind, "CASE-KIND", "案件类型"),
                    choice(CaseSource.class, source, "CASE-SOURCE", "案件来源"), basisTitle, basisNumber,
                    Params.date("依据文件日期", basisDate),
                    citizen ? null : Params.optionalId("enterpriseId", enterpriseId), citizen ? citizenName : null,
                    title, place, null, violation());
        }

        /** CASE-11: the violation facts of a penalty case (the domain refuses a penalty case without its date). */
        private ViolationFacts violation() {
            LocalDate v = Params.date("违法行为发生（终了）日期", violationDate);
            return v == null ? null : new ViolationFacts(v, "true".equals(continuing), "true".equals(seriousHarm),
                    Params.date("发现日期", discoveredOn));
        }

        /**
         * Issue 12 defect 9: what depends on another field (the party by its kind, the violation date of a penalty
         * case) is checked with the annotations, so every error shows at once; the domain still refuses the same.
         */
        void crossCheck(BindingResult errors, java.util.function.Predicate<Long> itemUsable) {
            if (originId == null || originId.isBlank()) {
                if (basisTitle == null || basisTitle.isBlank()) {
                    reject(errors, "basisTitle", basisTitle, "请选择系统中的依据记录，或填写依据文件名称");
                }
                if (basisNumber == null || basisNumber.isBlank()) {
                    reject(errors, "basisNumber", basisNumber, "请填写依据文件文号");
                }
                if (basisDate == null || basisDate.isBlank()) {
                    reject(errors, "basisDate", basisDate, "请填写依据文件日期");
                }
            }
            if (!errors.hasFieldErrors("itemId") && !itemUsable.test(item())) {
                reject(errors, "itemId", itemId, "所选执法事项不存在或已停用");
            }
            if ("CITIZEN".equals(partyType)) {
                if (citizenName == null || citizenName.isBlank()) {
                    reject(errors, "citizenName", citizenName, "请填写公民当事人姓名");
                }
            } else if (enterpriseId == null || enterpriseId.isBlank()) {
                reject(errors, "enterpriseId", enterpriseId, "请选择生产经营单位");
            }
            if ("PENALTY".equals(kind) && (violationDate == null || violationDate.isBlank())) {
                reject(errors, "violationDate", violationDate, "行政处罚案件须填写违法行为发生（终了）日期");
            }
        }

        private static void reject(BindingResult errors, String field, String value, String message) {
            if (!errors.hasFieldErrors(field)) {
                errors.addError(new FieldError("form", field, value, false, null, null, message));
            }
        }

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-KIND", "kind").field("CASE-SOURCE", "source").field("CASE-BASIS", "basisTitle")
                    .field("CASE-BASIS-DATE", "basisDate").field("CASE-PARTY", "enterpriseId").field("CASE-TITLE", "title")
                    .field("CASE-PLACE", "place").field("CASE-11-MISSING", "violationDate")
                    .field("CASE-11-DATE", "violationDate").field("CASE-11", "violationDate")
                    .field("CASE-11-DISCOVERED", "discoveredOn").field("CASE-17-ITEM", "itemId")
                    .field("CASE-04-ORIGIN", "originId");
        }
    }

    /** Issuing the decision (CASE-05): what it may contain for the case's kind and the deadline's range are the domain's. */
    record DecisionForm(@NotBlank(message = "请选择决定种类") String kind,
                        @Size(max = 6000) String measures,
                        @Pattern(regexp = AMOUNT, message = AMOUNT_MESSAGE) String fineYuan,
                        @Pattern(regexp = AMOUNT, message = AMOUNT_MESSAGE) String confiscationYuan,
                        @Size(max = 2000) String summary,
                        @Size(max = 2000) String legalBasis,
                        @DateText String rectifyBy,
                        @Size(max = 2000) String deviationReason) {

        static DecisionForm blank() {
            return new DecisionForm(null, null, null, null, null, null, null, null);
        }

        CaseDecision toDecision(long caseId) {
            return new CaseDecision(caseId, choice(DecisionKind.class, kind, "CASE-DECISION-KIND", "决定种类"), lines(measures),
                    amount(fineYuan, "罚款金额"), amount(confiscationYuan, "没收金额"), null, summary, legalBasis,
                    Params.date("整改期限", rectifyBy), deviationReason);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-DECISION-KIND", "kind").field("CASE-DECISION-MEASURES", "measures")
                    .field("CASE-DECISION-DEADLINE", "rectifyBy").field("CASE-17-REASON", "deviationReason")
                    .field("CASE-17-CIRCUMSTANCE", "fineYuan").field("CASE-DECISION-AMOUNT", "fineYuan");
        }
    }

    /** Requesting a transfer to the judicial organs (CASE-09); the date's window is the domain's. */
    record TransferForm(@NotBlank @Size(max = 200) String organ,
                        @NotBlank @DateText String transferDate,
                        @NotBlank @Size(max = 2000) String reason) {

        static TransferForm blank() {
            return new TransferForm(null, null, null);
        }

        LocalDate date() {
            return Params.date("移送日期", transferDate);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-TRANSFER-ORGAN", "organ").field("CASE-TRANSFER-DATE", "transferDate")
                    .field("CASE-TRANSFER-REASON", "reason");
        }
    }

    /** Generating a document of the current stage: the type offered and the text the template fills in. */
    record DocumentForm(@NotBlank(message = "请选择文书种类") String type,
                        @Size(max = 2000) String facts,
                        @Size(max = 2000) String basis,
                        @Size(max = 2000) String decision,
                        @Size(max = 100) String deadline,
                        @Size(max = 100) String legalRepresentative,
                        @Size(max = 20000) String items) {

        static DocumentForm blank() {
            return new DocumentForm(null, null, null, null, null, null, null);
        }

        CaseDocuments.DocumentFields toFields() {
            return new CaseDocuments.DocumentFields(facts, basis, decision, deadline, legalRepresentative, lines(items));
        }

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-DOC-TYPE", "type").field("CASE-DOC-ITEMS", "items");
        }
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
