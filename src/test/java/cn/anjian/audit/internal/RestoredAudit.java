package cn.anjian.audit.internal;

import javax.sql.DataSource;

import cn.anjian.audit.VerificationResult;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The audit module's own chain verification, run on another database (a restored backup). */
public final class RestoredAudit {

    private RestoredAudit() {
    }

    public static VerificationResult verify(DataSource restored) {
        return new AuditVerifier(restored, new DataSourceTransactionManager(restored)).verify();
    }
}
