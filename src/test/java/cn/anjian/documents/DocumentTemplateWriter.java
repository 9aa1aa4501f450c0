package cn.anjian.documents;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the .docx templates under src/main/resources/documents/templates from {@link TemplateSpec}.
 * Run once after changing a spec, then commit the files:
 * {@code ./mvnw -q -B test -Dtest=DocumentTemplateWriter -Ddocuments.writeTemplates=true}.
 * Each placeholder is its own run, so poi-tl always finds it whole.
 */
class DocumentTemplateWriter {

    private static final String FONT = "仿宋";

    @Test
    @EnabledIfSystemProperty(named = "documents.writeTemplates", matches = "true")
    void writeTemplates() throws Exception {
        Path dir = Path.of("src/main/resources/documents/templates");
        Files.createDirectories(dir);
        for (TemplateSpec spec : TemplateSpec.ALL.values()) {
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve(spec.type() + ".docx"))) {
                para(doc, ParagraphAlignment.CENTER, 18, true, "{{agencyName}}");
                para(doc, ParagraphAlignment.CENTER, 22, true, spec.title());
                para(doc, ParagraphAlignment.RIGHT, 12, false, "{{docNumber}}");
                for (TemplateSpec.Field f : spec.fields()) {
                    XWPFParagraph p = doc.createParagraph();
                    run(p, 14, true, f.label() + "：");
                    run(p, 14, false, "{{" + f.key() + "}}");
                }
                if (spec.hasItems()) {
                    para(doc, ParagraphAlignment.LEFT, 14, true, "明细：");
                    para(doc, ParagraphAlignment.LEFT, 12, false, "{{#items}}");
                }
                for (String text : spec.fixedText()) {
                    para(doc, ParagraphAlignment.LEFT, 14, false, text);
                }
                para(doc, ParagraphAlignment.RIGHT, 14, false, "{{agencyName}}");
                para(doc, ParagraphAlignment.RIGHT, 14, false, "{{date}}");
                doc.write(out);
            }
        }
    }

    private static void para(XWPFDocument doc, ParagraphAlignment align, int size, boolean bold, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, size, bold, text);
    }

    private static void run(XWPFParagraph p, int size, boolean bold, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }
}
