package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;

import cn.anjian.experts.dispatches.DispatchEnums.Status;
import cn.anjian.files.Files;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The expert's own pages (role EXPERT, built for a phone): the dispatches waiting for his answer, the one under way
 * with its report upload, and his history. Only his own dispatches: any other id is 404.
 */
@Controller
@RequiredArgsConstructor
class MyDispatchController {

    private final DispatchQueries queries;
    private final ExpertAnswers answers;
    private final DeclineFlags flags;
    private final Files files;

    @GetMapping("/experts/me")
    @PreAuthorize("hasAuthority('expert:self')")
    String mine(@AuthenticationPrincipal Actor actor, Model model) {
        var all = queries.mine(actor);
        model.addAttribute("waiting", all.stream().filter(d -> d.status() == Status.APPROVED).toList());
        model.addAttribute("current", all.stream().filter(d -> d.status() == Status.ACCEPTED).toList());
        model.addAttribute("history", all.stream().filter(d -> d.status() != Status.APPROVED && d.status() != Status.ACCEPTED
                && d.status() != Status.REQUESTED && d.status() != Status.REJECTED).toList());
        return "experts/me/list";
    }

    @GetMapping("/experts/me/dispatches/{id}")
    @PreAuthorize("hasAuthority('expert:self')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return page(actor, id, model);
    }

    @PostMapping("/experts/me/dispatches/{id}/accept")
    @PreAuthorize("hasAuthority('expert:self')")
    String accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/experts/me/dispatches/" + id);
        answers.accept(actor, id);
        flash.addFlashAttribute("flashMessage", "已接受派遣，请按时抵达执行任务");
        return "redirect:/experts/me/dispatches/" + id;
    }

    @PostMapping("/experts/me/dispatches/{id}/decline")
    @PreAuthorize("hasAuthority('expert:self')")
    String decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                   Model model, PageRefusal refusal, RedirectAttributes flash) {
        model.addAttribute("reason", reason);
        refusal.render("declineError", () -> page(actor, id, model));
        answers.decline(actor, id, reason);
        flash.addFlashAttribute("flashMessage", "已拒绝本次派遣");
        return "redirect:/experts/me";
    }

    @PostMapping("/experts/me/dispatches/{id}/report")
    @PreAuthorize("hasAuthority('expert:self')")
    String report(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String summary, Model model, PageRefusal refusal, RedirectAttributes flash) {
        model.addAttribute("summary", summary);
        refusal.render("reportError", () -> page(actor, id, model));
        answers.report(actor, id, upload(file), summary);
        flash.addFlashAttribute("flashMessage", "任务报告已提交");
        return "redirect:/experts/me/dispatches/" + id;
    }

    private String page(Actor actor, long id, Model model) {
        DispatchView d = queries.mine(actor, id);
        model.addAttribute("d", d);
        model.addAttribute("maxSize", files.maxSize());
        model.addAttribute("declines", flags.declines(d.expertId()));
        return "experts/me/detail";
    }

    /** The uploaded part as the domain reads it (null when nothing was chosen). */
    static ExpertAnswers.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return new ExpertAnswers.Upload() {
            public String name() {
                return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "任务报告" : file.getOriginalFilename();
            }

            public long size() {
                return file.getSize();
            }

            public String contentType() {
                return file.getContentType();
            }

            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
