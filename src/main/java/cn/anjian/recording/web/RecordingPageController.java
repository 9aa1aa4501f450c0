package cn.anjian.recording.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.recording.ActivityKind;
import cn.anjian.recording.AvKind;
import cn.anjian.recording.Classification;
import cn.anjian.recording.ContentShown;
import cn.anjian.recording.DeviceKind;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.recording.RecordMetadata;
import cn.anjian.recording.RetentionReason;
import cn.anjian.recording.TextKind;
import cn.anjian.recording.internal.ActivityView;
import cn.anjian.recording.internal.EvidenceExport;
import cn.anjian.recording.internal.RecordInput;
import cn.anjian.recording.internal.PublicNotices;
import cn.anjian.recording.internal.RecordView;
import cn.anjian.recording.internal.RecordingService;
import cn.anjian.recording.internal.RequiredRecords;
import cn.anjian.recording.internal.RequiredTextRecords;
import cn.anjian.recording.internal.Requirement;
import cn.anjian.recording.web.RecordingForms.ActivityForm;
import cn.anjian.recording.web.RecordingForms.UploadForm;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pages of full-process recording: the case panel (an htmx fragment the case detail page includes, also
 * shown on its own page) and the cross-case list {@code /recordings}. Panel forms post with htmx and get
 * the panel back, refusals shown inline next to the form that caused them.
 */
@Controller
@RequiredArgsConstructor
class RecordingPageController {

    private final RecordingService recording;
    private final EvidenceExport export;
    private final Cases cases;
    private final Files files;
    private final RequiredTextRecords requiredRecords;
    private final PublicNotices notices;

    /** The panel fragment carries forms: make sure the CSRF token (and its session) exists before rendering streams. */
    @org.springframework.web.bind.annotation.ModelAttribute
    void csrfToken(jakarta.servlet.http.HttpServletRequest request) {
        Object token = request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
        if (token instanceof org.springframework.security.web.csrf.CsrfToken t) {
            t.getToken();
        }
    }

    @GetMapping("/recording/cases/{id}")
    @PreAuthorize("hasAuthority('record:read')")
    String page(@PathVariable String id, @AuthenticationPrincipal Actor actor, Model model) {
        panelModel(Params.id("id", id), actor, model, null, null);
        return "recording/case";
    }

    @GetMapping("/recording/cases/{id}/panel")
    @PreAuthorize("hasAuthority('record:read')")
    String panel(@PathVariable String id, @AuthenticationPrincipal Actor actor, Model model) {
        panelModel(Params.id("id", id), actor, model, null, null);
        return "recording/panel :: panel";
    }

    /** The page's upload: the file either in this multipart request or already in the file store ({@code fileId}). */
    @PostMapping("/recording/cases/{id}/records")
    @PreAuthorize("hasAuthority('record:upload')")
    String upload(@PathVariable String id, @Valid @ModelAttribute("uploadForm") UploadForm form, BindingResult errors,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal Actor actor, Model model, PageRefusal refusal) throws IOException {
        long caseId = Params.id("id", id);
        refusal.renderFragment("error", () -> {
            panelModel(caseId, actor, model, "upload", null); // the typed input stays in the bound form
            return "recording/panel :: panel";
        });
        refusal.check(errors);
        RecordMetadata m = form.metadata(caseId);
        RecordInput input = RecordInput.of(m);
        StoredFile stored;
        if (m.fileId() != null) {
            stored = files.find(m.fileId(), actor);
        } else if (file != null && !file.isEmpty()) {
            try (InputStream in = file.getInputStream()) {
                stored = files.store(in, file.getOriginalFilename(), file.getContentType(), null, actor);
            }
        } else {
            throw BusinessException.badInput("FILE-MISSING", "请选择要上传的文件");
        }
        RecordView r = recording.addRecord(input, stored, actor);
        fresh(model);
        panelModel(caseId, actor, model, "upload", null);
        model.addAttribute("uploaded", r);
        return "recording/panel :: panel";
    }

    @PostMapping("/recording/cases/{id}/activities")
    @PreAuthorize("hasAuthority('record:upload')")
    String openActivity(@PathVariable String id, @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult errors,
                        @AuthenticationPrincipal Actor actor, Model model, PageRefusal refusal) {
        long caseId = Params.id("id", id);
        return act(caseId, actor, model, refusal, "activity", () -> {
            refusal.check(errors);
            notices.open(caseId, form.toActivity(), form.certificatesShownFlag(), form.rightsInformedFlag(), actor);
        });
    }

    /** PUB-02 recorded after the activity was registered: both facts confirmed. */
    @PostMapping("/recording/activities/{id}/public-notice")
    @PreAuthorize("hasAuthority('record:upload')")
    String publicNotice(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor,
                        Model model, PageRefusal refusal) {
        ActivityView a = recording.activity(Params.id("id", id), actor);
        return act(a.caseId(), actor, model, refusal, "notice-" + a.id(), () -> notices.record(a.id(),
                "true".equals(form.get("certificatesShown")), "true".equals(form.get("rightsInformed")), actor));
    }

    @PostMapping("/recording/activities/{id}/end")
    @PreAuthorize("hasAuthority('record:upload')")
    String endActivity(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor,
                       Model model, PageRefusal refusal) {
        ActivityView a = recording.activity(Params.id("id", id), actor);
        return act(a.caseId(), actor, model, refusal, "end-" + a.id(), () -> recording.endActivity(a.id(), form.get("endedAt"),
                "true".equals(form.get("remoteWork")), form.get("returnedAt"), actor));
    }

    @PostMapping("/recording/activities/{id}/exemption")
    @PreAuthorize("hasAuthority('record:upload')")
    String exempt(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor,
                  Model model, PageRefusal refusal) {
        ActivityView a = recording.activity(Params.id("id", id), actor);
        return act(a.caseId(), actor, model, refusal, "exempt-" + a.id(),
                () -> recording.exempt(a.id(), form.get("reason"), form.get("note"), actor));
    }

    @PostMapping("/recording/cases/{id}/retention")
    @PreAuthorize("hasAuthority('record:manage')")
    String longTerm(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor,
                    Model model, PageRefusal refusal) {
        long caseId = Params.id("id", id);
        return act(caseId, actor, model, refusal, "retention", () -> recording.flagLongTerm(caseId, form.get("reason"), form.get("note"), actor));
    }

    @PostMapping("/recording/records/{id}/destroy")
    @PreAuthorize("hasAuthority('record:manage')")
    String destroy(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor,
                   Model model, PageRefusal refusal) {
        RecordView r = recording.record(Params.id("id", id), actor);
        return act(r.caseId(), actor, model, refusal, "destroy-" + r.id(), () -> recording.destroy(r.id(), form.get("note"), actor));
    }

    /** REC-11 from the page: a normal form post answered with the zip download. */
    @PostMapping("/recording/cases/{id}/export")
    @PreAuthorize("hasAuthority('record:export')")
    void exportZip(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal Actor actor,
                   HttpServletResponse response) throws IOException {
        List<Long> ids = new ArrayList<>();
        for (String v : form.getOrDefault("recordId", List.of())) {
            ids.add(Params.id("recordId", v));
        }
        Downloads.zip(export.export(Params.id("id", id), new EvidenceExport.Request(ids, form.getFirst("purpose"),
                form.getFirst("medium")), actor), response);
    }

    // ------------------------------------------------------------------------------------------

    private String act(long caseId, Actor actor, Model model, PageRefusal refusal, String form, Runnable action) {
        refusal.renderFragment("error", () -> {
            panelModel(caseId, actor, model, form, null);
            return "recording/panel :: panel";
        });
        action.run();
        fresh(model);
        panelModel(caseId, actor, model, form, null);
        return "recording/panel :: panel";
    }

    /** After a successful post the panel's forms start blank again (not with what was just saved). */
    private static void fresh(Model model) {
        for (String name : new String[] {"activityForm", "uploadForm"}) {
            model.asMap().remove(name);
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
        }
    }

    private void panelModel(long caseId, Actor actor, Model model, String form, String error) {
        CaseRef c = cases.ref(caseId, actor);
        model.addAttribute("maxUploadSize", files.maxSize());
        List<RecordView> records = recording.recordsOf(caseId, actor);
        Map<CaseStage, List<RecordView>> byStage = new EnumMap<>(CaseStage.class);
        for (RecordView r : records) {
            byStage.computeIfAbsent(r.stage(), s -> new ArrayList<>()).add(r);
        }
        List<Requirement> required = requiredRecords.due(caseId, c.kind());
        List<Requirement> missing = RequiredRecords.missing(required, requiredRecords.present(caseId));
        List<ActivityView> activities = recording.activitiesOf(caseId, actor);
        List<DeadlineView> deadlines = recording.deadlines(caseId, actor);
        List<cn.anjian.enforcement.TeamMemberRef> team = cases.team(caseId, actor);
        Map<Long, String> officerNames = new java.util.HashMap<>();
        team.forEach(m -> officerNames.put(m.personId(), m.name()));
        model.addAttribute("c", c);
        model.addAttribute("team", team);
        model.addAttribute("officerNames", officerNames);
        model.addAttribute("byStage", byStage);
        model.addAttribute("avRecords", records.stream().filter(r -> r.av() && !r.destroyed()).toList());
        model.addAttribute("required", required);
        model.addAttribute("missing", missing);
        model.addAttribute("activities", activities);
        model.addAttribute("missingAv", activities.stream().filter(ActivityView::missingAv).count());
        Map<Long, PublicNotices.NoticeView> noticeViews = notices.of(caseId, actor);
        model.addAttribute("notices", noticeViews);
        model.addAttribute("noNotice", PublicNotices.missing(activities, noticeViews));
        model.addAttribute("gaps", records.stream().filter(RecordView::gapFlagged).count());
        model.addAttribute("notInformed", records.stream().filter(r -> r.notInformed() && !r.destroyed()).count());
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("caseFile", recording.caseFile(caseId));
        model.addAttribute("exports", export.exportsOf(caseId, actor));
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("openStages", java.util.Arrays.stream(CaseStage.values()).filter(s -> s.ordinal() <= c.stage().ordinal()).toList());
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("avKinds", AvKind.values());
        model.addAttribute("textKinds", TextKind.values());
        model.addAttribute("devices", DeviceKind.values());
        model.addAttribute("shownKinds", ContentShown.values());
        model.addAttribute("classifications", java.util.Arrays.stream(Classification.values())
                .filter(cl -> cl.clearance() == null || actor.hasPermission(cl.clearance())).toList());
        model.addAttribute("exemptionReasons", ExemptionReason.values());
        model.addAttribute("retentionReasons", RetentionReason.values());
        model.addAttribute("tolerance", recording.gapTolerance().toSeconds());
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", ActivityForm.blank());
        }
        if (!model.containsAttribute("uploadForm")) {
            model.addAttribute("uploadForm", UploadForm.blank(c.stage(), team.stream().map(cn.anjian.enforcement.TeamMemberRef::personId).toList()));
        }
    }
}
