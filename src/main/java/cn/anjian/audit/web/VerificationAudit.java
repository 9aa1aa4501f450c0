package cn.anjian.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.audit.AuditTrail;
import cn.anjian.audit.VerificationResult;
import cn.anjian.kernel.AuditableEvent;

/** A verification asked for by the audit administrator is itself an audited security event (IAM-05 separation). */
final class VerificationAudit {

    private VerificationAudit() {
    }

    static VerificationResult verifyAndRecord(AuditTrail trail) {
        VerificationResult r = trail.verify();
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("ok", r.ok());
        outcome.put("entries", r.entries());
        outcome.put("firstBrokenPosition", r.firstBrokenPosition());
        outcome.put("firstBrokenId", r.firstBrokenId());
        trail.record(AuditableEvent.change("audit.chain.verified", "audit_chain", "all", null, outcome));
        return r;
    }
}
