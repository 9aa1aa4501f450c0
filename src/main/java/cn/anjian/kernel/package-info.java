/**
 * Shared kernel: the handful of value types every module needs (the domain refusal with its stable
 * error code, the injected clock, the audit event contract) and the two helpers every controller or
 * import shares (request-parameter parsing, the all-or-nothing Excel import). It depends on nothing in the
 * application; every module may depend on it. Kept deliberately tiny.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package cn.anjian.kernel;
