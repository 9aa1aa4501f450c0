package cn.anjian.enterprises;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.anjian.kernel.AuditableEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A regulated entity (生产经营单位) as stored: a Spring Data JDBC aggregate ({@link EnterpriseRepository},
 * optimistic {@code @Version}). {@link Enterprises} checks the input, the scope and the credit code; an
 * edit carries the version the user saw and registers its audit event, published when the repository
 * saves it. Lists and reads go through {@link Enterprises} (JdbcClient, scoped in SQL).
 */
@Table("ent_enterprise")
class Enterprise extends AbstractAggregateRoot<Enterprise> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private String creditCode;
    private EnterpriseKind kind;
    private Industry industry;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private long jurisdictionId;
    private String scopePath;
    private RiskGrade riskGrade;
    private EnterpriseStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    private String legalRepresentative;
    private String contactName;
    private String contactPhone;

    @PersistenceCreator
    private Enterprise() {
    }

    /** A new enterprise from a checked form, recorded under its division's path (ORG-03). */
    static Enterprise register(EnterpriseForm checked, String path, Instant now) {
        Enterprise e = new Enterprise();
        e.apply(checked, path);
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    /** Replaces every field with a checked form; refused when the user saw another version (a stale form). */
    void edit(int seenVersion, EnterpriseForm checked, String path, Instant now) {
        if (version == null || version != seenVersion) {
            throw Enterprises.staleVersion();
        }
        Map<String, Object> before = audit();
        apply(checked, path);
        updatedAt = now;
        registerEvent(AuditableEvent.change("enterprise.updated", "enterprise", id, before, audit()));
    }

    /** Issue 12: the legal representative and the contact, checked by {@link EnterpriseContacts}; refused on a stale form. */
    void changeContacts(int seenVersion, EnterpriseContacts.Contacts checked, Instant now) {
        if (version == null || version != seenVersion) {
            throw Enterprises.staleVersion();
        }
        Map<String, Object> before = contactsAudit();
        legalRepresentative = checked.legalRepresentative();
        contactName = checked.contactName();
        contactPhone = checked.contactPhone();
        updatedAt = now;
        registerEvent(AuditableEvent.change("enterprise.contacts-changed", "enterprise", id, before, contactsAudit()));
    }

    /** The contacts as audited: the phone masked (IAM-06: logs carry no full phone number). */
    private Map<String, Object> contactsAudit() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("legalRepresentative", legalRepresentative);
        p.put("contactName", contactName);
        p.put("contactPhone", cn.anjian.kernel.Masking.phone(contactPhone));
        p.values().removeIf(Objects::isNull);
        return p;
    }

    private void apply(EnterpriseForm f, String path) {
        name = f.name();
        creditCode = f.creditCode();
        kind = f.kind();
        industry = f.industry();
        address = f.address();
        latitude = f.latitude();
        longitude = f.longitude();
        jurisdictionId = f.jurisdictionId();
        scopePath = path;
        riskGrade = f.riskGrade();
        status = f.status();
    }

    /** What the audit trail records of an enterprise (no path; empty fields left out). */
    Map<String, Object> audit() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("code", creditCode);
        p.put("kind", kind.name());
        p.put("industry", industry.name());
        p.put("address", address);
        p.put("lat", latitude);
        p.put("lng", longitude);
        p.put("jid", jurisdictionId);
        p.put("risk", riskGrade.name());
        p.put("status", status.name());
        p.values().removeIf(Objects::isNull);
        return p;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }
}
