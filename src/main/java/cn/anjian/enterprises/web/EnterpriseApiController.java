package cn.anjian.enterprises.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.anjian.enterprises.Blacklist;
import cn.anjian.enterprises.BlacklistEntry;
import cn.anjian.enterprises.ConflictView;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterprisePage;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.NewConflict;
import cn.anjian.enterprises.NewListing;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.enterprises.internal.EnterpriseImport;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ImportRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/enterprises/**}: enterprises, the conflicts register, the blacklist (CAP-07), import. */
@RestController
@RequestMapping("/api/v1/enterprises")
@RequiredArgsConstructor
class EnterpriseApiController {

    private final Enterprises enterprises;
    private final Conflicts conflicts;
    private final Blacklist blacklist;
    private final EnterpriseImport importer;

    @GetMapping
    @PreAuthorize("hasAuthority('enterprise:read')")
    EnterprisePage search(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                          @RequestParam(required = false) Industry industry, @RequestParam(required = false) RiskGrade riskGrade,
                          @RequestParam(required = false) EnterpriseStatus status,
                          @RequestParam(required = false) Boolean blacklisted,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                          @RequestParam(required = false) String sort) {
        return enterprises.search(actor, new EnterpriseFilter(q, industry, riskGrade, status, blacklisted),
                Enterprises.SORT.parse(sort), page, size, cn.anjian.kernel.ListCount.CAPPED);
    }

    /** The list as Excel: the page's filters (labels or names, as on {@code /enterprises}) and sort. */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('enterprise:read')")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> export(
            @AuthenticationPrincipal Actor actor, @RequestParam java.util.Map<String, String> q) {
        return EnterprisePageController.export(enterprises, actor, q);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enterprise:read')")
    EnterpriseView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return enterprises.get(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enterprise:manage')")
    EnterpriseView create(@AuthenticationPrincipal Actor actor, @RequestBody EnterpriseForm form) {
        return enterprises.create(actor, form);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    EnterpriseView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam int version,
                          @RequestBody EnterpriseForm form) {
        return enterprises.update(actor, id, version, form);
    }

    @GetMapping("/{id}/conflicts")
    @PreAuthorize("hasAuthority('enterprise:read')")
    List<ConflictView> conflicts(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return conflicts.of(actor, id);
    }

    @PostMapping("/{id}/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enterprise:manage')")
    ConflictView addConflict(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody NewConflict body) {
        return conflicts.add(actor, id, body);
    }

    @GetMapping("/{id}/blacklist")
    @PreAuthorize("hasAuthority('enterprise:read')")
    List<BlacklistEntry> listings(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return blacklist.of(actor, id);
    }

    @PostMapping("/{id}/blacklist")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enterprise:manage')")
    BlacklistEntry list(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody NewListing body) {
        return blacklist.put(actor, id, body);
    }

    /** Removal from the blacklist. */
    record Removal(Integer version, String reason) {
    }

    @PostMapping("/blacklist/{entryId}/removal")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    BlacklistEntry remove(@AuthenticationPrincipal Actor actor, @PathVariable long entryId, @RequestBody Removal body) {
        if (body == null || body.version() == null) {
            throw BusinessException.badInput("CAP-07-VERSION", "请提供记录版本号（version）");
        }
        return blacklist.remove(actor, entryId, body.version(), body.reason());
    }

    @GetMapping("/blacklist")
    @PreAuthorize("hasAuthority('enterprise:read')")
    List<BlacklistEntry> liveBlacklist(@AuthenticationPrincipal Actor actor) {
        return blacklist.live(actor);
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('enterprise:import')")
    ResponseEntity<?> importFile(@AuthenticationPrincipal Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            return ResponseEntity.ok(Map.of("created", importer.importFile(actor, in)));
        } catch (ImportRejectedException e) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
            pd.setProperty("code", e.code());
            pd.setProperty("totalErrors", e.totalErrors());
            pd.setProperty("errors", e.errors());
            return ResponseEntity.unprocessableContent().body(pd);
        }
    }
}
