package cn.anjian.enterprises.web;

import cn.anjian.enterprises.EnterpriseContacts;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.NewConflict;
import cn.anjian.enterprises.NewListing;
import cn.anjian.enterprises.Relation;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The enterprise pages' forms, bound with {@code @Valid} (docs/conventions.md "Web kit"): fields as typed
 * (text), shape checked by the constraints so every error shows at once next to its field; the credit
 * code's check digit, coordinate ranges, date order and the rest are the domain's, whose refusal codes
 * {@link #fields} puts next to the same fields.
 */
final class EnterpriseForms {

    /** A coordinate as typed: an optional sign, digits and at most 8 decimals (the range is the domain's). */
    static final String COORDINATE = "\\s*(-?\\d{1,3}(\\.\\d{1,8})?)?\\s*";
    static final String COORDINATE_MESSAGE = "须为数字，例如 35.49";

    private EnterpriseForms() {
    }

    /** The create/edit form of an enterprise. */
    record EnterpriseData(@NotBlank @Size(max = 200) String name,
                          @Size(max = 18, message = "统一社会信用代码为 18 位") String creditCode,
                          @NotBlank(message = "请选择主体类型") String kind,
                          @NotBlank(message = "请选择行业类别") String industry,
                          @Size(max = 300) String address,
                          @Pattern(regexp = COORDINATE, message = COORDINATE_MESSAGE) String latitude,
                          @Pattern(regexp = COORDINATE, message = COORDINATE_MESSAGE) String longitude,
                          @NotBlank(message = "请选择风险等级") String riskGrade,
                          @NotBlank(message = "请选择经营状态") String status) {

        static EnterpriseData of(EnterpriseView e) {
            return new EnterpriseData(e.name(), e.creditCode(), e.kind().name(), e.industry().name(), e.address(),
                    e.latitude() == null ? null : e.latitude().toPlainString(),
                    e.longitude() == null ? null : e.longitude().toPlainString(), e.riskGrade().name(), e.status().name());
        }

        static EnterpriseData blank() {
            return new EnterpriseData(null, null, "LEGAL_PERSON", null, null, null, null, "C", "OPERATING");
        }

        EnterpriseForm toForm(Long jurisdictionId) {
            return new EnterpriseForm(name, creditCode,
                    Params.choice("ENT-KIND", EnterpriseKind.class, "主体类型", kind, EnterpriseKind::label),
                    Params.choice("ENT-INDUSTRY", Industry.class, "行业类别", industry, Industry::label), address,
                    Params.decimal("纬度", latitude), Params.decimal("经度", longitude), jurisdictionId,
                    Params.choice("ENT-RISK", RiskGrade.class, "风险等级", riskGrade, RiskGrade::label),
                    Params.choice("ENT-STATUS", EnterpriseStatus.class, "经营状态", status, EnterpriseStatus::label));
        }

        /** The domain's refusal codes that belong to one field of this form. */
        static void fields(PageRefusal refusal) {
            refusal.field("ENT-NAME", "name").field("ENT-CREDIT-CODE", "creditCode").field("ENT-DUPLICATE", "creditCode")
                    .field("ENT-KIND", "kind").field("ENT-INDUSTRY", "industry").field("ENT-ADDRESS", "address")
                    .field("ENT-LATITUDE", "latitude").field("ENT-LONGITUDE", "longitude").field("ENT-RISK", "riskGrade")
                    .field("ENT-STATUS", "status");
        }
    }

    /** A conflicts-register entry (the relation's dates and the look-back rule are the domain's). */
    record ConflictForm(@NotBlank @Pattern(regexp = "\\s*[1-9]\\d{0,17}\\s*", message = "须为人员编号（正整数）") String personId,
                        @NotBlank @Size(max = 50) String personName,
                        @NotBlank(message = "请选择关系类型") String relation,
                        @NotBlank @DateText String fromDate,
                        @DateText String toDate,
                        @Size(max = 200) String note) {

        static ConflictForm blank() {
            return new ConflictForm(null, null, Relation.values()[0].name(), null, null, null);
        }

        NewConflict toConflict() {
            return new NewConflict(Params.optionalId("人员编号", personId), personName,
                    Params.choice("ENT-RELATION", Relation.class, "关系类型", relation, Relation::label),
                    Params.date("起始日期", fromDate), Params.date("终止日期", toDate), note);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("ENT-PERSON", "personId").field("ENT-PERSON-NAME", "personName").field("ENT-RELATION", "relation")
                    .field("ENT-FROM", "fromDate").field("ENT-TO", "toDate").field("ENT-NOTE", "note");
        }
    }

    /** Putting the enterprise on the blacklist (CAP-07); "already listed" and the date order are the domain's. */
    record ListingForm(@NotBlank @Size(max = 500) String grounds,
                       @NotBlank @Size(max = 100) String decisionDoc,
                       @NotBlank @DateText String fromDate,
                       @DateText String toDate) {

        static ListingForm blank() {
            return new ListingForm(null, null, null, null);
        }

        NewListing toListing() {
            return new NewListing(grounds, decisionDoc, Params.date("列入日期", fromDate), Params.date("移出期限", toDate));
        }

        static void fields(PageRefusal refusal) {
            refusal.field("CAP-07-GROUNDS", "grounds").field("CAP-07-DOC", "decisionDoc").field("CAP-07-FROM", "fromDate")
                    .field("CAP-07-TO", "toDate");
        }
    }

    /** Issue 12: the legal representative and the contact; the phone's format is the domain's ({@code EnterpriseContacts}). */
    record ContactsForm(@Size(max = 50) String legalRepresentative,
                        @Size(max = 50) String contactName,
                        @Size(max = 20) String contactPhone) {

        static ContactsForm of(EnterpriseContacts.Contacts c) {
            return new ContactsForm(c.legalRepresentative(), c.contactName(), null);
        }

        EnterpriseContacts.Contacts toContacts() {
            return new EnterpriseContacts.Contacts(legalRepresentative, contactName, contactPhone);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("ENT-LEGAL-REP", "legalRepresentative").field("ENT-CONTACT-NAME", "contactName")
                    .field("ENT-CONTACT-PHONE", "contactPhone");
        }
    }
}
