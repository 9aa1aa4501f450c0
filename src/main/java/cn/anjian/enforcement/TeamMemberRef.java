package cn.anjian.enforcement;

/**
 * A current member of a case's enforcement team as other modules may show it: {@code name} in full (staff see
 * staff names; officers' names are public under PUB-01, issue 12 defect 8); {@code role} is
 * LEADER / MEMBER / ASSISTANT with its Chinese label.
 */
public record TeamMemberRef(long personId, String name, String role, String roleLabel) {
}
