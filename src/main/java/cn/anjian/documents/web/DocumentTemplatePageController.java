package cn.anjian.documents.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;

import cn.anjian.documents.DocumentGenerator;
import cn.anjian.documents.DocumentTemplates;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 11 item 7: 执法文书模板 for administrators — each type's version in force, its history, any version to
 * download, a new version uploaded with a note (province-level administrators; refused in {@link DocumentTemplates}).
 */
@Controller
@RequestMapping("/admin/document-templates")
@RequiredArgsConstructor
class DocumentTemplatePageController {

    private final DocumentTemplates templates;

    @GetMapping
    @PreAuthorize("hasAuthority('document:template')")
    String list(Model model) {
        model.addAttribute("rows", templates.types());
        return "documents/templates";
    }

    @GetMapping("/{type}")
    @PreAuthorize("hasAuthority('document:template')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String type, Model model) {
        return detailPage(actor, type, model);
    }

    private String detailPage(Actor actor, String type, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("title", templates.title(type));
        model.addAttribute("versions", templates.versions(type));
        model.addAttribute("placeholders", templates.placeholders(type));
        model.addAttribute("mayManage", DocumentTemplates.mayManage(actor));
        return "documents/template";
    }

    @PostMapping("/{type}/versions")
    @PreAuthorize("hasAuthority('document:template')")
    String upload(@AuthenticationPrincipal Actor actor, @PathVariable String type,
                  @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note,
                  Model model, PageRefusal refusal, RedirectAttributes flash) throws IOException {
        model.addAttribute("note", note);
        refusal.render("uploadError", () -> detailPage(actor, type, model));
        DocumentTemplates.Version v = templates.upload(actor, type, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), note);
        flash.addFlashAttribute("flashMessage", "已启用" + templates.title(type) + "模板" + DocumentGenerator.versionLabel(v.version()));
        return "redirect:/admin/document-templates/" + v.type();
    }

    @GetMapping("/{type}/versions/{version}")
    @PreAuthorize("hasAuthority('document:template')")
    ResponseEntity<byte[]> download(@PathVariable String type, @PathVariable String version) {
        long raw = Params.id("version", version);
        if (raw > Integer.MAX_VALUE) {
            throw BusinessException.notFound("该模板版本");
        }
        int v = (int) raw;
        DocumentTemplates.Template t = templates.version(type, v);
        String name = templates.title(t.type()) + "（模板" + DocumentGenerator.versionLabel(v) + "）.docx";
        return ResponseEntity.ok().contentType(DocumentPageController.DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(name)).body(t.bytes());
    }
}
