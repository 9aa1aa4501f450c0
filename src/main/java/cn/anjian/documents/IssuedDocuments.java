package cn.anjian.documents;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers, generates and stores a document in one step, for modules that may not use the file store
 * themselves (enforcement): the number is taken ({@link DocumentNumbers}), the .docx generated
 * ({@link DocumentGenerator}) with {@code agencyName}, {@code docNumber} filled in, and stored via
 * {@link Files} in the subject's jurisdiction, all in the caller's transaction (a refusal anywhere
 * returns the number). Downloads go through the files module's verified copy.
 */
@Service
@RequiredArgsConstructor
public class IssuedDocuments {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentNumbers numbers;
    private final DocumentGenerator generator;
    private final Files files;
    private final Agencies agencies;
    private final Jurisdictions jurisdictions;
    private final JdbcClient jdbc;

    /**
     * Issues a document of {@code type} for the agency and subject (trusted callers that checked the
     * subject's scope). The stored file belongs to {@code scopePath} (the subject's jurisdiction), so
     * everyone who may see the subject may download it.
     */
    @Transactional
    public IssuedDocument issue(String type, long agencyId, String subjectType, String subjectId, Map<String, ?> data,
                                String scopePath, Actor actor) {
        generator.title(type); // unknown template → 400 before a number is taken
        IssuedNumber n = numbers.take(type, agencyId, subjectType, subjectId, actor.username());
        Map<String, Object> model = withAgency(agencyId, data);
        model.put("docNumber", n.text());
        DocumentGenerator.Generated g = generator.generateVersioned(type, model);
        jdbc.sql("UPDATE doc_number SET template_version = :v WHERE id = :id").param("v", g.templateVersion())
                .param("id", n.id()).update();
        String name = generator.title(type) + "-" + n.text() + ".docx";
        StoredFile f = files.store(new ByteArrayInputStream(g.bytes()), name, DOCX, null, new ScopedActor(actor, new Scope(scopePath)));
        return new IssuedDocument(n, f.id(), f.originalName(), f.sha256(), f.size(), g.templateVersion());
    }

    /**
     * The document as it would be issued, without taking a number (issue 12 defect 4: preview and print before
     * numbering); the same refusals as {@link #issue}.
     */
    public DocumentPreview preview(String type, long agencyId, Map<String, ?> data) {
        Map<String, Object> model = withAgency(agencyId, data);
        model.put("docNumber", "（文号在正式生成时编定）");
        return generator.preview(type, model);
    }

    /**
     * The caller's values plus the issuing agency's name and, unless given, the bodies of the remedy clause: the
     * people's government of the agency's level (行政复议法第二十四条) and the people's court of its county, or the
     * court with jurisdiction for higher levels (行政诉讼法第十八条).
     */
    private Map<String, Object> withAgency(long agencyId, Map<String, ?> data) {
        Map<String, Object> model = new HashMap<>(data == null ? Map.of() : data);
        Agency a = agencies.get(agencyId);
        model.put("agencyName", a.name());
        Jurisdiction j = jurisdictions.get(a.jurisdictionId());
        if (j.level() == Jurisdiction.TOWNSHIP && j.parentId() != null) {
            j = jurisdictions.get(j.parentId()); // a township's acts are reviewed by the county's government
        }
        model.putIfAbsent("reviewBody", j.name() + "人民政府");
        model.putIfAbsent("court", j.level() >= Jurisdiction.COUNTY ? j.name() + "人民法院" : "有管辖权的人民法院");
        return model;
    }

    /** The stored document if the actor's scope covers it; 404 otherwise. */
    public DocumentFile find(long fileId, Actor actor) {
        StoredFile f = files.find(fileId, actor);
        return new DocumentFile(f.id(), f.originalName(), f.contentType(), f.size());
    }

    /** Streams the document while re-verifying its fingerprint (REC-09): FILE-CORRUPT (409) on a mismatch. */
    public void copyVerified(long fileId, Actor actor, OutputStream out) {
        files.copyVerified(files.find(fileId, actor), out);
    }

    /** The acting user, with the data scope of the document's subject (the file is filed there). */
    record ScopedActor(Actor actor, Scope scope) implements Actor {
        public long userId() {
            return actor.userId();
        }

        public String username() {
            return actor.username();
        }

        public String displayName() {
            return actor.displayName();
        }

        public long agencyId() {
            return actor.agencyId();
        }

        public String agencyName() {
            return actor.agencyName();
        }

        public Long unitId() {
            return actor.unitId();
        }

        public long jurisdictionId() {
            return actor.jurisdictionId();
        }

        public boolean hasPermission(String permission) {
            return actor.hasPermission(permission);
        }
    }
}
