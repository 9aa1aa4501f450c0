package cn.anjian.kernel;

import java.util.Map;

/**
 * Published by any module for every change of business data or security event (AUD-01). The
 * audit module records it synchronously, inside the publisher's transaction, so a change and its
 * audit entry commit or roll back together. The actor and source address are taken from the
 * current request unless given (e.g. for a failed login, where no one is authenticated yet).
 *
 * @param action  a stable verb, e.g. {@code org.division.renamed}, {@code iam.login.failed}
 * @param subjectType the kind of thing changed, e.g. {@code division}
 * @param subjectId its identifier
 * @param before the relevant state before the change (null for creations and security events)
 * @param after the state after the change (null for deletions)
 * @param actor the acting user name, or null to take it from the security context
 * @param sourceAddress the client address, or null to take it from the current request
 */
public record AuditableEvent(String action, String subjectType, String subjectId,
                             Map<String, ?> before, Map<String, ?> after,
                             String actor, String sourceAddress) {

    public static AuditableEvent change(String action, String subjectType, Object subjectId,
                                        Map<String, ?> before, Map<String, ?> after) {
        return new AuditableEvent(action, subjectType, String.valueOf(subjectId), before, after, null, null);
    }

    public static AuditableEvent security(String action, String actor, String sourceAddress, Map<String, ?> details) {
        return new AuditableEvent(action, "user", actor, null, details, actor, sourceAddress);
    }
}
