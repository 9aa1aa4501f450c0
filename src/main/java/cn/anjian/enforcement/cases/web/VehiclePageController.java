package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.InspectionVehicles;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** STAT-06: the vehicles used on an inspection, on the case page (inline error) and in the API. */
@Controller
@RequiredArgsConstructor
class VehiclePageController {

    private final InspectionVehicles vehicles;
    private final CaseService cases;
    private final CaseDetailPage detail;

    @PostMapping("/cases/{id}/vehicles")
    @PreAuthorize("hasAuthority('case:manage')")
    String record(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("vehicleForm") VehicleForm form,
                  BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        long caseId = Params.id("id", id);
        cases.get(actor, caseId); // another county's case: 404 before the form is read
        refusal.render("error_vehicles", () -> detail.render(actor, caseId, model)).field("STAT-06-VEHICLE-PLATES", "plates");
        refusal.check(errors);
        InspectionVehicles.Vehicles v = vehicles.record(actor, caseId, form.plates());
        flash.addFlashAttribute("notice", v.count() == 0 ? "已清除动用车辆" : "已登记动用执法车辆 " + v.count() + " 辆");
        return "redirect:/cases/" + caseId + "#vehicles";
    }

    @GetMapping("/api/v1/cases/{id}/vehicles")
    @PreAuthorize("hasAuthority('case:read')")
    @ResponseBody
    InspectionVehicles.Vehicles get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return vehicles.get(actor, Params.id("id", id));
    }

    @PutMapping("/api/v1/cases/{id}/vehicles")
    @PreAuthorize("hasAuthority('case:manage')")
    @ResponseBody
    InspectionVehicles.Vehicles put(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                    @RequestBody(required = false) VehicleRequest body) {
        long caseId = Params.id("id", id);
        cases.get(actor, caseId);
        Params.requireBody(body, "请提交车牌号码（plates，多个以逗号分隔，空则清除）");
        return vehicles.record(actor, caseId, body.plates());
    }

    /** The plates, separated by commas; blank clears them. */
    record VehicleRequest(String plates) {
    }
}
