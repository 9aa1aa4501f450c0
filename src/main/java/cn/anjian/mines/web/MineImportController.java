package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.mines.registry.CommissionerImport;
import cn.anjian.mines.registry.MineImport;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * MC-01/MC-04: the Excel imports of mines and commissioners — template, upload page (every error listed, row and
 * column); the API is {@link MineImportApiController}. All-or-nothing; the rows go through the registry's own gates.
 */
@Controller
@RequiredArgsConstructor
class MineImportController {

    static final String PAGE = "mines/registry/import";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final MineImport mines;
    private final CommissionerImport commissioners;

    @GetMapping("/mines/import")
    @PreAuthorize("hasAuthority('mine:manage')")
    String minePage(Model model) {
        return page(model, false);
    }

    @GetMapping("/mines/commissioners/import")
    @PreAuthorize("hasAuthority('mine:manage')")
    String commissionerPage(Model model) {
        return page(model, true);
    }

    @GetMapping("/mines/import/template.xlsx")
    @PreAuthorize("hasAuthority('mine:manage')")
    ResponseEntity<ByteArrayResource> mineTemplate() {
        return template("矿山导入模板.xlsx", mines::writeTemplate);
    }

    @GetMapping("/mines/commissioners/import/template.xlsx")
    @PreAuthorize("hasAuthority('mine:manage')")
    ResponseEntity<ByteArrayResource> commissionerTemplate() {
        return template("监管专员导入模板.xlsx", commissioners::writeTemplate);
    }

    @PostMapping("/mines/import")
    @PreAuthorize("hasAuthority('mine:manage')")
    String importMines(@AuthenticationPrincipal Actor actor, @RequestPart(name = "file", required = false) MultipartFile file,
                       Model model, PageRefusal refusal) throws IOException {
        page(model, false);
        refusal.render("error", () -> PAGE);
        try (InputStream in = open(file)) {
            model.addAttribute("imported", mines.importFile(actor, in));
        }
        return PAGE;
    }

    @PostMapping("/mines/commissioners/import")
    @PreAuthorize("hasAuthority('mine:manage')")
    String importCommissioners(@AuthenticationPrincipal Actor actor,
                               @RequestPart(name = "file", required = false) MultipartFile file, Model model,
                               PageRefusal refusal) throws IOException {
        page(model, true);
        refusal.render("error", () -> PAGE);
        try (InputStream in = open(file)) {
            model.addAttribute("imported", commissioners.importFile(actor, in));
        }
        return PAGE;
    }

    /** The upload, refused (400) when missing, empty or larger than the imports read; the content is checked by the import. */
    static InputStream open(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw BusinessException.badInput("IMPORT-FILE", "请选择要导入的 Excel 文件");
        }
        if (file.getSize() > MAX_BYTES) {
            throw BusinessException.badInput("IMPORT-FILE", "文件过大（最多 10 MB），请分批导入");
        }
        return file.getInputStream();
    }

    private static String page(Model model, boolean commissioner) {
        model.addAttribute("commissioner", commissioner);
        model.addAttribute("action", commissioner ? "/mines/commissioners/import" : "/mines/import");
        return PAGE;
    }

    private static ResponseEntity<ByteArrayResource> template(String name, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(name))
                .body(new ByteArrayResource(out.toByteArray()));
    }
}
