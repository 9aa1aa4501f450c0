/** Users, roles, permissions, data scope of a user, login security, API tokens, masking (IAM). */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access", allowedDependencies = {"kernel", "org", "audit", "settings"})
package cn.anjian.identity;
