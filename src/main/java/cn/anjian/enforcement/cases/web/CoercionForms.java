package cn.anjian.enforcement.cases.web;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.cases.GoodsItem;
import cn.anjian.enforcement.cases.PaymentPlans;
import cn.anjian.enforcement.cases.RemedyFiling;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.ui.Model;

/** The forms of the case page's CASE-14 / CASE-15 sections (text fields, converted after validation). */
final class CoercionForms {

    /** Rows of the goods list offered on a blank form. */
    static final int GOODS_ROWS = 4;
    /** Instalment rows offered on a blank plan form. */
    static final int PLAN_ROWS = 4;

    private CoercionForms() {
    }

    /** The blank forms the case page needs, unless the model already holds one (a refused form keeps its input). */
    static void blanks(Model model) {
        blank(model, "preservationForm", new PreservationForm(null, null, null, rows(GOODS_ROWS), rows(GOODS_ROWS), rows(GOODS_ROWS)));
        blank(model, "seizureForm", new SeizureForm(null, null, null, null, null, rows(GOODS_ROWS), rows(GOODS_ROWS), rows(GOODS_ROWS)));
        blank(model, "planForm", new PlanForm(null, null, rows(PLAN_ROWS), rows(PLAN_ROWS)));
        blank(model, "paymentForm", new PaymentForm(null, null, null));
        blank(model, "remedyForm", new RemedyForm(null, null, RemedyForm.GOVERNMENT, null));
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** The list with at least {@code n} rows (blank ones added), so a re-rendered form keeps its rows. */
    static List<String> pad(List<String> in, int n) {
        List<String> l = new ArrayList<>(in == null ? List.of() : in);
        while (l.size() < n) {
            l.add("");
        }
        return l;
    }

    private static List<String> rows(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add("");
        }
        return l;
    }

    static List<GoodsItem> goods(List<String> names, List<String> quantities, List<String> places) {
        List<GoodsItem> out = new ArrayList<>();
        int n = Math.max(size(names), Math.max(size(quantities), size(places)));
        for (int i = 0; i < Math.min(n, MAX_GOODS); i++) {
            out.add(new GoodsItem(at(names, i), at(quantities, i), at(places, i)));
        }
        return out;
    }

    private static final int MAX_GOODS = 100;

    static int size(List<String> l) {
        return l == null ? 0 : l.size();
    }

    static String at(List<String> l, int i) {
        return l == null || i >= l.size() ? null : l.get(i);
    }

    /** 先行登记保存: the day, the place, the reason and the goods (name, quantity, place kept; blank rows ignored). */
    record PreservationForm(@NotBlank @DateText String registeredOn, @NotBlank @Size(max = 200) String place,
                            @Size(max = 2000) String reason, List<@Size(max = 200) String> goodsName,
                            List<@Size(max = 100) String> goodsQuantity, List<@Size(max = 200) String> goodsPlace) {

        PreservationForm {
            goodsName = pad(goodsName, GOODS_ROWS);
            goodsQuantity = pad(goodsQuantity, GOODS_ROWS);
            goodsPlace = pad(goodsPlace, GOODS_ROWS);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-14-DATE", "registeredOn").field("CASE-14-PLACE", "place");
        }
    }

    /** 查封/扣押: measure, day, place, reason, basis and the goods. */
    record SeizureForm(@NotBlank(message = "请选择查封或扣押") String measure, @NotBlank @DateText String startedOn,
                       @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 2000) String reason,
                       @Size(max = 2000) String basis, List<@Size(max = 200) String> goodsName,
                       List<@Size(max = 100) String> goodsQuantity, List<@Size(max = 200) String> goodsPlace) {

        SeizureForm {
            goodsName = pad(goodsName, GOODS_ROWS);
            goodsQuantity = pad(goodsQuantity, GOODS_ROWS);
            goodsPlace = pad(goodsPlace, GOODS_ROWS);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-14-DATE", "startedOn").field("CASE-14-PLACE", "place").field("CASE-14-REASON", "reason")
                    .field("CASE-14-MEASURE", "measure");
        }
    }

    /** 延期/分期缴纳: kind, the party's reason and the instalments (amount, due date; blank rows ignored). */
    record PlanForm(@NotBlank(message = "请选择延期缴纳或分期缴纳") String kind, @NotBlank @Size(max = 2000) String reason,
                    List<@Pattern(regexp = CaseForms.AMOUNT, message = CaseForms.AMOUNT_MESSAGE) String> amount,
                    List<@Size(max = 10) String> dueDate) {

        PlanForm {
            amount = pad(amount, PLAN_ROWS);
            dueDate = pad(dueDate, PLAN_ROWS);
        }

        List<PaymentPlans.Proposed> proposed() {
            List<PaymentPlans.Proposed> out = new ArrayList<>();
            int n = Math.min(Math.max(size(amount), size(dueDate)), 60);
            for (int i = 0; i < n; i++) {
                String a = at(amount, i);
                String d = at(dueDate, i);
                if ((a == null || a.isBlank()) && (d == null || d.isBlank())) {
                    continue;
                }
                out.add(new PaymentPlans.Proposed(CaseForms.amount(a, "每期金额"), Params.date("缴纳日期", d)));
            }
            return out;
        }

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-15-PLAN-REASON", "reason").field("CASE-15-PLAN-KIND", "kind");
        }
    }

    /** A payment: amount, day, receipt number. */
    record PaymentForm(@NotBlank @Pattern(regexp = CaseForms.AMOUNT, message = CaseForms.AMOUNT_MESSAGE) String amount,
                       @NotBlank @DateText String paidOn, @Size(max = 100) String receipt) {

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-15-PAYMENT", "amount").field("CASE-AMOUNT", "amount").field("CASE-15-PAYMENT-DATE", "paidOn");
        }
    }

    /**
     * A reconsideration or lawsuit: kind, day filed, and its body — for a reconsideration picked from the case's
     * {@code reviewBodies} ({@value #GOVERNMENT}: the people's government, else an agency's id), for a lawsuit the court
     * typed. It becomes the API's command ({@link RemedyFiling}); the domain's problems show next to these fields.
     */
    record RemedyForm(@NotBlank(message = "请选择行政复议或行政诉讼") String kind, @NotBlank @DateText String filedOn,
                      @Pattern(regexp = "|" + GOVERNMENT + "|\\d{1,18}", message = "请从列表中选择复议机关") String reviewBody,
                      @Size(max = 200) String court) {

        static final String GOVERNMENT = "GOVERNMENT";

        static void fields(PageRefusal refusal) {
            refusal.field("CASE-15-REMEDY-KIND", "kind").field("CASE-15-REMEDY-DATE", "filedOn")
                    .field("STAT-07-REVIEW-AGENCY", "reviewBody");
        }

        boolean reconsideration() {
            return RemedyKind.RECONSIDERATION.name().equalsIgnoreCase(kind == null ? "" : kind.strip());
        }

        RemedyFiling filing(List<RemedyFiling.ReviewBody> bodies) {
            if (!reconsideration()) {
                return RemedyFiling.of(kind, filedOn, court, null);
            }
            if (GOVERNMENT.equals(reviewBody)) {
                return RemedyFiling.of(kind, filedOn, bodies.get(0).name(), null);
            }
            Long agency = reviewBody == null || !reviewBody.matches("\\d{1,18}") ? null : Long.valueOf(reviewBody);
            return RemedyFiling.of(kind, filedOn, null, agency);
        }

        /** The form field of a domain problem: the reconsideration body's select, or the court. */
        String fieldOf(RemedyFiling.Problem p) {
            return switch (p.field()) {
                case "reviewAgencyId" -> "reviewBody";
                case "body" -> reconsideration() ? "reviewBody" : "court";
                default -> p.field();
            };
        }
    }
}
