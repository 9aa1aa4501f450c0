package cn.anjian.experts.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.experts.meetings.MeetingKind;
import cn.anjian.experts.meetings.MeetingQueries;
import cn.anjian.experts.meetings.MeetingOpinions;
import cn.anjian.experts.meetings.Meetings;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.files.VerifiedDownloads;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** EXP-17 pages: the meetings list (list kit), planning a meeting, holding it (minutes and attendance), the minutes. */
@Controller
@RequestMapping("/experts/meetings")
@RequiredArgsConstructor
class ExpertMeetingController {

    static final List<String> HEADER = List.of("会议名称", "类别", "专业组", "年度", "季度", "计划日期", "召开日期", "状态", "专家库");

    record MeetingForm(@NotBlank String kind, String field, @NotBlank @DateText String plannedOn,
                       @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String agenda) {
    }

    record OpinionForm(@NotBlank @Size(max = 4000) String opinions, @NotBlank @Size(max = 2000) String conclusion) {
    }

    record HoldForm(@NotBlank @DateText String heldOn, @Size(max = 4000) String note, List<Long> present) {
    }

    private final Meetings meetings;
    private final MeetingQueries queries;
    private final PoolStructure structure;
    private final Files files;
    private final MeetingOpinions opinions;

    @GetMapping
    @PreAuthorize("hasAuthority('expert:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model, PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : List.of("year", "kind")) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        model.addAttribute("q", q);
        model.addAttribute("kinds", MeetingKind.values());
        FilterUrl url = FilterUrl.of("/experts/meetings").with("year", q.get("year")).with("kind", q.get("kind"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", queries.list(actor, new MeetingQueries.Filter(null, null), MeetingQueries.SORT.defaults(), 0,
                    PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url, MeetingQueries.SORT.defaults(), PageSize.DEFAULT));
            return "experts/meetings";
        });
        MeetingQueries.Filter filter = MeetingQueries.filter(q);
        ListSort.Sort sort = MeetingQueries.SORT.parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        model.addAttribute("kit", ListControls.of(url, sort, size));
        model.addAttribute("result", queries.list(actor, filter, sort, Params.page(params.get("page")), size));
        return "experts/meetings";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        MeetingQueries.Filter f = MeetingQueries.filter(q);
        ListSort.Sort sort = MeetingQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("专家会议.xlsx", "专家会议", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.title(), r.kind().label(), r.fieldName() == null ? "全体" : r.fieldName(), String.valueOf(r.year()),
                        r.quarter() == null ? "" : "第" + r.quarter() + "季度", r.plannedOn().toString(),
                        r.heldOn() == null ? "" : r.heldOn().toString(), r.status().label(), r.agencyName())));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('expert:manage')")
    String newForm(Model model) {
        model.addAttribute("form", new MeetingForm("QUARTERLY", "", "", "", ""));
        return formPage(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('expert:manage')")
    String plan(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
                Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> formPage(model)).field("EXP-17-KIND", "kind").field("EXP-FIELD", "field")
                .field("EXP-17-PLANNED-ON", "plannedOn").field("EXP-17-TITLE", "title").field("EXP-17-AGENDA", "agenda");
        if ("QUARTERLY".equals(form.kind()) && (form.field() == null || form.field().isBlank())) {
            errors.rejectValue("field", "required", "会商研判工作会议请选择行业领域");
        }
        refusal.check(errors);
        long id = meetings.plan(actor, new Meetings.NewMeeting(Params.choice("EXP-17-KIND", MeetingKind.class, "会议类别",
                form.kind(), MeetingKind::label), form.field(), Params.date("计划日期", form.plannedOn()), form.title(), form.agenda()));
        flash.addFlashAttribute("notice", "会议已安排");
        return "redirect:/experts/meetings/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('expert:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return detailPage(actor, id, model);
    }

    @PostMapping("/{id}/hold")
    @PreAuthorize("hasAuthority('expert:manage')")
    String hold(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("holdForm") HoldForm form,
                BindingResult errors, @RequestParam(required = false) MultipartFile minutes, Model model, PageRefusal refusal,
                RedirectAttributes flash) {
        refusal.render("holdError", () -> detailPage(actor, id, model)).field("EXP-17-HELD-ON", "heldOn")
                .field("EXP-17-NOTE", "note").field("EXP-17-ATTENDANCE", "present");
        refusal.check(errors);
        Set<Long> present = form.present() == null ? Set.of() : new HashSet<>(form.present());
        meetings.hold(actor, id, Params.date("召开日期", form.heldOn()), form.note(), minutes == null || minutes.isEmpty() ? null
                : new Upload(minutes), present);
        flash.addFlashAttribute("notice", "已登记会议召开情况");
        return "redirect:/experts/meetings/" + id;
    }

    @GetMapping("/{id}/minutes")
    @PreAuthorize("hasAuthority('expert:read')")
    void minutes(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletResponse response) {
        StoredFile f = meetings.minutes(actor, id);
        VerifiedDownloads.send(f, response, files::copyVerified);
    }

    @PostMapping("/{id}/opinion")
    @PreAuthorize("hasAuthority('expert:manage')")
    String opinion(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("opinionForm") OpinionForm form,
                   BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        queries.get(actor, id); // another county's meeting: 404 before the form is looked at
        refusal.render("opinionError", () -> detailPage(actor, id, model)).field("EXP-17-OPINIONS", "opinions")
                .field("EXP-17-CONCLUSION", "conclusion");
        refusal.check(errors);
        String number = opinions.issue(actor, id, form.opinions(), form.conclusion());
        flash.addFlashAttribute("notice", "已形成会商意见：" + number);
        return "redirect:/experts/meetings/" + id;
    }

    @GetMapping("/{id}/opinion")
    @PreAuthorize("hasAuthority('expert:read')")
    void opinionFile(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletResponse response) {
        StoredFile f = opinions.file(actor, id);
        VerifiedDownloads.send(f, response, files::copyVerified);
    }

    private String detailPage(Actor actor, long id, Model model) {
        model.addAttribute("m", queries.get(actor, id));
        model.addAttribute("opinion", opinions.view(actor, id).orElse(null));
        if (!model.containsAttribute("opinionForm")) {
            model.addAttribute("opinionForm", new OpinionForm("", ""));
        }
        if (!model.containsAttribute("holdForm")) {
            model.addAttribute("holdForm", new HoldForm("", "", List.of()));
        }
        return "experts/meeting";
    }

    private String formPage(Model model) {
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("fields", structure.fields());
        return "experts/meeting-form";
    }

    private record Upload(MultipartFile file) implements Meetings.Minutes {
        public String name() {
            return file.getOriginalFilename() == null ? "会议纪要" : file.getOriginalFilename();
        }

        public String contentType() {
            return file.getContentType();
        }

        public long size() {
            return file.getSize();
        }

        public InputStream open() throws IOException {
            return file.getInputStream();
        }
    }
}
