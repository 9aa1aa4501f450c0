package cn.anjian.personnel;

import java.util.List;

/**
 * Implemented by each personnel feature that gives people a role (officers, inspectors, supervisors,
 * later experts and commissioners): the roles one person holds. {@link People#roles} and
 * {@link EnforcerEligibility} collect all implementations, so a feature only has to provide a bean.
 */
public interface PersonRoles {

    List<PersonRole> rolesOf(long personId);
}
