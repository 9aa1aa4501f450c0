package cn.anjian.enforcement.cases;

/** A proposed team member: a person (in scope) and their role. */
public record NewMember(Long personId, TeamRole role) {
}
