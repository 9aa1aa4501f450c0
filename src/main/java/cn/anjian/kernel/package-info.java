/**
 * Shared kernel: the handful of value types every module needs (the domain refusal with its stable
 * error code, the injected clock, the audit event contract). It depends on nothing in the
 * application; every module may depend on it. Kept deliberately tiny.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package cn.anjian.kernel;
