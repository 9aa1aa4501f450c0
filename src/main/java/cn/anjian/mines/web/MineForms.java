package cn.anjian.mines.web;

import java.util.List;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.registry.NewCommissioner;
import cn.anjian.mines.registry.NewMine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The registry's forms: fields as typed text, converted after every field error has been collected. */
final class MineForms {

    static final String DECIMAL = "\\s*-?\\d{1,3}(\\.\\d{1,6})?\\s*";

    private MineForms() {
    }

    record MineForm(@NotBlank @Size(max = 18) String creditCode, @NotBlank String kind,
                    @Pattern(regexp = "\\s*\\d{0,12}\\s*", message = "须为不超过 12 位的整数（吨）") String annualStrippingTonnes,
                    @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "请选择所属矿山") String parentMineId,
                    @NotBlank String productionStatus, @NotBlank String supervisingLevel,
                    @Pattern(regexp = "(" + DECIMAL + ")?", message = "须为纬度数值，如 35.49") String latitude,
                    @Pattern(regexp = "(" + DECIMAL + ")?", message = "须为经度数值，如 112.85") String longitude,
                    @Size(max = 2000) String workingSites, @Size(max = 2000) String systems) {

        static MineForm blank() {
            return new MineForm("", "", "", "", ProductionStatus.PRODUCING.name(), "", "", "", "", "");
        }

        NewMine toNew(long enterpriseId) {
            MineKind k = Params.requiredChoice("MC-01-KIND", MineKind.class, "矿山类型", kind, MineKind::label);
            String t = annualStrippingTonnes == null ? "" : annualStrippingTonnes.strip();
            return new NewMine(enterpriseId, k, t.isEmpty() ? null : Long.parseLong(t), Params.optionalId("所属矿山", parentMineId),
                    Params.requiredChoice("MC-01-STATUS", ProductionStatus.class, "生产状态", productionStatus, ProductionStatus::label),
                    Params.requiredChoice("MC-01-LEVEL", SupervisingLevel.class, "监管层级", supervisingLevel, SupervisingLevel::label),
                    Params.decimal("纬度", latitude), Params.decimal("经度", longitude), workingSites, systems);
        }

        static void fields(PageRefusal refusal) {
            refusal.field("MC-01-ENTERPRISE", "creditCode").field("MC-01-DUPLICATE", "creditCode")
                    .field("MC-01-KIND", "kind").field("MC-01-TONNES", "annualStrippingTonnes")
                    .field("MC-01-PARENT", "parentMineId").field("MC-01-STATUS", "productionStatus")
                    .field("MC-01-LEVEL", "supervisingLevel").field("MC-01-LOCATION", "latitude");
        }
    }

    record CommissionerForm(@NotBlank @Size(max = 18) String idCard,
                            @NotBlank String employment, String conditionsMet,
                            @Pattern(regexp = "(\\s*\\d{4}-\\d{2}-\\d{2}\\s*)?", message = "须为日期，如 2026-03-15") String trainingPassedOn,
                            List<String> specialties,
                            @NotBlank @Pattern(regexp = DECIMAL, message = "须为纬度数值，如 35.49") String homeLatitude,
                            @NotBlank @Pattern(regexp = DECIMAL, message = "须为经度数值，如 112.85") String homeLongitude) {

        static CommissionerForm blank() {
            return new CommissionerForm("", Employment.IN_BUDGET.name(), "", "", List.of(), "", "");
        }

        NewCommissioner toNew(long personId) {
            java.util.Set<Specialty> sp = java.util.EnumSet.noneOf(Specialty.class);
            if (specialties != null) {
                specialties.forEach(s -> sp.add(Params.requiredChoice("MC-04-SPECIALTY", Specialty.class, "专业", s, Specialty::label)));
            }
            return new NewCommissioner(personId,
                    Params.requiredChoice("MC-04-EMPLOYMENT", Employment.class, "人员身份", employment, Employment::label),
                    "true".equals(conditionsMet), Params.date("检查工作表培训通过日期", trainingPassedOn), sp,
                    Params.decimal("纬度", homeLatitude), Params.decimal("经度", homeLongitude));
        }

        static void fields(PageRefusal refusal) {
            refusal.field("MC-04-PERSON", "idCard").field("MC-04-DUPLICATE", "idCard")
                    .field("MC-04-HOME", "homeLatitude").field("MC-04-EMPLOYMENT", "employment")
                    .field("MC-04-SPECIALTY", "specialties");
        }
    }
}
