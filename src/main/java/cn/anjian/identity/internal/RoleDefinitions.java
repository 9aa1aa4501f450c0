package cn.anjian.identity.internal;

import org.springframework.data.repository.CrudRepository;

/** The one repository of {@link RoleDefinition} (id: the role code); lists read with {@link RoleCatalog}. */
interface RoleDefinitions extends CrudRepository<RoleDefinition, String> {
}
