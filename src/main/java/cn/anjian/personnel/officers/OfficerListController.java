package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.org.Agencies;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Issue 12: the officers' trainings and certificates as lists (personnel menu), each with its Excel export. */
@Controller
@RequiredArgsConstructor
class OfficerListController {

    static final List<String> TRAINING_HEADER = List.of("姓名", "身份证号", "联系电话", "所属机构", "内设机构", "培训名称", "培训类别",
            "学时", "开始日期", "结束日期", "集中脱产", "考试结果", "考试成绩", "出勤");
    static final List<String> CERTIFICATE_HEADER = List.of("姓名", "身份证号", "联系电话", "所属机构", "内设机构", "证件编号", "证件类别",
            "发证机关", "有效期起", "有效期至", "状态");

    private final OfficerLists lists;
    private final Agencies agencies;
    private final Clock clock;

    @GetMapping("/personnel/trainings")
    @PreAuthorize("hasAuthority('personnel:read')")
    String trainings(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        FilterUrl url = url("/personnel/trainings", q);
        choices(actor, q, model);
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("states", ExamResult.values());
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(url, OfficerLists.TRAINING_SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", new PageResult<>(List.of(), 0, PageSize.DEFAULT, 0));
            return "personnel/officer-trainings";
        });
        OfficerLists.Filter f = OfficerLists.filter(q, true);
        ListControls kit = ListControls.of(url, OfficerLists.TRAINING_SORT.parse(q.get("sort")), PageSize.parse(q.get("size")));
        model.addAttribute("kit", kit);
        model.addAttribute("result", lists.trainings(actor, f, kit.sort(), Params.page(q.get("page")), kit.size()));
        return "personnel/officer-trainings";
    }

    @GetMapping({"/personnel/trainings/export", "/api/v1/personnel/trainings/export"})
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> exportTrainings(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        OfficerLists.Filter f = OfficerLists.filter(q, true);                       // refused before the response starts
        ListSort.Sort sort = OfficerLists.TRAINING_SORT.parse(q.get("sort"));
        return SheetExport.attachment("执法人员培训记录.xlsx", "培训记录", TRAINING_HEADER, rows -> lists.eachTraining(actor, f, sort,
                t -> rows.add(t.name(), t.idCardMasked(), t.phoneMasked(), t.agencyName(), t.unitName(), t.course(),
                        t.kind().label(), Fmt.hours(t.hours()), Fmt.date(t.start()), Fmt.date(t.end()),
                        t.centralised() ? "是" : "否", t.exam().label(), t.examScore(), t.attendance().label())));
    }

    @GetMapping("/personnel/certificates")
    @PreAuthorize("hasAuthority('personnel:read')")
    String certificates(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model,
                        PageRefusal refusal) {
        FilterUrl url = url("/personnel/certificates", q);
        choices(actor, q, model);
        model.addAttribute("kinds", CertificateKind.values());
        model.addAttribute("states", CertificateStatus.values());
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(url, OfficerLists.CERTIFICATE_SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", new PageResult<>(List.of(), 0, PageSize.DEFAULT, 0));
            return "personnel/officer-certificates";
        });
        OfficerLists.Filter f = OfficerLists.filter(q, false);
        ListControls kit = ListControls.of(url, OfficerLists.CERTIFICATE_SORT.parse(q.get("sort")), PageSize.parse(q.get("size")));
        model.addAttribute("kit", kit);
        model.addAttribute("result", lists.certificates(actor, f, kit.sort(), Params.page(q.get("page")), kit.size(), today()));
        return "personnel/officer-certificates";
    }

    @GetMapping({"/personnel/certificates/export", "/api/v1/personnel/certificates/export"})
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> exportCertificates(@AuthenticationPrincipal Actor actor,
                                                             @RequestParam Map<String, String> q) {
        OfficerLists.Filter f = OfficerLists.filter(q, false);
        ListSort.Sort sort = OfficerLists.CERTIFICATE_SORT.parse(q.get("sort"));
        LocalDate today = today();
        return SheetExport.attachment("执法证件.xlsx", "执法证件", CERTIFICATE_HEADER, rows -> lists.eachCertificate(actor, f, sort, today,
                c -> rows.add(c.name(), c.idCardMasked(), c.phoneMasked(), c.agencyName(), c.unitName(), c.number(),
                        c.kind().label(), c.issuer(), Fmt.date(c.validFrom()), Fmt.date(c.validTo()),
                        c.expired() ? "已过期" : c.status().label())));
    }

    private void choices(Actor actor, Map<String, String> q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("agencies", lists.agencies(actor));
        model.addAttribute("units", agencies.units(actor.agencyId()));
    }

    private static FilterUrl url(String path, Map<String, String> q) {
        FilterUrl url = FilterUrl.of(path);
        for (String k : List.of("agencyId", "unitId", "from", "to", "kind", "status", "q")) {
            url = url.with(k, q.get(k));
        }
        return url;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
