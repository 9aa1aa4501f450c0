package cn.anjian.files.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Fmt;
import java.util.List;

import cn.anjian.files.internal.IntegrityScan;
import cn.anjian.kernel.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** REC-09 integrity overview: last scan, OK/CORRUPT counts, corrupt files, and "scan now". */
@Controller
@RequestMapping("/files/integrity")
@RequiredArgsConstructor
class IntegrityPageController {

    static final int PAGE_SIZE = 20;

    private final IntegrityScan scan;

    record Row(long id, String name, String sha256, long size, String detectedAt, String detectedBy) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('file:verify')")
    String page(@RequestParam(required = false) String page, @AuthenticationPrincipal Actor actor, Model model) {
        int p = parsePage(page);
        IntegrityScan.Overview o = scan.overview(actor.scope().pattern());
        List<IntegrityScan.CorruptRow> rows = scan.corrupt(actor.scope().pattern(), (p - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("overview", o);
        model.addAttribute("lastScan", o.last() == null ? null : Fmt.dateTimeSeconds(o.last().finishedAt()));
        model.addAttribute("rows", rows.stream().limit(PAGE_SIZE).map(r -> new Row(r.id(), r.originalName(), r.sha256(),
                r.size(), Fmt.dateTimeSeconds(r.detectedAt()), "SCAN".equals(r.detectedBy()) ? "巡检" : "SM3".equals(r.detectedBy()) ? "SM3 补算" : "下载")).toList());
        model.addAttribute("page", p);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        return "files/integrity";
    }

    @PostMapping("/scan")
    @PreAuthorize("hasAuthority('file:verify')")
    String scanNow(@AuthenticationPrincipal Actor actor, RedirectAttributes flash) {
        IntegrityScan.Summary s = scan.scan(true, actor.username());
        flash.addFlashAttribute("message", "巡检完成：共校验 " + s.blobs() + " 个对象，正常 " + s.ok() + "，异常 " + s.corrupt());
        return "redirect:/files/integrity";
    }

    static int parsePage(String page) {
        try {
            int p = page == null ? 1 : Integer.parseInt(page);
            return Math.min(Math.max(p, 1), 100_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
