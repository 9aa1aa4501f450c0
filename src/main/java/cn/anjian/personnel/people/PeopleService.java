package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Masking;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.DuplicatePersonException;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.Gender;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonPii;
import cn.anjian.personnel.PersonQualification;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonRoles;
import cn.anjian.personnel.PersonTitle;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.TitleLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PeopleService implements People {

    static final String WHAT = "人员";
    static final int MAX_PAGE_SIZE = 100;
    static final String COLUMNS = """
            p.id, p.name, p.gender, p.id_card, p.birth_date, p.phone, p.education, p.major, p.safety_related_major,
            p.registered_safety_engineer, p.experience_years, p.em_background, p.employer, p.agency_id, a.name AS agency_name,
            p.jurisdiction_id, p.scope_path, p.version""";
    static final String FROM = " FROM per_person p JOIN org_agency_view a ON a.id = p.agency_id ";

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<PersonRoles> roleProviders;
    private final PersonList list;

    @Override
    @Transactional
    public PersonView create(Actor actor, NewPerson person) {
        requireManage(actor);
        Checked c = check(person);
        Optional<Long> existing = idOf(c.idCard.value());
        if (existing.isPresent()) {
            throw duplicate(actor, existing.get());
        }
        Agency agency = agencies.get(actor.agencyId());
        long id;
        try {
            id = persons.save(Person.record(c.idCard.value(), c.idCard.birthDate(), c.particulars(), agency.id(),
                    agency.jurisdictionId(), agency.scopePath(), clock.instant())).id;
        } catch (DbActionExecutionException e) {
            if (!(e.getCause() instanceof DuplicateKeyException)) {
                throw e;
            }
            // a concurrent registration of the same card won the race
            throw duplicate(actor, idOf(c.idCard.value()).orElse(null));
        }
        writeChildren(id, c);
        // built from what was just written: the import creates thousands of people in one go
        PersonView created = new PersonView(id, c.name, c.gender, Masking.idCard(c.idCard.value()), c.idCard.birthDate(),
                Masking.phone(c.phone), c.education, c.major, c.srm, c.rse, c.years, c.em, c.employer, agency.id(),
                agency.name(), agency.jurisdictionId(), agency.scopePath(), List.copyOf(c.titles), List.copyOf(c.qualifications), 0);
        publish(actor, "personnel.person.created", id, null, snapshot(created));
        return created;
    }

    @Override
    @Transactional
    public PersonView update(Actor actor, long personId, int version, NewPerson person) {
        requireManage(actor);
        PersonView before = get(actor, personId);
        Checked c = check(person);
        Person stored = persons.findById(personId).orElseThrow(() -> BusinessException.notFound(WHAT));
        stored.revise(version, c.idCard.value(), c.particulars(), clock.instant());
        persons.save(stored);
        // the officer list keeps a copy of the name (V7_3)
        jdbc.sql("UPDATE off_officer SET name = :n WHERE person_id = :id").param("n", c.name()).param("id", personId).update();
        jdbc.sql("DELETE FROM per_person_title WHERE person_id = :id").param("id", personId).update();
        jdbc.sql("DELETE FROM per_person_qualification WHERE person_id = :id").param("id", personId).update();
        writeChildren(personId, c);
        PersonView after = find(personId).orElseThrow();
        publish(actor, "personnel.person.updated", personId, snapshot(before), snapshot(after));
        return after;
    }

    @Override
    public PersonView get(Actor actor, long personId) {
        PersonView p = find(personId).orElseThrow(() -> BusinessException.notFound(WHAT));
        ScopeSql.requireInScope(actor, p.scopePath(), WHAT);
        return p;
    }

    @Override
    public Optional<PersonView> find(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE p.id = :id").param("id", personId)
                .query(PeopleService::map).optional().map(this::withChildren);
    }

    @Override
    public Optional<PersonView> findByIdCard(Actor actor, String idCard) {
        IdCardNumber card = IdCardNumber.of(idCard);
        return idOf(card.value()).flatMap(this::find).filter(p -> actor.scope().covers(p.scopePath()));
    }

    @Override
    public PageResult<PersonView> search(Actor actor, PersonFilter filter, int page, int size) {
        return list.page(actor, filter, PersonList.SORT.defaults(), Math.max(0, Math.min(page, 100_000)),
                Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    @Override
    @Transactional
    public PersonPii revealPii(Actor actor, long personId) {
        if (actor == null || !actor.hasPermission("pii:view-full")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "PII-FORBIDDEN", "您没有查看完整个人信息的权限");
        }
        get(actor, personId);
        PersonPii pii = jdbc.sql("SELECT id, id_card, phone FROM per_person WHERE id = :id").param("id", personId)
                .query((rs, n) -> new PersonPii(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        publish(actor, "personnel.person.pii-viewed", personId, null, Map.of("fields", "idCard,phone"));
        return pii;
    }

    @Override
    public List<PersonRole> roles(long personId) {
        List<PersonRole> all = new ArrayList<>();
        roleProviders.orderedStream().forEach(p -> all.addAll(p.rolesOf(personId)));
        return all;
    }

    // ---- checks ----

    private record Checked(String name, Gender gender, IdCardNumber idCard, String phone, Education education, String major,
                           boolean srm, boolean rse, int years, boolean em, String employer, List<PersonTitle> titles,
                           List<PersonQualification> qualifications) {
        Person.Particulars particulars() {
            return new Person.Particulars(name, gender, phone, education, major, srm, rse, years, em, employer);
        }
    }

    private Checked check(NewPerson p) {
        if (p == null) {
            throw BusinessException.badInput("PERSON-EMPTY", "请填写人员信息");
        }
        String name = text(p.name(), "姓名", 50, true);
        IdCardNumber card = IdCardNumber.of(p.idCard());
        if (card.birthDate().isAfter(LocalDate.now(clock))) {
            throw BusinessException.badInput("PERSON-ID-CARD", "身份证号码中的出生日期晚于今天，请核对");
        }
        Gender gender = p.gender() == null ? card.gender() : p.gender();
        if (gender != card.gender()) {
            throw BusinessException.badInput("PERSON-GENDER", "性别与身份证号码不一致（号码第 17 位表示性别）");
        }
        String phone = text(p.phone(), "联系电话", 20, false);
        if (phone != null && !cn.anjian.kernel.Phones.valid(phone)) {
            throw BusinessException.badInput("PERSON-PHONE", "联系电话格式不正确：" + cn.anjian.kernel.Phones.RULE);
        }
        int years = p.experienceYears() == null ? 0 : p.experienceYears();
        if (years < 0 || years > 70) {
            throw BusinessException.badInput("PERSON-YEARS", "相关工作年限须在 0 到 70 年之间");
        }
        List<PersonTitle> titles = new ArrayList<>();
        for (PersonTitle t : p.titles() == null ? List.<PersonTitle>of() : p.titles()) {
            if (t == null) {
                continue;
            }
            if (t.level() == null || t.level() == TitleLevel.NONE) {
                throw BusinessException.badInput("PERSON-TITLE", "请选择职称级别");
            }
            titles.add(new PersonTitle(text(t.title(), "职称名称", 100, true), t.level(), text(t.field(), "职称专业", 100, false), t.relevant()));
        }
        List<PersonQualification> quals = new ArrayList<>();
        for (PersonQualification q : p.qualifications() == null ? List.<PersonQualification>of() : p.qualifications()) {
            if (q == null) {
                continue;
            }
            if (q.level() < 1 || q.level() > 5) {
                throw BusinessException.badInput("PERSON-QUALIFICATION", "职业资格等级须为 1（高级技师）到 5（初级工）");
            }
            quals.add(new PersonQualification(text(q.name(), "职业资格名称", 100, true), q.level(), q.relevant()));
        }
        if (titles.size() > 20 || quals.size() > 20) {
            throw BusinessException.badInput("PERSON-TOO-MANY", "职称或职业资格最多各 20 项");
        }
        return new Checked(name, gender, card, phone, p.education(), text(p.major(), "专业", 100, false),
                Boolean.TRUE.equals(p.safetyRelatedMajor()), Boolean.TRUE.equals(p.registeredSafetyEngineer()), years,
                Boolean.TRUE.equals(p.emBackground()),
                text(p.employer(), "工作单位", 100, false), titles, quals);
    }

    static String text(String value, String label, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw BusinessException.badInput("PERSON-REQUIRED", "请填写" + label);
            }
            return null;
        }
        if (v.length() > max) {
            throw BusinessException.badInput("PERSON-TOO-LONG", label + "不能超过 " + max + " 个字");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.badInput("PERSON-CONTROL", label + "含有不可见的控制字符");
        }
        return v;
    }

    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission("personnel:manage") && !actor.hasPermission("personnel:import")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "PERSONNEL-FORBIDDEN", "您没有维护人员信息的权限");
        }
    }

    private DuplicatePersonException duplicate(Actor actor, Long existingId) {
        if (existingId == null) {
            return new DuplicatePersonException(null);
        }
        String path = jdbc.sql("SELECT scope_path FROM per_person WHERE id = :id").param("id", existingId)
                .query(String.class).single();
        return new DuplicatePersonException(actor.scope().covers(path) ? existingId : null);
    }

    private Optional<Long> idOf(String idCard) {
        return jdbc.sql("SELECT id FROM per_person WHERE id_card = :c").param("c", idCard).query(Long.class).optional();
    }

    private void writeChildren(long id, Checked c) {
        for (PersonTitle t : c.titles) {
            jdbc.sql("INSERT INTO per_person_title (person_id, title, level, field, relevant) VALUES (:p, :t, :l, :f, :r)")
                    .param("p", id).param("t", t.title()).param("l", t.level().name()).param("f", t.field())
                    .param("r", t.relevant()).update();
        }
        for (PersonQualification q : c.qualifications) {
            jdbc.sql("INSERT INTO per_person_qualification (person_id, name, level, relevant) VALUES (:p, :n, :l, :r)")
                    .param("p", id).param("n", q.name()).param("l", q.level()).param("r", q.relevant()).update();
        }
    }

    private PersonView withChildren(PersonView p) {
        List<PersonTitle> titles = jdbc.sql("SELECT title, level, field, relevant FROM per_person_title WHERE person_id = :p ORDER BY id")
                .param("p", p.id()).query((rs, n) -> new PersonTitle(rs.getString(1), TitleLevel.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getBoolean(4))).list();
        List<PersonQualification> quals = jdbc.sql("SELECT name, level, relevant FROM per_person_qualification WHERE person_id = :p ORDER BY id")
                .param("p", p.id()).query((rs, n) -> new PersonQualification(rs.getString(1), rs.getInt(2), rs.getBoolean(3))).list();
        return new PersonView(p.id(), p.name(), p.gender(), p.idCardMasked(), p.birthDate(), p.phoneMasked(), p.education(),
                p.major(), p.safetyRelatedMajor(), p.registeredSafetyEngineer(), p.experienceYears(), p.emBackground(),
                p.employer(), p.agencyId(), p.agencyName(), p.jurisdictionId(), p.scopePath(), titles, quals, p.version());
    }

    static PersonView map(ResultSet rs, int n) throws SQLException {
        String edu = rs.getString("education");
        return new PersonView(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                Masking.idCard(rs.getString("id_card")), rs.getDate("birth_date").toLocalDate(),
                Masking.phone(rs.getString("phone")), edu == null ? null : Education.valueOf(edu), rs.getString("major"),
                rs.getBoolean("safety_related_major"), rs.getBoolean("registered_safety_engineer"),
                rs.getInt("experience_years"), rs.getBoolean("em_background"), rs.getString("employer"),
                rs.getLong("agency_id"), rs.getString("agency_name"), rs.getLong("jurisdiction_id"),
                rs.getString("scope_path"), List.of(), List.of(), rs.getInt("version"));
    }

    private void publish(Actor actor, String action, long id, Map<String, ?> before, Map<String, ?> after) {
        events.publishEvent(new AuditableEvent(action, "person", String.valueOf(id), before, after,
                actor == null ? "system" : actor.username(), null));
    }

    private static Map<String, Object> snapshot(PersonView p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("gender", p.gender().name());
        m.put("idCard", p.idCardMasked());
        m.put("phone", p.phoneMasked());
        m.put("education", p.education() == null ? null : p.education().name());
        m.put("major", p.major());
        m.put("experienceYears", p.experienceYears());
        m.put("employer", p.employer());
        m.put("agencyId", p.agencyId());
        m.put("titles", p.titles().size());
        m.put("qualifications", p.qualifications().size());
        return m;
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
