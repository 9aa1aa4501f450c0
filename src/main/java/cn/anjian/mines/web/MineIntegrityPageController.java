package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.files.VerifiedDownloads;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.app.IntegrityCards;
import cn.anjian.mines.app.IntegrityList;
import cn.anjian.mines.web.MobileForms.PhoneForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** MW-14: the integrity supervision cards of the mines in scope, the printable card, its .docx, the department's phone. */
@Controller
@RequestMapping("/mines/integrity")
@RequiredArgsConstructor
class MineIntegrityPageController {

    static final List<String> HEADER = List.of("矿山", "类型", "监管专员", "最近发放文号", "发放时间");

    private final IntegrityList list;
    private final IntegrityCards cards;
    private final Files files;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:work-read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("mayManage", actor.hasPermission("mine:manage"));
        model.addAttribute("phone", cards.phone(actor.jurisdictionId()).orElse(null));
        if (!model.containsAttribute("phoneForm")) {
            model.addAttribute("phoneForm", new PhoneForm(cards.phone(actor.jurisdictionId()).orElse("")));
        }
        refusal.render("filterError", () -> {
            model.addAttribute("result", list.list(actor, null, IntegrityList.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/integrity"), IntegrityList.SORT.defaults(), PageSize.DEFAULT));
            return "mines/integrity";
        });
        String name = Params.text("矿山", q.get("name"), 100);
        ListSort.Sort sort = IntegrityList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/integrity").with("name", q.get("name")), sort, size));
        model.addAttribute("result", list.list(actor, name, sort, Params.page(q.get("page")), size));
        return "mines/integrity";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('mine:work-read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        String name = Params.text("矿山", q.get("name"), 100);
        ListSort.Sort sort = IntegrityList.SORT.parse(q.get("sort"));
        return SheetExport.attachment("廉政监督卡.xlsx", "廉政监督卡", HEADER, rows -> list.each(actor, name, sort,
                r -> rows.add(r.mineName(), r.kind().label(), r.commissioners() == null ? "" : r.commissioners(),
                        r.lastNumber() == null ? "" : r.lastNumber(), Fmt.dateTime(r.lastIssued()))));
    }

    @PostMapping("/phone")
    @PreAuthorize("hasAuthority('mine:manage')")
    String phone(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("phoneForm") PhoneForm form, BindingResult errors,
                 PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render("phoneError", () -> {
            model.addAttribute("q", Map.of());
            model.addAttribute("mayManage", true);
            model.addAttribute("phone", cards.phone(actor.jurisdictionId()).orElse(null));
            model.addAttribute("result", list.list(actor, null, IntegrityList.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/integrity"), IntegrityList.SORT.defaults(), PageSize.DEFAULT));
            return "mines/integrity";
        }).field("MW-14-PHONE", "phone");
        refusal.check(errors);
        cards.setPhone(actor, form.phone());
        flash.addFlashAttribute("flashMessage", "已保存监督电话");
        return "redirect:/mines/integrity";
    }

    @GetMapping("/{mineId}")
    @PreAuthorize("hasAuthority('mine:work-read')")
    String card(@AuthenticationPrincipal Actor actor, @PathVariable long mineId, Model model) {
        model.addAttribute("card", cards.card(actor, mineId));
        model.addAttribute("mayManage", actor.hasPermission("mine:manage"));
        return "mines/integrity-card";
    }

    @PostMapping("/{mineId}/card")
    @PreAuthorize("hasAuthority('mine:manage')")
    String issue(@AuthenticationPrincipal Actor actor, @PathVariable long mineId, PageRefusal refusal, RedirectAttributes flash) {
        cards.card(actor, mineId); // 404 for another county's mine before anything else
        refusal.redirect("/mines/integrity/" + mineId);
        cards.issue(actor, mineId);
        flash.addFlashAttribute("flashMessage", "已生成廉政监督卡");
        return "redirect:/mines/integrity/" + mineId;
    }

    @GetMapping("/{mineId}/document")
    @PreAuthorize("hasAuthority('mine:work-read')")
    void document(@AuthenticationPrincipal Actor actor, @PathVariable long mineId, HttpServletResponse response) {
        IntegrityCards.Card c = cards.card(actor, mineId);
        if (c.lastFileId() == null) {
            throw BusinessException.notFound("廉政监督卡文书");
        }
        StoredFile f = files.find(c.lastFileId(), actor);
        VerifiedDownloads.send(f, response, files::copyVerified);
    }
}
