package cn.anjian.recording.dossier;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.recording.dossier.DossierView.Entry;
import cn.anjian.recording.internal.RecordingService;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-16: the dossier of a case in the actor's scope (404 otherwise) — its view, and the one PDF. Each file is read
 * through the file store's verified copy (REC-09: a file whose fingerprint no longer matches is refused, not printed).
 */
@Service
@RequiredArgsConstructor
public class Dossiers {

    static final long MAX_TEXT_FILE = 5L * 1024 * 1024;
    static final long MAX_SCAN_FILE = 20L * 1024 * 1024;

    private final DossierAssembly assembly;
    private final DossierPdf pdf;
    private final RecordingService recording;

    @Transactional(readOnly = true)
    public DossierView view(Actor actor, long caseId) {
        return assembly.assemble(actor, caseId);
    }

    /** Assembles and writes the PDF; files are streamed outside a transaction (a long download holds no connection). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void writePdf(Actor actor, long caseId, OutputStream out) {
        DossierView v = assembly.assemble(actor, caseId);
        List<DossierPdf.Body> bodies = new ArrayList<>();
        for (Entry e : v.entries()) {
            bodies.add(body(actor, e));
        }
        pdf.write(v, bodies, out);
    }

    private DossierPdf.Body body(Actor actor, Entry e) {
        if (e.fileId() == null) {
            return new DossierPdf.Body(e, List.of("（该记录无电子文件，纸质原件随卷归档。）"));
        }
        StoredFile f = recording.fileOf(recording.record(e.recordId(), actor), actor);
        String name = f.originalName() == null ? "" : f.originalName().toLowerCase(java.util.Locale.ROOT);
        String type = f.contentType() == null ? "" : f.contentType();
        boolean docx = name.endsWith(".docx") || type.contains("wordprocessingml");
        boolean plain = type.startsWith("text/plain") || name.endsWith(".txt");
        boolean pdf = type.equals("application/pdf") || name.endsWith(".pdf");
        boolean image = type.equals("image/png") || type.equals("image/jpeg") || name.endsWith(".png") || name.endsWith(".jpg")
                || name.endsWith(".jpeg");
        String named = "（电子文件：" + f.originalName() + "，" + f.size() + " 字节，SHA-256：" + f.sha256() + "。）";
        if (f.size() > (docx || plain ? MAX_TEXT_FILE : MAX_SCAN_FILE) || !(docx || plain || pdf || image)) {
            return new DossierPdf.Body(e, List.of(named, "（其他格式的原件随电子档案保存。）"));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        recording.copyVerified(f, bytes); // REC-09: re-verified while read
        if (docx) {
            return new DossierPdf.Body(e, docxLines(bytes.toByteArray()));
        }
        if (plain) {
            return new DossierPdf.Body(e, List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R")));
        }
        return new DossierPdf.Body(e, List.of(named), bytes.toByteArray(), pdf);
    }

    /** The paragraphs and table rows of a .docx, in document order. */
    static List<String> docxLines(byte[] docx) {
        List<String> out = new ArrayList<>();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement el : d.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    out.add(p.getText());
                } else if (el instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
                        List<String> cells = r.getTableCells().stream().map(c -> c.getText().strip()).toList();
                        out.add(String.join("    ", cells));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add("（文书内容无法读取：" + e.getMessage() + "）");
        }
        return out;
    }
}
