package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.files.Files;
import cn.anjian.files.Integrity;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * REC-11 (art. 21): selected AV records of a case exported as evidence — a zip with the original files
 * (read through {@link Files#copyVerified}, so a corrupt file aborts the export), {@code manifest.csv},
 * {@code manifest.json} and the explanation {@code 说明.txt}. The zip is written to a temporary file
 * (streaming, never a whole file in memory) and only then recorded on the case file and audited, so a
 * refusal half-way leaves no record of an export that never happened and a clean error for the client.
 */
@Service
@RequiredArgsConstructor
public class EvidenceExport {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Zones.SHANGHAI);

    private final RecordingService recording;
    private final Cases cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json;

    public record Request(List<Long> recordIds, String purpose, String medium) {
    }

    /** A finished export: the zip on disk (delete it after sending) and its record. */
    public record Prepared(long exportId, Path zip, long size, String sha256, String fileName) {
    }

    public record ExportView(long id, List<Long> recordIds, String purpose, String medium, String zipSha256, long zipSize,
                             Instant exportedAt, String exportedBy) {
    }

    public Prepared export(long caseId, Request request, Actor actor) {
        CaseRef c = cases.ref(caseId, actor);
        // officers by name, in full (issue 12 defect 8: officers' names are public, PUB-01); past members stay as ids
        Map<Long, String> names = new java.util.HashMap<>();
        cases.team(c.id(), actor).forEach(m -> names.put(m.personId(), m.name()));
        Selection sel = select(c, request, actor);
        Instant now = clock.instant();
        Path zip;
        try {
            zip = java.nio.file.Files.createTempFile("anjian-evidence-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String zipSha = writeZip(zip, c, sel, names, actor, now);
        long size;
        try {
            size = java.nio.file.Files.size(zip);
        } catch (IOException e) {
            delete(zip);
            throw new UncheckedIOException(e);
        }
        Long exportId = tx.execute(s -> store(c, sel, zipSha, size, actor, now));
        String fileName = "证据导出_" + c.caseNumber().replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "_" + exportId + ".zip";
        return new Prepared(exportId, zip, size, zipSha, fileName);
    }

    /** The checked request: AV records of this case, in scope and cleared, with intact files. */
    private record Selection(List<Long> ids, String purpose, String medium, List<RecordView> records,
                             List<StoredFile> stored) {
    }

    private Selection select(CaseRef c, Request request, Actor actor) {
        if (request == null || request.recordIds() == null || request.recordIds().isEmpty()) {
            throw RecordInput.bad("请选择要导出的音像记录");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(request.recordIds()));
        if (ids.size() > 500) {
            throw RecordInput.bad("一次最多导出 500 条记录");
        }
        String purpose = RecordInput.text(request.purpose(), "导出事由（证明对象、用途）", 500, true);
        String medium = RecordInput.text(request.medium(), "存储媒介（光盘、移动硬盘等及编号）", 200, true);
        List<RecordView> records = new ArrayList<>();
        List<StoredFile> stored = new ArrayList<>();
        for (Long id : ids) {
            if (id == null || id <= 0) {
                throw RecordInput.bad("记录编号须为正整数");
            }
            RecordView r = recording.record(id, actor);
            if (r.caseId() != c.id()) {
                throw BusinessException.notFound("执法记录");
            }
            if (!r.av()) {
                throw RecordInput.bad("“" + r.title() + "”不是音像记录；证据导出只针对音像资料");
            }
            StoredFile f = recording.fileOf(r, actor);
            if (f.integrity() != Integrity.OK) {
                throw corrupt(r);
            }
            records.add(r);
            stored.add(f);
        }
        return new Selection(ids, purpose, medium, records, stored);
    }

    /** Streams the zip to {@code zip} (deleted again on any failure); returns its SHA-256. */
    private String writeZip(Path zip, CaseRef c, Selection sel, Map<Long, String> names, Actor actor, Instant now) {
        MessageDigest sha = sha256();
        List<Map<String, Object>> manifest = new ArrayList<>();
        try (OutputStream fileOut = java.nio.file.Files.newOutputStream(zip);
             DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(fileOut, 64 * 1024), sha);
             ZipOutputStream out = new ZipOutputStream(digest, StandardCharsets.UTF_8)) {
            for (int i = 0; i < sel.records().size(); i++) {
                RecordView r = sel.records().get(i);
                StoredFile f = sel.stored().get(i);
                String name = String.format("%03d_%s_%d%s", i + 1, r.kind().toLowerCase(), r.id(), extension(f.originalName()));
                out.putNextEntry(entry("files/" + name, r.capturedStart()));
                try {
                    recording.copyVerified(f, new NonClosing(out));
                } catch (BusinessException e) {
                    throw "FILE-CORRUPT".equals(e.code()) ? corrupt(r) : e;
                }
                out.closeEntry();
                manifest.add(manifestRow("files/" + name, r, f, names));
            }
            out.putNextEntry(entry("manifest.csv", now));
            out.write(csv(manifest).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(entry("manifest.json", now));
            out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            out.closeEntry();
            out.putNextEntry(entry("说明.txt", now));
            out.write(explanation(c, sel.records(), sel.purpose(), sel.medium(), actor, now).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            delete(zip);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(zip);
            throw e;
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Records the finished export on the case file and audits it. */
    private long store(CaseRef c, Selection sel, String zipSha, long size, Actor actor, Instant now) {
        long id = jdbc.sql("""
                insert into rec_export (case_id, scope_path, record_ids, purpose, medium, zip_sha256, zip_size, exported_at, exported_by)
                values (:c, :scope, :ids, :purpose, :medium, :sha, :size, :now, :by) returning id""")
                .param("c", c.id()).param("scope", c.scopePath()).param("ids", sel.ids().toArray(Long[]::new))
                .param("purpose", sel.purpose()).param("medium", sel.medium()).param("sha", zipSha).param("size", size)
                .param("now", Timestamp.from(now)).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", c.id());
        after.put("recordIds", sel.ids());
        after.put("purpose", sel.purpose());
        after.put("medium", sel.medium());
        after.put("zipSha256", zipSha);
        after.put("zipSize", size);
        events.publishEvent(AuditableEvent.change("recording.evidence.exported", "rec-export", id, null, after));
        return id;
    }

    public List<ExportView> exportsOf(long caseId, Actor actor) {
        cases.ref(caseId, actor);
        return jdbc.sql("select * from rec_export where case_id = :c order by id desc").param("c", caseId)
                .query((rs, n) -> new ExportView(rs.getLong("id"),
                        java.util.Arrays.stream((Object[]) rs.getArray("record_ids").getArray()).map(o -> ((Number) o).longValue()).toList(),
                        rs.getString("purpose"), rs.getString("medium"), rs.getString("zip_sha256"), rs.getLong("zip_size"),
                        rs.getTimestamp("exported_at").toInstant(), rs.getString("exported_by")))
                .list();
    }

    private static Map<String, Object> manifestRow(String name, RecordView r, StoredFile f, Map<Long, String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", name);
        m.put("recordId", r.id());
        m.put("title", r.title());
        m.put("kind", r.kindLabel());
        m.put("sha256", f.sha256());
        m.put("sm3", f.sm3());
        m.put("size", f.size());
        m.put("capturedStart", r.capturedStart() == null ? "" : TIME.format(r.capturedStart()));
        m.put("capturedEnd", r.capturedEnd() == null ? "" : TIME.format(r.capturedEnd()));
        m.put("place", r.place() == null ? "" : r.place());
        m.put("device", r.deviceKind() == null ? "" : r.deviceKind().label() + (r.deviceId() == null ? "" : " " + r.deviceId()));
        m.put("officerIds", r.officerIds().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        m.put("officers", r.officerIds().stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining("、")));
        m.put("originalName", f.originalName());
        return m;
    }

    static String csv(List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF"); // BOM: Excel opens UTF-8 Chinese correctly
        sb.append("文件,记录编号,名称,种类,SHA-256,SM3,大小(字节),拍摄开始,拍摄结束,地点,采集设备,执法人员编号,执法人员,原文件名\r\n");
        for (Map<String, Object> row : rows) {
            // the only nullable value is SM3 not yet computed (anjian.files.sm3=after-commit); null in manifest.json
            sb.append(row.values().stream().map(v -> csvCell(v == null ? "计算中" : String.valueOf(v))).collect(Collectors.joining(","))).append("\r\n");
        }
        return sb.toString();
    }

    static String csvCell(String v) {
        // quote everything; neutralise spreadsheet formulas (CSV injection)
        String s = v.isEmpty() || "=+-@".indexOf(v.charAt(0)) < 0 ? v : "'" + v;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String explanation(CaseRef c, List<RecordView> records, String purpose, String medium, Actor actor, Instant now) {
        StringBuilder sb = new StringBuilder();
        sb.append("音像资料证据转存说明\r\n\r\n");
        sb.append("案件编号：").append(c.caseNumber()).append("\r\n");
        sb.append("案件名称：").append(c.title()).append("\r\n");
        sb.append("导出人：").append(actor.displayName()).append("（").append(actor.username()).append("，")
                .append(actor.agencyName()).append("）\r\n");
        sb.append("导出时间：").append(TIME.format(now)).append("（北京时间）\r\n");
        sb.append("导出事由：").append(purpose).append("\r\n");
        sb.append("存储媒介：").append(medium).append("\r\n");
        sb.append("导出记录：").append(records.size()).append(" 条，文件清单及 SHA-256、SM3 指纹见 manifest.csv / manifest.json。\r\n");
        sb.append("所有文件均为原始资料，导出时已逐一重新校验指纹，与入库时一致。\r\n\r\n");
        sb.append("依据：《安全生产行政执法全过程记录制度》第二十一条，音像资料作为证据使用时，转化至相关存储媒介中并制作说明附卷。\r\n");
        return sb.toString();
    }

    private static ZipEntry entry(String name, Instant time) {
        ZipEntry e = new ZipEntry(name);
        if (time != null) {
            e.setTime(time.toEpochMilli());
        }
        return e;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase();
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
    }

    private static BusinessException corrupt(RecordView r) {
        return BusinessException.conflict("REC-11-CORRUPT", "记录“" + r.title() + "”（编号 " + r.id()
                + "）的文件完整性校验未通过，证据导出已中止；请联系管理员核查原始资料");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path p) {
        try {
            java.nio.file.Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    /** The file store flushes but must never close the zip stream under us. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
