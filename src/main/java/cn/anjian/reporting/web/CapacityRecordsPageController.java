package cn.anjian.reporting.web;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.capacity.CapacityEquipment;
import cn.anjian.reporting.capacity.CapacityQueries;
import cn.anjian.reporting.capacity.Vetoes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import jakarta.validation.Valid;
import cn.anjian.reporting.web.CapacityForms.OfficerForm;
import cn.anjian.reporting.web.CapacityForms.VetoForm;
import cn.anjian.reporting.web.CapacityForms.WorkstationForm;

/** CAP-03/04/09's records behind the dashboard: officers' qualifications and equipment, workstations, one-vote vetoes. */
@Controller
@RequestMapping("/reporting/capacity")
@RequiredArgsConstructor
class CapacityRecordsPageController {

    static final List<String> OFFICER_HEADER = List.of("姓名", "行政区划", "相关学历", "职业资格", "实践经验", "移动执法终端", "执法记录仪", "个人安全防护装备");
    static final List<String> WORKSTATION_HEADER = List.of("机构", "安装位置", "配备日期");
    static final List<String> VETO_HEADER = List.of("行政区划", "被否决单位", "年度", "否决事由", "否决日期", "取消评先评优资格人员");

    private final CapacityQueries queries;
    private final CapacityEquipment equipment;
    private final Vetoes vetoes;
    private final Jurisdictions jurisdictions;

    private void common(Actor actor, Map<String, String> q, Jurisdiction j, ListControls kit, Model model) {
        model.addAttribute("j", j);
        model.addAttribute("q", q);
        model.addAttribute("kit", kit);
        model.addAttribute("mayManage", actor.hasPermission("capacity:manage"));
    }

    @GetMapping("/officers")
    @PreAuthorize("hasAuthority('capacity:read')")
    String officers(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OfficerForm.blank());
        }
        Jurisdiction j = queries.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        ListSort.Sort sort = CapacityQueries.OFFICER_SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        common(actor, q, j, ListControls.of(FilterUrl.of("/reporting/capacity/officers").with("j", q.get("j")), sort, size), model);
        model.addAttribute("result", queries.officers(j, sort, Params.page(q.get("page")), size));
        return "reporting/officers";
    }

    @GetMapping("/officers/export")
    @PreAuthorize("hasAuthority('capacity:read')")
    ResponseEntity<StreamingResponseBody> exportOfficers(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Jurisdiction j = queries.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        ListSort.Sort sort = CapacityQueries.OFFICER_SORT.parse(q.get("sort"));
        return SheetExport.attachment("执法人员资质与装备.xlsx", "执法人员", OFFICER_HEADER, rows -> queries.eachOfficer(j, sort,
                r -> rows.add(r.name(), r.jurisdictionName(), yes(r.relevantEducation()), yes(r.relevantQualification()),
                        yes(r.relevantExperience()), yes(r.mobileTerminal()), yes(r.bodyRecorder()), yes(r.protectiveEquipment()))));
    }

    static String yes(boolean b) {
        return b ? "有" : "无";
    }

    @PostMapping("/officers")
    @PreAuthorize("hasAuthority('capacity:manage')")
    String recordOfficer(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") OfficerForm f, BindingResult errors,
                         PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> officers(actor, Map.of(), model)).field("CAP-OFFICER", "officerName");
        refusal.check(errors);
        equipment.recordOfficer(actor, f.officerName(), f.certificateNumber(), new CapacityEquipment.OfficerCapacity(
                Params.flag("相关学历", f.relevantEducation()), Params.flag("职业资格", f.relevantQualification()),
                Params.flag("实践经验", f.relevantExperience()), Params.flag("移动执法终端", f.mobileTerminal()),
                Params.flag("执法记录仪", f.bodyRecorder()), Params.flag("个人安全防护装备", f.protectiveEquipment())));
        flash.addFlashAttribute("notice", "执法人员资质与装备已登记");
        return "redirect:/reporting/capacity/officers";
    }

    @GetMapping("/workstations")
    @PreAuthorize("hasAuthority('capacity:read')")
    String workstations(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WorkstationForm.blank());
        }
        Jurisdiction j = queries.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        ListSort.Sort sort = CapacityQueries.WORKSTATION_SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        common(actor, q, j, ListControls.of(FilterUrl.of("/reporting/capacity/workstations").with("j", q.get("j")), sort, size), model);
        model.addAttribute("result", queries.workstations(j, sort, Params.page(q.get("page")), size));
        return "reporting/workstations";
    }

    @GetMapping("/workstations/export")
    @PreAuthorize("hasAuthority('capacity:read')")
    ResponseEntity<StreamingResponseBody> exportWorkstations(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Jurisdiction j = queries.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        ListSort.Sort sort = CapacityQueries.WORKSTATION_SORT.parse(q.get("sort"));
        return SheetExport.attachment("采集工作站.xlsx", "采集工作站", WORKSTATION_HEADER, rows -> queries.eachWorkstation(j, sort,
                r -> rows.add(r.agencyName(), r.location(), Fmt.date(r.installedOn()))));
    }

    @PostMapping("/workstations")
    @PreAuthorize("hasAuthority('capacity:manage')")
    String addWorkstation(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") WorkstationForm f, BindingResult errors,
                          PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> workstations(actor, Map.of(), model)).field("CAP-WORKSTATION", "location")
                .field("CAP-WORKSTATION-DATE", "installedOn");
        refusal.check(errors);
        equipment.addWorkstation(actor, f.location(), Params.requiredDate("配备日期", f.installedOn()));
        flash.addFlashAttribute("notice", "采集工作站已登记");
        return "redirect:/reporting/capacity/workstations";
    }

    @GetMapping("/vetoes")
    @PreAuthorize("hasAuthority('capacity:read')")
    String vetoes(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", VetoForm.blank());
        }
        Jurisdiction j = queries.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        Integer year = Params.optionalInteger("年度", q.get("year"));
        ListSort.Sort sort = CapacityQueries.VETO_SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        common(actor, q, j, ListControls.of(FilterUrl.of("/reporting/capacity/vetoes").with("j", q.get("j")).with("year", q.get("year")),
                sort, size), model);
        List<Jurisdiction> places = new ArrayList<>(List.of(j));
        places.addAll(jurisdictions.children(j.id()));
        model.addAttribute("places", places);
        model.addAttribute("result", queries.vetoes(j, year, sort, Params.page(q.get("page")), size));
        return "reporting/vetoes";
    }

    @GetMapping("/vetoes/export")
    @PreAuthorize("hasAuthority('capacity:read')")
    ResponseEntity<StreamingResponseBody> exportVetoes(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Jurisdiction j = queries.jurisdiction(actor, Params.optionalId("行政区划", q.get("j")));
        Integer year = Params.optionalInteger("年度", q.get("year"));
        ListSort.Sort sort = CapacityQueries.VETO_SORT.parse(q.get("sort"));
        return SheetExport.attachment("一票否决.xlsx", "一票否决", VETO_HEADER, rows -> queries.eachVeto(j, year, sort,
                r -> rows.add(r.jurisdictionName(), r.unitName(), r.year(), r.reason(), Fmt.date(r.decidedOn()), r.persons())));
    }

    @PostMapping("/vetoes")
    @PreAuthorize("hasAuthority('capacity:manage')")
    String recordVeto(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") VetoForm f, BindingResult errors,
                      PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> vetoes(actor, Map.of(), model)).field("CAP-VETO-UNIT", "unitName").field("CAP-VETO-REASON", "reason")
                .field("CAP-VETO-DATE", "decidedOn").field("CAP-VETO-YEAR", "year").field("CAP-VETO-PERSON", "persons")
                .field("CAP-09", "persons");
        refusal.check(errors);
        List<Vetoes.Person> persons = new ArrayList<>();
        for (String line : f.persons().split("[\\n、,，]")) {
            String[] parts = line.strip().split("\\s+", 2);
            if (!parts[0].isBlank()) {
                persons.add(new Vetoes.Person(parts[0], parts.length > 1 ? parts[1] : null));
            }
        }
        vetoes.record(actor, Params.id("行政区划", f.jurisdictionId()), f.unitName(),
                Integer.parseInt(f.year().strip()), f.reason(), Params.requiredDate("否决日期", f.decidedOn()), persons);
        flash.addFlashAttribute("notice", "一票否决已登记，相关人员当年评先评优资格已取消");
        return "redirect:/reporting/capacity/vetoes";
    }
}
