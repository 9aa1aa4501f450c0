package cn.anjian.audit.web;

import cn.anjian.kernel.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import lombok.RequiredArgsConstructor;

import cn.anjian.audit.AuditPage;
import cn.anjian.audit.AuditTrail;
import cn.anjian.audit.VerificationResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Audit API for the audit administrator (audit:read), who audits the whole system (not jurisdiction-scoped). */
@RestController
@RequestMapping("/api/v1/audit")
@RequiredArgsConstructor
class AuditApiController {

    private final AuditTrail trail;

    /** Chains what is pending, then verifies the whole chain: {@code {"ok","entries","firstBrokenId",...}}. */
    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    VerificationResult verify() {
        return VerificationAudit.verifyAndRecord(trail);
    }

    /** Newest first; pass the returned {@code nextBefore} as {@code before} for the next page. */
    @GetMapping("/entries")
    @PreAuthorize("hasAuthority('audit:read')")
    AuditPage entries(@AuthenticationPrincipal Actor me, @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                      @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String before, @RequestParam(required = false) String size) {
        return trail.search(me.scope(), new AuditQueryParams(actor, action, subjectType, subjectId, from, to, before, size, null).toFilter());
    }
}
