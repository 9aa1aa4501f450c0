package cn.anjian.audit.internal;

import lombok.RequiredArgsConstructor;

import cn.anjian.audit.AuditEntryView;
import cn.anjian.audit.AuditFilter;
import cn.anjian.audit.AuditPage;
import cn.anjian.audit.AuditTrail;
import cn.anjian.audit.VerificationResult;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
class DefaultAuditTrail implements AuditTrail {

    private final AuditRecorder recorder;
    private final AuditChainer chainer;
    private final AuditVerifier verifier;
    private final AuditSearch search;

    @Override
    public long record(AuditableEvent event) {
        return recorder.record(event);
    }

    @Override
    public int chainPending() {
        return chainer.chainAll();
    }

    @Override
    public VerificationResult verify() {
        chainer.chainAll();
        return verifier.verify();
    }

    @Override
    public AuditPage search(Scope scope, AuditFilter filter) {
        if (filter.size() < 1 || filter.size() > AuditFilter.MAX_SIZE) {
            throw BusinessException.badInput("AUDIT-PAGE-SIZE", "每页条数应在 1 到 " + AuditFilter.MAX_SIZE + " 之间");
        }
        return search.search(java.util.Objects.requireNonNull(scope, "scope"), validRange(filter));
    }

    @Override
    public void each(Scope scope, AuditFilter filter, java.util.function.Consumer<AuditEntryView> sink) {
        search.each(java.util.Objects.requireNonNull(scope, "scope"), validRange(filter), sink);
    }

    private static AuditFilter validRange(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw BusinessException.badInput("AUDIT-DATE-RANGE", "开始日期不能晚于结束日期");
        }
        return filter;
    }
}
