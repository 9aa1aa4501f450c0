package cn.anjian.identity.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.AuditableEvent;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A role with the permissions it grants (IAM-01/IAM-05): a Spring Data JDBC aggregate ({@link RoleDefinitions},
 * optimistic {@code @Version}) whose permission links are its children. A change checks the three-administrators
 * rules and the version the security administrator saw before changing anything, and registers its audit
 * event, published on save. Listing roles and permissions reads with JdbcClient ({@link RoleCatalog}).
 */
@Table("iam_role")
class RoleDefinition extends AbstractAggregateRoot<RoleDefinition> {

    @Table("iam_role_permission")
    record Granted(String permissionCode) {
    }

    @Id
    private String code;
    @Version
    private Integer version;
    private String name;
    private String kind;
    @MappedCollection(idColumn = "role_code")
    private Set<Granted> permissions = new HashSet<>();

    @PersistenceCreator
    private RoleDefinition() {
    }

    /** Replaces the role's permissions (IAM-05 first, then the version the user saw: a stale form is a 409). */
    void setPermissions(int seenVersion, Collection<RoleRules.Permission> chosen) {
        RoleRules.checkPermissions(new RoleRules.Role(code, name, kind), chosen);
        if (version == null || version != seenVersion) {
            throw new OptimisticLockingFailureException("role " + code + " changed");
        }
        List<String> before = permissionCodes();
        permissions = new HashSet<>();
        chosen.forEach(p -> permissions.add(new Granted(p.code())));
        registerEvent(AuditableEvent.change("iam.role.permissions-changed", "role", code,
                Map.of("permissions", before), Map.of("permissions", permissionCodes())));
    }

    /** The codes of the permissions granted, sorted. */
    List<String> permissionCodes() {
        return permissions.stream().map(Granted::permissionCode).sorted().toList();
    }

    Integer version() {
        return version;
    }
}
