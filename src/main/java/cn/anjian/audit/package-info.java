/** Append-only, hash-chained audit trail and its verification (AUD). Records every {@link cn.anjian.kernel.AuditableEvent}. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "kernel")
package cn.anjian.audit;
