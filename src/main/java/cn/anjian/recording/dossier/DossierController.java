package cn.anjian.recording.dossier;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.Params;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** CASE-16: the dossier page, its PDF and its API, for a case in the reader's scope. */
@Controller
@RequiredArgsConstructor
class DossierController {

    private final Dossiers dossiers;

    @GetMapping("/cases/{id}/dossier")
    @PreAuthorize("hasAuthority('record:read')")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        model.addAttribute("d", dossiers.view(actor, Params.id("id", id)));
        return "recording/dossier";
    }

    @GetMapping("/cases/{id}/dossier.pdf")
    @PreAuthorize("hasAuthority('record:read')")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long caseId = Params.id("id", id);
        DossierView v = dossiers.view(actor, caseId); // scope check (404) first
        // rendered in memory (two passes for the page numbers): a refusal while reading a file still answers 4xx
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        dossiers.writePdf(actor, caseId, buf);
        String name = "卷宗-" + (v.cover().archiveNumber() != null ? v.cover().archiveNumber() : v.cover().caseNumber()) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(name)).body(buf.toByteArray());
    }

    @GetMapping("/api/v1/cases/{id}/dossier")
    @PreAuthorize("hasAuthority('record:read')")
    @ResponseBody
    DossierView api(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return dossiers.view(actor, Params.id("id", id));
    }
}
