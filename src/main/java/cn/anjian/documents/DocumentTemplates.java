package cn.anjian.documents;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 11 item 7: the .docx templates of the 执法文书式样 with their version history. Version 1 of a type is the
 * built-in template; a province-level system administrator uploads later versions with a note (never changed or
 * deleted afterwards); the newest is the one in force, and every generated document records the version it was
 * generated with. An upload is refused unless it is a .docx whose placeholders are exactly fillable: every
 * required field of the type present, none the system cannot fill.
 */
@Service
@RequiredArgsConstructor
public class DocumentTemplates {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int BUILT_IN = 1;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A template in force (or any version): the type, its version number and the .docx bytes. */
    public record Template(String type, int version, byte[] bytes) {
    }

    /** One line of a type's history; {@code uploadedBy} is null for the built-in version. */
    public record Version(String type, int version, String note, String fileName, Instant uploadedAt, String uploadedBy,
                          String uploadedByName, boolean current) {
    }

    /** A type with a template and its version in force, for the administrators' list. */
    public record TypeRow(String type, String title, int currentVersion, Instant changedAt) {
    }

    /** A placeholder a template of the type may hold, for the administrators' page. */
    public record Placeholder(String tag, String label, boolean required) {
    }

    /** The placeholders of {@code type}: its fields, the items table, the version line. */
    public List<Placeholder> placeholders(String type) {
        TemplateSpec spec = spec(type);
        List<Placeholder> list = new ArrayList<>();
        spec.allFields().forEach(f -> list.add(new Placeholder("{{" + f.key() + "}}", f.label(), f.required())));
        if (spec.hasItems()) {
            list.add(new Placeholder("{{#items}}", "明细表（" + String.join("、", spec.itemHeaders()) + "）", true));
        }
        list.add(new Placeholder("{{templateVersion}}", "文书式样版本", false));
        return list;
    }

    /** The official title of a type with a template. */
    public String title(String type) {
        return spec(type).title();
    }

    /** Whether the actor may maintain the templates: the permission and a province-level account (Shanxi-wide 式样). */
    public static boolean mayManage(Actor actor) {
        return actor != null && actor.hasPermission("document:template") && actor.scope().path().matches("/\\d+/");
    }

    /** The version in force of {@code type}: the newest upload, else the built-in template. */
    public Template current(String type) {
        TemplateSpec spec = spec(type);
        return jdbc.sql("SELECT version, content FROM doc_template_version WHERE type_code = :t ORDER BY version DESC LIMIT 1")
                .param("t", spec.type())
                .query((rs, i) -> new Template(spec.type(), rs.getInt("version"), rs.getBytes("content")))
                .optional().orElseGet(() -> new Template(spec.type(), BUILT_IN, builtIn(spec)));
    }

    /** Any version of {@code type}; 404 for a version that does not exist. */
    public Template version(String type, int version) {
        TemplateSpec spec = spec(type);
        if (version == BUILT_IN) {
            return new Template(spec.type(), BUILT_IN, builtIn(spec));
        }
        return jdbc.sql("SELECT content FROM doc_template_version WHERE type_code = :t AND version = :v")
                .param("t", spec.type()).param("v", version)
                .query((rs, i) -> new Template(spec.type(), version, rs.getBytes("content")))
                .optional().orElseThrow(() -> BusinessException.notFound("该模板版本"));
    }

    /** Every type with a template and the version in force. */
    public List<TypeRow> types() {
        Map<String, TypeRow> rows = new LinkedHashMap<>();
        TemplateSpec.ALL.values().forEach(s -> rows.put(s.type(), new TypeRow(s.type(), s.title(), BUILT_IN, null)));
        jdbc.sql("SELECT type_code, max(version) AS v, max(uploaded_at) AS at FROM doc_template_version GROUP BY type_code")
                .query(rs -> {
                    TypeRow r = rows.get(rs.getString("type_code"));
                    if (r != null) {
                        rows.put(r.type(), new TypeRow(r.type(), r.title(), rs.getInt("v"), rs.getTimestamp("at").toInstant()));
                    }
                });
        return List.copyOf(rows.values());
    }

    /** The history of {@code type}, newest first, ending with the built-in version. */
    public List<Version> versions(String type) {
        TemplateSpec spec = spec(type);
        List<Version> list = new ArrayList<>(jdbc.sql("""
                        SELECT t.version, t.note, t.file_name, t.uploaded_at, t.uploaded_by, u.display_name
                        FROM doc_template_version t LEFT JOIN iam_user_view u ON u.username = t.uploaded_by
                        WHERE t.type_code = :t ORDER BY t.version DESC""")
                .param("t", spec.type())
                .query((rs, i) -> new Version(spec.type(), rs.getInt("version"), rs.getString("note"), rs.getString("file_name"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
                        rs.getString("display_name"), i == 0))
                .list());
        list.add(new Version(spec.type(), BUILT_IN, "系统内置式样（应急管理部安全生产执法文书式样）", spec.type() + ".docx", null, null,
                null, list.isEmpty()));
        return list;
    }

    /**
     * Uploads a new version of {@code type} with a note. Refused (nothing stored) for an actor who is not a
     * province-level administrator, a blank note, a file that is not a .docx, too large, or whose placeholders
     * do not match the type's fields.
     */
    @Transactional
    public Version upload(Actor actor, String type, String fileName, byte[] content, String note) {
        if (!mayManage(actor)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "DOC-TEMPLATE-PROVINCE-ONLY",
                    "执法文书式样全省统一，只有省级系统管理员可以维护模板");
        }
        TemplateSpec spec = spec(type);
        String why = note == null ? "" : note.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw BusinessException.badInput("DOC-TEMPLATE-NOTE", "请填写版本说明（不超过 500 个字）");
        }
        String name = fileName == null ? "" : fileName.strip();
        if (content == null || content.length == 0 || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw BusinessException.badInput("DOC-TEMPLATE-FILE", "请选择 Word 模板文件（.docx）");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.badInput("DOC-TEMPLATE-FILE", "模板文件不能超过 2 MB");
        }
        checkPlaceholders(spec, content);
        int version = jdbc.sql("SELECT coalesce(max(version), 1) + 1 FROM doc_template_version WHERE type_code = :t")
                .param("t", spec.type()).query(Integer.class).single();
        Instant now = clock.instant();
        String sha = sha256(content);
        long id = jdbc.sql("""
                        INSERT INTO doc_template_version (type_code, version, note, file_name, content, sha256, uploaded_at, uploaded_by)
                        VALUES (:t, :v, :note, :name, :content, :sha, :at, :by) RETURNING id""")
                .param("t", spec.type()).param("v", version).param("note", why)
                .param("name", name.length() > 200 ? name.substring(name.length() - 200) : name)
                .param("content", content).param("sha", sha).param("at", Timestamp.from(now)).param("by", actor.username())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", spec.type());
        after.put("version", version);
        after.put("note", why);
        after.put("sha256", sha);
        events.publishEvent(AuditableEvent.change("documents.template.version-uploaded", "doc_template_version", id,
                Map.of("version", version - 1), after));
        return versions(spec.type()).get(0);
    }

    /** The placeholders a template must hold (every field of the type) and may hold (those and the version line). */
    static void checkPlaceholders(TemplateSpec spec, byte[] content) {
        Set<String> tags = new LinkedHashSet<>();
        try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(content))) {
            for (MetaTemplate m : t.getElementTemplates()) {
                if (m instanceof ElementTemplate e) {
                    tags.add(e.getTagName());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw BusinessException.badInput("DOC-TEMPLATE-FILE", "无法读取该文件，请上传 Word 模板文件（.docx）");
        }
        List<String> missing = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (TemplateSpec.Field f : spec.allFields()) {
            known.add(f.key());
            if (f.required() && !tags.contains(f.key())) {
                missing.add(f.label());
            }
        }
        if (spec.hasItems()) {
            known.add("items");
            if (!tags.contains("items")) {
                missing.add("明细表");
            }
        }
        known.add("templateVersion");
        if (!missing.isEmpty()) {
            throw new BusinessException("DOC-TEMPLATE-FIELDS", spec.title() + "模板缺少以下内容的占位符：" + String.join("、", missing));
        }
        List<String> unknown = tags.stream().filter(x -> !known.contains(x)).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessException("DOC-TEMPLATE-UNKNOWN", "模板中有系统无法填写的占位符：" + String.join("、", unknown)
                    + "（可用的占位符见本页“占位符说明”）");
        }
    }

    static byte[] builtIn(TemplateSpec spec) {
        try (InputStream in = new ClassPathResource(spec.file()).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + spec.file(), e);
        }
    }

    static TemplateSpec spec(String type) {
        TemplateSpec spec = type == null ? null : TemplateSpec.ALL.get(type.strip());
        if (spec == null) {
            throw BusinessException.badInput("DOC-TYPE-UNKNOWN", "该文书种类没有模板：" + (type == null ? "（未指定）" : type));
        }
        return spec;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
