package cn.anjian.enforcement;

/**
 * A current member of a case's enforcement team as other modules may show it: {@code name} is masked
 * (kernel {@code Masking.name}) unless the viewer holds {@code pii:view-full}; {@code role} is
 * LEADER / MEMBER / ASSISTANT with its Chinese label.
 */
public record TeamMemberRef(long personId, String name, String role, String roleLabel) {
}
